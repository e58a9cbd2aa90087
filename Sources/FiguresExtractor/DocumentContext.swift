import FiguresCore
import FiguresRecognizer

/// Per-token lexicon entries, looked up once per document.
///
/// The entry indices live in raw memory allocated on first use (most documents never need
/// them): the rules ask for them millions of times, and array storage in a class pays for
/// uniqueness and exclusivity checks on every write.
final class TokenCache {
    private var entries: UnsafeMutablePointer<Int32>?
    let count: Int

    init(count: Int) {
        self.count = count
    }

    deinit { entries?.deallocate() }

    /// The cached entry index of token `k`, or -1.
    @inline(__always)
    func entry(_ k: Int) -> Int32 {
        if entries == nil {
            let memory = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
            memory.initialize(repeating: -1, count: max(count, 1))
            entries = memory
        }
        return entries![k]
    }

    @inline(__always)
    func setEntry(_ k: Int, _ index: Int32) { entries![k] = index }
}

/// One document being extracted: its bytes, tokens, quantities and word cues, with small helpers
/// that the rules share. A class: every sentence's rules hold it, and a reference is one count
/// to keep where the fields were five.
final class DocumentContext {
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

    /// The index of the lexicon entry of word token `k` (0, the empty entry, for other tokens),
    /// looked up once per token.
    func entryIndex(_ k: Int) -> Int {
        guard k >= 0, k < t.count, t[k].kind == .word else { return 0 }
        let cached = cache.entry(k)
        return cached >= 0 ? Int(cached) : lookUpEntry(k)
    }

    /// The first look-up of word token `k`'s entry (apart, so that the cached path, taken most
    /// of the time, stays a few instructions without the probe's registers to save).
    @inline(never)
    private func lookUpEntry(_ k: Int) -> Int {
        let index = t[k].length <= 24 ? Int(lexicon.table.lookup(t[k], in: p) ?? 0) : 0
        cache.setEntry(k, Int32(index))
        return index
    }

    /// The lexicon entry of word token `k` (empty for other tokens).
    func entry(_ k: Int) -> ExtractorLexicon.Entry { lexicon.entries[entryIndex(k)] }

    func has(_ k: Int, _ cue: Cue) -> Bool { lexicon.cues[entryIndex(k)].contains(cue) }

    /// The first token naming direct investment ("FDI", "direct investment"), or the token count
    /// when the document names none; worked out on first use.
    private(set) lazy var directInvestmentStart: Int = {
        for k in t.indices where t[k].kind == .word {
            if isWord(k, "fdi") || isWord(k, "direct") && (isWord(k + 1, "investment") || isWord(k + 1, "investments")) { return k }
        }
        return t.count
    }()

    /// The first "Investment" written within a capitalised name ("the Board of Investment",
    /// "the Hungarian Investment Promotion Agency", "Polish Investment and Trade Agency"), or the
    /// token count when the document has none; worked out on first use.
    private(set) lazy var investmentAgencyStart: Int = {
        for k in t.indices where t[k].kind == .word && t[k].flags.contains(.capitalized)
            && (isWord(k, "investment") || isWord(k, "investments")) {
            let before = isWord(k - 1, "of") || isWord(k - 1, "for") ? k - 2 : k - 1
            if before >= 0, t[before].kind == .word, t[before].flags.contains(.capitalized) { return k }
        }
        return t.count
    }()

