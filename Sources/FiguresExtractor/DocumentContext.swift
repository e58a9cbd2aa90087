import FiguresCore
import FiguresRecognizer

/// One document being extracted: its bytes, tokens, quantities and word cues, with small helpers
/// that the rules share.
struct DocumentContext {
    let p: UnsafeBufferPointer<UInt8>
    let t: [Token]
    let scanned: ScannedText
    let published: Day?
    let lexicon: ExtractorLexicon

    init(bytes: UnsafeBufferPointer<UInt8>, scanned: ScannedText, published: Day?, lexicon: ExtractorLexicon) {
        p = bytes
        t = scanned.tokens
        self.scanned = scanned
        self.published = published
        self.lexicon = lexicon
    }

    /// The lexicon entry of word token `k` (empty for other tokens).
    func entry(_ k: Int) -> ExtractorLexicon.Entry {
        guard k >= 0, k < t.count, t[k].kind == .word else { return lexicon.entries[0] }
        return lexicon.entry(UnsafeBufferPointer(rebasing: p[t[k].span]))
    }

    func has(_ k: Int, _ cue: Cue) -> Bool { entry(k).cues.contains(cue) }

    /// Lower-cased text of token `k` ("" out of range).
    func lower(_ k: Int) -> String {
        guard k >= 0, k < t.count else { return "" }
        var bytes = [UInt8](UnsafeBufferPointer(rebasing: p[t[k].span]))
        for i in bytes.indices where isUpper(bytes[i]) { bytes[i] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    func isWord(_ k: Int, _ text: String) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].length == text.utf8.count else { return false }
        return lower(k) == text
    }

    func isWord(_ k: Int, in set: Set<String>) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].length <= 16 else { return false }
        return set.contains(lower(k))
    }

    func isSymbol(_ k: Int, _ s: Symbol) -> Bool { k >= 0 && k < t.count && t[k].isSymbol(s) }

    /// The token that starts at byte `offset` (or the first after it).
    func token(startingAt offset: Int) -> Int {
        var low = 0, high = t.count
        while low < high {
            let mid = (low + high) / 2
            if Int(t[mid].start) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The token range `[start, end)` covering byte span `span`.
    func tokens(for span: Range<Int>) -> Range<Int> {
        let start = token(startingAt: span.lowerBound)
        var end = start
        while end < t.count, Int(t[end].start) < span.upperBound { end += 1 }
        return start..<end
    }
}
