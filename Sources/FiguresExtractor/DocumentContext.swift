import FiguresCore
import FiguresRecognizer

/// Per-token results computed once per document: lower-cased text and lexicon entries.
final class TokenCache {
    var lower: [String?] = []
    var entries: [Int32] = []
    let count: Int

    init(count: Int) {
        self.count = count
    }

    /// Allocates the caches on first use: most documents never need them.
    func prepare() {
        if lower.isEmpty && count > 0 {
            lower = [String?](repeating: nil, count: count)
            entries = [Int32](repeating: -1, count: count)
        }
    }
}

/// One document being extracted: its bytes, tokens, quantities and word cues, with small helpers
/// that the rules share.
struct DocumentContext {
    let p: UnsafeBufferPointer<UInt8>
    let t: [Token]
    let scanned: ScannedText
    let published: Day?
    let lexicon: ExtractorLexicon
    let cache: TokenCache

    init(bytes: UnsafeBufferPointer<UInt8>, scanned: ScannedText, published: Day?, lexicon: ExtractorLexicon) {
        p = bytes
        t = scanned.tokens
        self.scanned = scanned
        self.published = published
        self.lexicon = lexicon
        cache = TokenCache(count: scanned.tokens.count)
    }

    /// The lexicon entry of word token `k` (empty for other tokens), looked up once per token.
    func entry(_ k: Int) -> ExtractorLexicon.Entry {
        guard k >= 0, k < t.count, t[k].kind == .word else { return lexicon.entries[0] }
        cache.prepare()
        let cached = cache.entries[k]
        if cached >= 0 { return lexicon.entries[Int(cached)] }
        let index = t[k].length <= 24 ? Int(lexicon.table.lookup(UnsafeBufferPointer(rebasing: p[t[k].span])) ?? 0) : 0
        cache.entries[k] = Int32(index)
        return lexicon.entries[index]
    }

    func has(_ k: Int, _ cue: Cue) -> Bool { entry(k).cues.contains(cue) }

    /// Lower-cased text of token `k` ("" out of range).
    func lower(_ k: Int) -> String {
        guard k >= 0, k < t.count else { return "" }
        cache.prepare()
        if let cached = cache.lower[k] { return cached }
        let text = t[k].lowercasedText(in: p)
        cache.lower[k] = text
        return text
    }

    /// Whether word token `k` is `text` (lower case ASCII), compared byte by byte.
    func isWord(_ k: Int, _ text: StaticString) -> Bool {
        k >= 0 && k < t.count && t[k].kind == .word && t[k].spells(text, in: p)
    }

    func isWord(_ k: Int, in set: WordSet) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].length <= 24 else { return false }
        return set.contains(UnsafeBufferPointer(rebasing: p[t[k].span]))
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