    /// Whether token `k` is a lower-case word ending in "ing" ("citing", "adding").
    func endsInIng(_ k: Int) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].length >= 5, !t[k].flags.contains(.capitalized) else { return false }
        let end = Int(t[k].end)
        return p[end - 3] == UInt8(ascii: "i") && p[end - 2] == UInt8(ascii: "n") && p[end - 1] == UInt8(ascii: "g")
    }

    /// Lower-cased text of token `k` ("" out of range). Not cached: words are short, and a
    /// string of up to 15 bytes is built without allocating.
    func lower(_ k: Int) -> String {
        guard k >= 0, k < t.count else { return "" }
        return t[k].lowercasedText(in: p)
    }

    /// Whether word token `k` is `text` (lower case ASCII), compared byte by byte.
    func isWord(_ k: Int, _ text: StaticString) -> Bool {
        k >= 0 && k < t.count && t[k].kind == .word && t[k].spells(text, in: p)
    }

    func isWord(_ k: Int, in set: WordSet) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].length <= 24 else { return false }
        return set.contains(t[k], in: p)
    }

    func isSymbol(_ k: Int, _ s: Symbol) -> Bool { k >= 0 && k < t.count && t[k].isSymbol(s) }

    static let demonstratives = WordSet(["that", "this", "these", "those"])

    /// The flow a noun at token `k` names, exports or imports ("exports", "shipments", "imports";
    /// not a verb, "exported"); `nil` for any other token.
    func flowNoun(_ k: Int) -> Indicator? {
        let entry = entry(k)
        guard let indicator = entry.indicator, indicator == .exports || indicator == .imports, !entry.isVerb else { return nil }
        return indicator
    }

    /// "of that", "of these", "of the total", "of last year's total" at token `k`: "of" and a
    /// demonstrative, or a noun for a total (``WordSets/totalNouns``) within five tokens before
    /// `end` (the sentence's) with only words and an apostrophe between.
    func pointsBackWithOf(_ k: Int, before end: Int) -> Bool {
        guard isWord(k, "of") else { return false }
        if isWord(k + 1, in: Self.demonstratives) { return true }
        for at in k + 1...k + 5 {
            guard at < min(end, t.count), t[at].kind == .word || isSymbol(at, .apostrophe) else { return false }
            if isWord(at, in: WordSets.totalNouns) { return true }
        }
        return false
    }

    /// Whether word token `k` is the first half of a hyphenated compound: a dash glued to it, and
    /// a word glued to the dash ("export-grade", "Export-Import").
    func isHyphenated(_ k: Int) -> Bool {
        guard k >= 0, k + 2 < t.count, t[k].kind == .word, t[k + 1].kind == .symbol, t[k + 1].symbol.isDashLike else { return false }
        return t[k + 1].start == t[k].end && t[k + 2].kind == .word && t[k + 2].start == t[k + 1].end
    }

    /// The aside set off by commas around token `k` that describes the name before it ("The
    /// Kuwait Investment Authority, one of the first funds to enter the Chinese market in 2005,
    /// has …", "Aurubis, which will invest …, said"): its tokens from the opening comma to the
    /// closing one; `nil` when `k` is in none.
    func subjectAside(around k: Int, in sentence: Sentence) -> Range<Int>? {
        // (The opening comma at most 16 tokens back, the closing one within 11 after.)
        guard let (open, close) = asideCommas(around: k, in: sentence, before: min(sentence.end, k + 12), reach: 15),
              t[open - 1].kind == .word, t[open - 1].flags.contains(.capitalized),
              isWord(open + 1, "which") || isWord(open + 1, "who") || isWord(open + 1, "one") && isWord(open + 2, "of") else { return nil }
        return open..<close
    }

    /// The commas of an aside around token `k` of `sentence`: the nearest before it, after the
    /// sentence's first token and at most `reach` + 1 tokens back, and the first after it, before
    /// token `end`.
    func asideCommas(around k: Int, in sentence: Sentence, before end: Int, reach: Int) -> (open: Int, close: Int)? {
        var open = k - 1
        while open > sentence.start, k - open <= reach, !isSymbol(open, .comma) { open -= 1 }
        guard open > sentence.start, isSymbol(open, .comma),
              let close = (k + 1..<max(k + 1, end)).first(where: { isSymbol($0, .comma) }) else { return nil }
        return (open, close)
    }

    /// The token before token `k`, past one "the": the preposition or verb that leads a country's
    /// name ("in the United States", "overtook China", "and the US").
    func lead(before k: Int) -> Int {
        isWord(k - 1, "the") ? k - 2 : k - 1
    }

    /// Whether "it" at token `k` stands for the figure before: raised to an amount ("want to raise
    /// it to $15 billion") or the subject of a total's verb ("Last year, it reached a record $27.9
    /// bln"). The sentence filter and the back-reference rule ask the same.
    /// ("dragged it down to $13.1 billion", "In 2024 they reached $38.6 billion": "it" moved to an
    /// amount, or the exports "they" were.)
    func isFigureIt(_ k: Int) -> Bool {
        let it = isWord(k, "it")
        guard it || isWord(k, "they") else { return false }
        // "In January-September this year, they recovered to ¥3.6 trillion", "it rose 12% to
        // $4.8 billion": a change to an amount.
        if isWord(k + 1, in: WordSets.changeVerbs), (k + 2..<min(t.count, k + 7)).contains(where: { isWord($0, "to") }) { return true }
        guard it else { return has(k + 1, .stock) }
        return isWord(k - 1, in: WordSets.raiseVerbs) || has(k + 1, .stock)
            || isWord(k + 1, "to") || (isWord(k + 1, "down") || isWord(k + 1, "up") || isWord(k + 1, "back")) && isWord(k + 2, "to")
            // "it will exceed $28 billion", "it increased by 17 percent and reached $4.4 billion"
            || isWord(k + 1, in: Self.figureModals) && has(k + 2, .stock)
            || isWord(k + 1, in: WordSets.changeVerbs) && (k + 2..<min(t.count, k + 8)).contains(where: { isWord($0, "and") && has($0 + 1, .stock) })
    }

    static let figureModals = WordSet(["will", "would", "could", "may", "might", "should", "has", "had"])

    /// The token after a thread's post number at `k` ("3/ That's up from …"), else `k`.
    func afterPostNumber(_ k: Int) -> Int {
        k + 2 < t.count && t[k].kind == .number && t[k].length <= 2 && isSymbol(k + 1, .slash) ? k + 2 : k
    }

    /// The token after "is down from", "was up from", "'s up from" at `k`, if they are there
    /// ("That is down from more than £30 billion a year earlier"). The sentence filter and the
    /// back-reference rule ask the same.
    func movedFrom(at k: Int) -> Int? {
        var at = k
        if isWord(at, "is") || isWord(at, "was") { at += 1 }
        else if isSymbol(at, .apostrophe), isWord(at + 1, "s") { at += 2 }
        else { return nil }
        guard isWord(at, "down") || isWord(at, "up"), isWord(at + 1, "from") else { return nil }
        return at + 2
    }

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
