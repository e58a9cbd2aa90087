import FiguresCore

/// Words before or after an amount that bound it ("more than", "up to", "about", "or more").
struct Qualifier {
    let words: [Word]
    let bound: Bound
    /// A temporal reading is likely before a year ("over 2021", "around 2020"): the year stays a date.
    let temporal: Bool

    init(_ text: String, _ bound: Bound, temporal: Bool = false) {
        var copy = text
        words = copy.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: " ")).map { spelling in
                guard let id = Word.table.lookup(UnsafeBufferPointer(rebasing: spelling)), let word = Word(rawValue: id) else {
                    fatalError("qualifier word '\(String(decoding: UnsafeBufferPointer(rebasing: spelling), as: UTF8.self))' is missing from Word")
                }
                return word
            }
        }
        self.bound = bound
        self.temporal = temporal
    }

    /// Qualifiers before the amount, longest first so that "more than or equal to" wins over "more than".
    static let before: [Qualifier] = [
        // lower
        Qualifier("more than", .lower), Qualifier("greater than", .lower), Qualifier("bigger than", .lower),
        Qualifier("larger than", .lower), Qualifier("higher than", .lower), Qualifier("over", .lower, temporal: true),
        Qualifier("above", .lower, temporal: true), Qualifier("exceeding", .lower), Qualifier("exceeded", .lower),
        Qualifier("exceeds", .lower), Qualifier("exceed", .lower), Qualifier("in excess of", .lower),
        Qualifier("upward of", .lower), Qualifier("upwards of", .lower), Qualifier("at least", .lower),
        Qualifier("slightly over", .lower), Qualifier("slightly above", .lower), Qualifier("slightly more than", .lower),
        Qualifier("just over", .lower), Qualifier("just above", .lower), Qualifier("just more than", .lower),
        Qualifier("a little over", .lower), Qualifier("a little more than", .lower), Qualifier("a little above", .lower),
        Qualifier("a bit over", .lower), Qualifier("a bit more than", .lower),
        Qualifier("a shade over", .lower), Qualifier("a shade more than", .lower), Qualifier("a touch over", .lower),
        Qualifier("well over", .lower), Qualifier("well above", .lower), Qualifier("well in excess of", .lower),
        Qualifier("no less than", .lower), Qualifier("not less than", .lower), Qualifier("no fewer than", .lower),
        Qualifier("not fewer than", .lower), Qualifier("surpass", .lower), Qualifier("surpassed", .lower),
        Qualifier("surpasses", .lower), Qualifier("surpassing", .lower), Qualifier("topped", .lower),
        Qualifier("tops", .lower), Qualifier("crossed", .lower), Qualifier("crosses", .lower),
        Qualifier("beyond", .lower, temporal: true), Qualifier("north of", .lower),
        Qualifier("more than or equal to", .lower), Qualifier("greater than or equal to", .lower),
        Qualifier("bigger or equal than", .lower), Qualifier("greater or equal than", .lower),
        Qualifier("at least or equal to", .lower), Qualifier("equal to or more than", .lower),
        Qualifier("equal to or greater than", .lower), Qualifier("equal or greater than", .lower),
        // upper
        Qualifier("less than", .upper), Qualifier("fewer than", .upper), Qualifier("lower than", .upper),
        Qualifier("smaller than", .upper), Qualifier("under", .upper, temporal: true), Qualifier("below", .upper, temporal: true),
        Qualifier("up to", .upper), Qualifier("at most", .upper), Qualifier("almost", .upper), Qualifier("nearly", .upper),
        Qualifier("no more than", .upper), Qualifier("not more than", .upper), Qualifier("not exceeding", .upper),
        Qualifier("just under", .upper), Qualifier("just below", .upper), Qualifier("slightly less than", .upper),
        Qualifier("slightly under", .upper), Qualifier("slightly below", .upper), Qualifier("just shy of", .upper),
        Qualifier("a little under", .upper), Qualifier("a little less than", .upper), Qualifier("a little below", .upper),
        Qualifier("a bit under", .upper), Qualifier("a bit less than", .upper),
        Qualifier("a shade under", .upper), Qualifier("a shade less than", .upper), Qualifier("a touch under", .upper),
        Qualifier("the best part of", .upper), Qualifier("the better part of", .upper), Qualifier("getting on for", .upper),
        Qualifier("shy of", .upper), Qualifier("short of", .upper), Qualifier("as much as", .upper),
        Qualifier("as many as", .upper), Qualifier("as high as", .upper),
        Qualifier("less than or equal to", .upper), Qualifier("fewer than or equal to", .upper),
        Qualifier("smaller or equal than", .upper), Qualifier("less or equal than", .upper),
        Qualifier("equal to or less than", .upper), Qualifier("equal to or smaller than", .upper),
        Qualifier("equal or less than", .upper),
        // approx
        Qualifier("about", .approx, temporal: true), Qualifier("around", .approx, temporal: true),
        Qualifier("approximately", .approx), Qualifier("approx", .approx), Qualifier("roughly", .approx),
        Qualifier("some", .approx), Qualifier("an estimated", .approx), Qualifier("estimated", .approx),
        Qualifier("circa", .approx, temporal: true), Qualifier("close to", .approx), Qualifier("just about", .approx),
        Qualifier("in the region of", .approx), Qualifier("of the order of", .approx), Qualifier("on the order of", .approx),
        Qualifier("some", .approx),
        // exact
        Qualifier("equal to", .exact), Qualifier("equals", .exact), Qualifier("equals to", .exact),
        Qualifier("equaling", .exact), Qualifier("equaling to", .exact), Qualifier("equalling", .exact),
        Qualifier("equalling to", .exact), Qualifier("exactly", .exact), Qualifier("precisely", .exact),
    ].sorted { $0.words.count > $1.words.count }

    /// Qualifiers after the amount ("5,000 or more"); only when no number follows them.
    static let after: [Qualifier] = [
        Qualifier("or more", .lower), Qualifier("and more", .lower), Qualifier("or greater", .lower),
        Qualifier("or greater than", .lower), Qualifier("or above", .lower), Qualifier("or higher", .lower),
        Qualifier("or over", .lower), Qualifier("and above", .lower), Qualifier("and over", .lower),
        Qualifier("or more than", .lower), Qualifier("plus", .lower),
        Qualifier("or less", .upper), Qualifier("or fewer", .upper), Qualifier("or below", .upper),
        Qualifier("or lower", .upper), Qualifier("and less", .upper), Qualifier("or under", .upper),
        Qualifier("or less than", .upper), Qualifier("and below", .upper), Qualifier("or so", .approx),
    ].sorted { $0.words.count > $1.words.count }

    /// Words that, right after a lower or upper bound, only say "inclusive": "or equal", "or equal to".
    static let inclusive: [[Word]] = [[.or, .equal, .to], [.or, .equal]]

    /// The qualifiers before an amount, by their first word (longest first).
    static let beforeIndex = QualifierIndex(before)

    /// The qualifiers after an amount, by their first word.
    static let afterIndex = QualifierIndex(after)
}

