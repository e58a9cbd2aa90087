import FiguresCore

/// The rules of the recogniser, applied left to right over one scanned document.
///
/// Each rule group lives in its own file (`Rules/Numbers`, `Rules/Money`, `Rules/Bounds`,
/// `Rules/Percent`, `Rules/Dates`); this type holds the shared state and the main loop.
struct RuleEngine {
    let p: UnsafeBufferPointer<UInt8>
    let t: [Token]
    let lits: [NumericLiteral]
    var out: [Quantity] = []
    /// Spans of numbers too large to represent exactly.
    var unparsable: [Range<Int>] = []
    /// The qualifier indexes, read once per document rather than through a global's
    /// initialisation check at every lookup.
    let qualifiersBefore = Qualifier.beforeIndex
    let qualifiersAfter = Qualifier.afterIndex

    init(bytes: UnsafeBufferPointer<UInt8>, scanned: ScannedText) {
        p = bytes
        t = scanned.tokens
        lits = scanned.literals
        // Most amounts hold a numeric literal: room for one each, so the list seldom regrows.
        out.reserveCapacity(lits.count + 4)
    }

    var n: Int { t.count }

    @inline(__always)
    func word(_ k: Int) -> Word? {
        guard k >= 0, k < t.count, t[k].kind == .word else { return nil }
        return Word(rawValue: t[k].word)
    }

    @inline(__always)
    func isWord(_ k: Int, _ w: Word) -> Bool { k >= 0 && k < t.count && t[k].isWord(w) }

    @inline(__always)
    func isSymbol(_ k: Int, _ s: Symbol) -> Bool { k >= 0 && k < t.count && t[k].isSymbol(s) }

    @inline(__always)
    func symbol(_ k: Int) -> Symbol? {
        guard k >= 0, k < t.count, t[k].kind == .symbol else { return nil }
        return t[k].symbol
    }

    @inline(__always)
    func literal(_ k: Int) -> NumericLiteral? {
        guard k >= 0, k < t.count, t[k].kind == .number else { return nil }
        return lits[Int(t[k].literal)]
    }

    /// True when token `k` follows token `k - 1` with no whitespace.
    @inline(__always)
    func glued(_ k: Int) -> Bool { k > 0 && k < t.count && !t[k].spaceBefore }

    func bytesEqual(_ k: Int, _ text: StaticString, caseSensitive: Bool = false) -> Bool {
        k >= 0 && k < t.count && t[k].spells(text, in: p, caseSensitive: caseSensitive)
    }

    /// Byte span from the start of token `a` to the end of token `b - 1`.
    func span(_ a: Int, _ b: Int) -> Range<Int> { Int(t[a].start)..<Int(t[b - 1].end) }

    /// True when the token after `k` is a number or a currency sign: only then can an unknown
    /// word (a currency code, "US" in "US$") start an amount.
    @inline(__always)
    func nextMayBeAmount(_ k: Int) -> Bool {
        guard k + 1 < n else { return false }
        let next = t[k + 1]
        // ("B/.6.3 billion", "kr. 5 billion": letters, then a slash or a period.)
        return next.kind == .number || (next.kind == .symbol && (next.symbol.isCurrency
            || (next.symbol == .slash || next.symbol == .period) && !next.spaceBefore && t[k].length <= 2))
    }

    /// Whether an unknown word could be a currency written before a number: an ISO code ("USD"),
    /// a millions code ("MUSD"), letters before a sign ("US$", "Mex$", "RMB¥"), "Rs", "R" or
    /// "dollar" (see ``currencyPrefix(at:)``). Every one of those is at most four letters long
    /// but "dollar"; no other rule starts at an unknown word.
    @inline(__always)
    func mayBeCurrencyPrefix(_ k: Int) -> Bool {
        t[k].length <= 4 || bytesEqual(k, "dollar")
    }

    /// Words that can begin an amount or a date: number words, qualifiers, "between", "from",
    /// "minus", percent words, months. Other words are skipped without trying any rule.
    static let startsRule: [Bool] = {
        var table = [Bool](repeating: false, count: Word.allCases.count)
        for word in Word.allCases where NumberRole.table[Int(word.rawValue)] != nil { table[Int(word.rawValue)] = true }
        for q in Qualifier.before { table[Int(q.words[0].rawValue)] = true }
        for word in [Word.between, .from, .minus, .negative, .percent, .percents, .per, .january, .february, .march, .april,
                     .may, .june, .july, .august, .september, .october, .november, .december, .jan, .feb, .mar, .apr, .jun,
                     .jul, .aug, .sep, .sept, .oct, .nov, .dec] {
            table[Int(word.rawValue)] = true
        }
        return table
    }()

    /// Start words that begin nothing but a qualifier before an amount ("in" of "in excess of",
    /// "of" of "of the order of", "at" of "at least", "as" of "as much as"): neither number
    /// words nor currency spellings (``amountStartWords``), months, "between" or "from". At such
    /// a word no date rule applies and no amount starts unless a qualifier matches there, so
    /// the rules are tried only when one does. Most of these words are prepositions ("in" and
    /// "of" alone start more attempts than numbers do), and trying the full rules at each cost
    /// about a twentieth of the recogniser's rule time.
    static let qualifierOnlyStarts: [Bool] = {
        var table = [Bool](repeating: false, count: Word.allCases.count)
        for q in Qualifier.before { table[Int(q.words[0].rawValue)] = true }
        let others: [Word] = [.between, .from, .january, .february, .march, .april, .may, .june, .july, .august,
                              .september, .october, .november, .december, .jan, .feb, .mar, .apr, .jun, .jul, .aug, .sep,
                              .sept, .oct, .nov, .dec]
        for word in others { table[Int(word.rawValue)] = false }
        for id in table.indices where amountStartWords[id] { table[id] = false }
        return table
    }()

    mutating func run() { run(from: 0, to: n) }

    /// Applies the rules at tokens `from..<to` (an amount found may run past `to`).
    mutating func run(from: Int, to end: Int) {
        var k = from
        let starts = Self.startsRule
        let qualifierOnly = Self.qualifierOnlyStarts
        while k < end {
            let token = t[k]
            switch token.kind {
            case .word:
                // Most words start nothing: unknown ones only as a currency before a number or a sign ("USD 5").
                if token.word == 0 ? !(mayBeCurrencyPrefix(k) && nextMayBeAmount(k)) : !starts[Int(token.word)] { k += 1; continue }
                if qualifierOnly[Int(token.word)] && qualifierBefore(at: k) == nil { k += 1; continue }
            case .symbol:
                let s = token.symbol
                if !(s.isCurrency || s == .greater || s == .less || s == .tilde || s.isDashLike) { k += 1; continue }
            case .number:
                break
            }
            if let next = matchDate(at: k) { k = next; continue }
            if let next = matchAmount(at: k) { k = next; continue }
            k += 1
        }
    }
}