/// A list of qualifiers by first word, in raw memory that lives as long as the process (like
/// ``WordTable``): the rules look qualifiers up at most start words, and arrays of arrays of
/// word arrays cost a reference count at every level of every lookup.
struct QualifierIndex: @unchecked Sendable {
    /// One qualifier: its words' raw values (at most eight), how many, its bound and reading.
    struct Entry {
        var words: SIMD8<UInt16>
        var count: Int
        var bound: Bound
        var temporal: Bool

        /// True when the qualifier is the one word `word`.
        @inline(__always)
        func isSingle(_ word: Word) -> Bool { count == 1 && words[0] == word.rawValue }
    }

    private let entries: UnsafePointer<Entry>
    /// Entries of the words with raw value `w` are `entries[starts[w] ..< starts[w + 1]]`.
    private let starts: UnsafePointer<Int32>

    init(_ list: [Qualifier]) {
        let wordCount = Word.allCases.count
        // Stable by first word: each word's entries keep the list's order (longest first).
        let sorted = list.enumerated().sorted { ($0.element.words[0].rawValue, $0.offset) < ($1.element.words[0].rawValue, $1.offset) }
        let entryMemory = UnsafeMutablePointer<Entry>.allocate(capacity: max(sorted.count, 1))
        let startMemory = UnsafeMutablePointer<Int32>.allocate(capacity: wordCount + 1)
        startMemory.initialize(repeating: 0, count: wordCount + 1)
        for (index, (_, qualifier)) in sorted.enumerated() {
            precondition(qualifier.words.count <= 8, "a qualifier has at most eight words")
            var words = SIMD8<UInt16>(repeating: 0)
            for (offset, word) in qualifier.words.enumerated() { words[offset] = word.rawValue }
            (entryMemory + index).initialize(to: Entry(words: words, count: qualifier.words.count, bound: qualifier.bound,
                                                       temporal: qualifier.temporal))
            startMemory[Int(qualifier.words[0].rawValue) + 1] += 1
        }
        for w in 0..<wordCount { startMemory[w + 1] += startMemory[w] }
        entries = UnsafePointer(entryMemory)
        starts = UnsafePointer(startMemory)
    }

    /// The entries whose first word has raw value `word`.
    @inline(__always)
    func entries(startingWith word: UInt16) -> UnsafeBufferPointer<Entry> {
        let from = Int(starts[Int(word)])
        return UnsafeBufferPointer(start: entries + from, count: Int(starts[Int(word) + 1]) - from)
    }
}
