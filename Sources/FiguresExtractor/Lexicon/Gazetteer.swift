import FiguresCore
import FiguresRecognizer

/// A country named in the text.
struct CountryMention: Sendable {
    enum Form: Sendable { case name, adjective, capital }
    var code: CountryCode
    /// Token range `[start, end)`, possessive "'s" included.
    var start: Int
    var end: Int
    var form: Form
    var possessive: Bool
    /// Named by one of its states or provinces (``Gazetteer/regionRows``): "in Ohio".
    var region = false
}

/// Countries and economies by name, adjective, demonym and capital (rows in
/// `Gazetteer+Countries.swift`), matched over tokens: "United Arab Emirates", "U.S.", "Azerbaijan’s",
/// "South Korean". Names must be capitalised as in running text ("georgia" is not Georgia).
enum Gazetteer {
    /// One token of a multi-token name after its first: a symbol, or a word's lower-case bytes
    /// (at `offset` in ``Matcher``'s key bytes).
    struct KeyToken {
        var symbol: UInt16
        var isSymbol: Bool
        var offset: Int32
        var length: Int32
    }

    /// An entry as it is matched: its country, form, and the keys after its first.
    struct Candidate {
        var code: CountryCode
        var form: CountryMention.Form
        /// From ``regionRows``.
        var region: Bool
        /// Its keys after the first are the ``Matcher``'s `keys[restStart ..< restStart + restCount]`.
        var restStart: Int32
        var restCount: Int32
    }

    /// The entries by first word, in raw memory that lives as long as the process (like
    /// ``WordTable``): a capitalised word is looked up by its bytes, and its entries are tried
    /// without touching a reference count (arrays of entries of arrays of keys cost several
    /// for every name tried).
    struct Matcher: @unchecked Sendable {
        let firstWords: WordTable
        /// The entries of first-word value `v` are `candidates[starts[v] ..< starts[v + 1]]`.
        let starts: UnsafePointer<Int32>
        let candidates: UnsafePointer<Candidate>
        let keys: UnsafePointer<KeyToken>
        let keyBytes: UnsafePointer<UInt8>

        /// Builds the matcher from `rows` (see ``countryRows``) in one pass: each phrase is cut
        /// into tokens once and its keys' lower-case bytes kept in one buffer. (Building a
        /// dictionary of entries with string keys first was half the start-up of an extraction.)
        init(rows: [String], regions: [String] = []) {
            struct Phrase {
                var first: String
                /// The first word's first eight lower-cased bytes as an integer, to sort by
                /// (``Token/packedLowercasePrefix(in:)``).
                var prefix: UInt64
                var code: CountryCode
                var form: CountryMention.Form
                var region: Bool
                /// Its keys after the first, in `rest[restStart ..< restStart + restCount]`.
                var restStart: Int
                var restCount: Int
            }
            var phrases: [Phrase] = []
            var rest: [KeyToken] = []
            var bytes: [UInt8] = []
            var scanned = ScannedText()
            for (index, row) in (rows + regions).enumerated() {
                let region = index >= rows.count
                var row = row
                row.withUTF8 { line in
                    // "CODE|names|adjectives|capitals": the fields' bounds.
                    var bars: [Int] = []
                    for (offset, byte) in line.enumerated() where byte == UInt8(ascii: "|") { bars.append(offset) }
                    guard bars.count == 3,
                          let code = CountryCode(String(decoding: UnsafeBufferPointer(rebasing: line[..<bars[0]]), as: UTF8.self)) else { return }
                    for (field, form) in [(1, CountryMention.Form.name), (2, .adjective), (3, .capital)] {
                        let fieldEnd = field < 3 ? bars[field] : line.count
                        var phraseStart = bars[field - 1] + 1
                        while phraseStart < fieldEnd {
                            var phraseEnd = phraseStart
                            while phraseEnd < fieldEnd && line[phraseEnd] != UInt8(ascii: ",") { phraseEnd += 1 }
                            // The lexer skips the spaces around a phrase: no trimming needed.
                            let phrase = UnsafeBufferPointer(rebasing: line[phraseStart..<phraseEnd])
                            Lexer.scan(phrase, into: &scanned)
                            if let first = scanned.tokens.first, first.kind != .symbol {
                                let restStart = rest.count
                                for token in scanned.tokens.dropFirst() {
                                    if token.kind == .symbol {
                                        rest.append(KeyToken(symbol: token.word, isSymbol: true, offset: 0, length: 0))
                                    } else {
                                        rest.append(KeyToken(symbol: 0, isSymbol: false, offset: Int32(bytes.count), length: Int32(token.length)))
                                        for byte in UnsafeBufferPointer(rebasing: phrase[token.span]) { bytes.append(WordTable.lower(byte)) }
                                    }
                                }
                                phrases.append(Phrase(first: first.lowercasedText(in: phrase), prefix: first.packedLowercasePrefix(in: phrase),
                                                      code: code, form: form, region: region,
                                                      restStart: restStart, restCount: scanned.tokens.count - 1))
                            }
                            phraseStart = phraseEnd + 1
                        }
                    }
                }
            }
            // By first word (by its first eight bytes as an integer, then its text: strings are
            // compared only when those are equal); for each, longest first, then in the rows' order.
            let prefixes = phrases.map(\.prefix)
            let counts = phrases.map(\.restCount)
            let order = phrases.indices.sorted { a, b in
                if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
                if phrases[a].first != phrases[b].first { return phrases[a].first < phrases[b].first }
                return counts[a] != counts[b] ? counts[a] > counts[b] : a < b
            }
            var pairs: [(String, UInt16)] = []
            var starts: [Int32] = [0, 0]  // value 0 is "not a first word": no entries
            var candidates: [Candidate] = []
            for (position, index) in order.enumerated() {
                let phrase = phrases[index]
                if position == 0 || phrases[order[position - 1]].first != phrase.first {
                    if !pairs.isEmpty { starts.append(Int32(candidates.count)) }
                    pairs.append((phrase.first, UInt16(pairs.count + 1)))
                }
                candidates.append(Candidate(code: phrase.code, form: phrase.form, region: phrase.region, restStart: Int32(phrase.restStart),
                                            restCount: Int32(phrase.restCount)))
            }
            starts.append(Int32(candidates.count))
            firstWords = WordTable(pairs)
            func copy<T>(_ array: [T]) -> UnsafePointer<T> {
                let memory = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
                memory.initialize(from: array, count: array.count)
                return UnsafePointer(memory)
            }
            self.starts = copy(starts)
            self.candidates = copy(candidates)
            self.keys = copy(rest)
            keyBytes = copy(bytes)
        }

        /// Whether key `key` matches `token`: the same symbol, or a word of the same lower-case bytes.
        @inline(__always)
        func matches(_ key: KeyToken, _ token: Token, in p: UnsafeBufferPointer<UInt8>) -> Bool {
            if key.isSymbol { return token.kind == .symbol && token.word == key.symbol }
            guard token.kind != .symbol, token.length == Int(key.length) else { return false }
            let base = Int(token.start), offset = Int(key.offset)
            for i in 0..<Int(key.length) where WordTable.lower(p[base + i]) != keyBytes[offset + i] { return false }
            return true
        }

        /// The longest entry whose first word is `t[k]` (first-word value `value`) and whose other
        /// keys follow it before `end`, with the token after it.
        @inline(__always)
        func longestMatch(value: UInt16, at k: Int, end: Int, tokens t: [Token], in p: UnsafeBufferPointer<UInt8>) -> (Candidate, Int)? {
            for c in Int(starts[Int(value)])..<Int(starts[Int(value) + 1]) {
                let candidate = candidates[c]
                let count = Int(candidate.restCount) + 1
                guard k + count <= end else { continue }
                var ok = true
                for offset in 0..<Int(candidate.restCount) where !matches(keys[Int(candidate.restStart) + offset], t[k + 1 + offset], in: p) {
                    ok = false; break
                }
                if ok { return (candidate, k + count) }
            }
            return nil
        }
    }

    /// The entries' matcher, built on first use.
    static let matcher = Matcher(rows: countryRows, regions: regionRows)

    /// Combining forms by their bytes (values index ``combiningCodes``).
    static let (combiningTable, combiningCodes): (WordTable, [String]) = {
        let sorted = combiningForms.sorted { $0.key < $1.key }
        return (WordTable(sorted.enumerated().map { ($0.element.key, UInt16($0.offset + 1)) }), [""] + sorted.map(\.value))
    }()

    /// Combining forms used before a hyphen: "Franco-German", "Sino-Russian", "Indo-Pacific".
    static let combiningForms: [String: String] = [
        "franco": "FR", "sino": "CN", "indo": "IN", "anglo": "GB", "russo": "RU", "turco": "TR", "italo": "IT",
        "austro": "AT", "hispano": "ES", "luso": "PT", "nippo": "JP", "greco": "GR", "graeco": "GR", "serbo": "RS",
        "germano": "DE", "polono": "PL", "dano": "DK", "belgo": "BE", "swiss": "CH", "euro": "EU", "afro": "",
    ]

    /// Whether a country mention of form `form`, followed by token `next`, is part of a
    /// currency's name: a currency sign right after it ("US$", "HK$", "S$"), a currency noun after
    /// an adjective ("Chinese yuan", "Indian rupees"), or "dollar(s)" after a name ("U.S. dollars",
    /// "Singapore dollars"; "South Korea won" stays a country).
    static func namesCurrency(_ form: CountryMention.Form, next: Token, glued: Bool, in p: UnsafeBufferPointer<UInt8>) -> Bool {
        if next.kind == .symbol { return glued && next.symbol.isCurrency }
        guard next.kind == .word, !next.flags.contains(.capitalized) else { return false }
        switch form {
        case .adjective: return currencyNouns.contains(next, in: p)
        case .name: return dollarNouns.contains(next, in: p)
        case .capital: return false
        }
    }

    /// Currency nouns that follow a country adjective ("Turkish lira"). "real" is left out
    /// ("Brazilian real estate").
    static let currencyNouns = WordSet([
        "dollar", "dollars", "yuan", "renminbi", "yen", "won", "euro", "euros", "pound", "pounds", "sterling", "rupee",
        "rupees", "rupiah", "ruble", "rubles", "rouble", "roubles", "franc", "francs", "peso", "pesos", "riyal", "riyals",
        "rial", "rials", "dinar", "dinars", "dirham", "dirhams", "lira", "liras", "lire", "manat", "manats", "tenge",
        "soum", "soums", "lari", "dram", "drams", "hryvnia", "hryvnias", "naira", "rand", "cedi", "cedis", "shilling",
        "shillings", "birr", "ringgit", "baht", "dong", "taka", "shekel", "shekels", "zloty", "zlotys", "koruna",
        "krona", "kronor", "krone", "kroner", "forint", "forints", "leu", "lei", "lev", "kwacha", "kyat", "somoni",
        "sol", "soles", "quetzal", "quetzales", "lempira", "lempiras", "colón", "colones", "bolívar", "bolívares",
        "bolivar", "bolivares", "boliviano", "bolivianos", "guaraní", "guarani", "guaraníes", "guaranies", "córdoba",
        "córdobas", "cordobas", "pula", "metical", "meticais", "kwanza", "kwanzas", "ariary", "leone", "leones", "dalasi",
        "ouguiya", "lilangeni", "emalangeni", "loti", "maloti", "rufiyaa", "ngultrum",
    ])
    static let dollarNouns = WordSet(["dollar", "dollars"])

    /// Every country mention in tokens `[from, to)`.
    static func mentions(in scanned: ScannedText, bytes p: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> [CountryMention] {
        let t = scanned.tokens
        let end = to ?? t.count
        var result: [CountryMention] = []
        result.reserveCapacity(16)
        // Read once here, not through a global's initialisation check for every capitalised word.
        let matcher = Self.matcher
        var k = from
        while k < end {
            let token = t[k]
            guard token.kind == .word, token.flags.contains(.capitalized) || token.flags.contains(.nonASCII) else { k += 1; continue }
            let word = UnsafeBufferPointer(rebasing: p[token.span])
            if k + 1 < end, t[k + 1].kind == .symbol, t[k + 1].symbol.isDashLike, t[k + 1].start == token.end,
               token.length <= 7, let index = combiningTable.lookup(word), let code = CountryCode(combiningCodes[Int(index)]) {
                result.append(CountryMention(code: code, start: k, end: k + 1, form: .adjective, possessive: false))
                k += 1
                continue
            }
            guard token.length <= 24, let value = matcher.firstWords.lookup(token, in: p),
                  let (entry, after) = matcher.longestMatch(value: value, at: k, end: end, tokens: t, in: p) else { k += 1; continue }
            // "US$79.4 billion", "HK$2 billion", "7.8 billion U.S. dollars", "Chinese yuan": a
            // currency's country is no party to anything.
            // ("US $36.06 billion": a short abbreviation spaced from a "$" before a number.)
            // (Not "the US $2.57 billion".)
            let spacedDollar = after + 1 < end && t[after - 1].flags.contains(.allUpper) && t[after - 1].length <= 3
                && t[after].kind == .symbol && t[after].symbol == .dollar && t[after + 1].kind == .number
                && !(k > 0 && t[k - 1].spells("the", in: p))
            if after < end, Self.namesCurrency(entry.form, next: t[after], glued: t[after].start == t[after - 1].end || spacedDollar, in: p) {
                k = after
                continue
            }
            // "Latin America", "South American", "North America": a continent, not the United States.
            if entry.code == Self.unitedStates, k > 0, token.length >= 7, p[Int(token.start)] == UInt8(ascii: "A"), t[k - 1].kind == .word,
               t[k - 1].end + 1 == token.start, Self.continentParts.contains(t[k - 1].lowercasedText(in: p)) {
                k = after
                continue
            }
            // "Georgia" and "Turkey" are matched only as capitalised words (checked above); an
            // all-capital short word must be an abbreviation in the gazetteer ("US", "EU", "UAE").
            var stop = after
            var possessive = false
            if stop + 1 < end, t[stop].kind == .symbol, t[stop].symbol == .apostrophe, t[stop].start == t[stop - 1].end,
               t[stop + 1].kind == .word, t[stop + 1].length == 1, p[Int(t[stop + 1].start)] | 0x20 == UInt8(ascii: "s") {
                stop += 2
                possessive = true
            } else if stop < end, t[stop].kind == .symbol, t[stop].symbol == .apostrophe, t[stop].start == t[stop - 1].end,
                      p[Int(t[stop - 1].end) - 1] | 0x20 == UInt8(ascii: "s") {
                stop += 1  // "Philippines'"
                possessive = true
            }
            result.append(CountryMention(code: entry.code, start: k, end: stop, form: entry.form, possessive: possessive, region: entry.region))
            k = stop
        }
        // Georgia is the US state in an article that names another US state (or Atlanta) and
        // neither "Georgian" nor Tbilisi.
        if result.contains(where: { $0.region && $0.code == Self.unitedStates }),
           !result.contains(where: { $0.code == Self.georgia && $0.form != .name }) {
            for i in result.indices where result[i].code == Self.georgia {
                result[i].code = Self.unitedStates
                result[i].region = true
            }
        }
        // "SA's largest trading partner", "Chinese investment in SA": South Africa, as its press
        // writes it, in an article that names South Africa otherwise too (its name, "South
        // African", Pretoria) or counts in rand; not "Renault SA", a company's suffix after its name.
        if result.contains(where: { $0.code == Self.southAfrica && t[$0.start].length == 2 }) {
            // (Or amounts in rand, "R88.2bn", which South African papers write so.)
            let named = result.contains { $0.code == Self.southAfrica && t[$0.start].length != 2 }
                || (0..<end - 1).contains { k in
                    t[k].kind == .word && t[k].length == 1 && p[Int(t[k].start)] == UInt8(ascii: "R")
                        && t[k + 1].kind == .number && t[k + 1].start == t[k].end
                }
            result.removeAll { m in
                m.code == Self.southAfrica && t[m.start].length == 2 && t[m.start].spells("sa", in: p)
                    && (!named || m.start > 0 && t[m.start - 1].kind == .word && t[m.start - 1].flags.contains(.capitalized)
                        && t[m.start - 1].end + 1 == t[m.start].start && !Self.clauseOpeners.contains(t[m.start - 1], in: p))
            }
        }
        // "Congo", "Congolese" alone are the Democratic Republic's, unless the article names the
        // Republic of the Congo ("Congo-Brazzaville", Brazzaville) and the Democratic Republic only
        // so: "The Republic of the Congo … Congo's non-oil exports".
        if result.contains(where: { $0.code == Self.congo }) {
            func bare(_ m: CountryMention) -> Bool {
                m.code == Self.democraticCongo && (t[m.start].spells("congo", in: p) || t[m.start].spells("congolese", in: p))
                    && !(m.start + 1 < end && t[m.start + 1].kind == .symbol && t[m.start + 1].symbol.isDashLike)
            }
            if !result.contains(where: { $0.code == Self.democraticCongo && !bare($0) }) {
                for i in result.indices where bare(result[i]) { result[i].code = Self.congo }
            }
        }
        if from == 0, result.contains(where: { Self.nextToMainland.contains($0.code) }) {
            Self.addMainland(to: &result, tokens: t, end: end, bytes: p)
        }
        return result
    }

    static let southAfrica = CountryCode("ZA")!
    static let congo = CountryCode("CG")!
    static let democraticCongo = CountryCode("CD")!
    /// Capitalised words that may open a sentence before "SA" ("In SA, …").
    static let clauseOpeners = WordSet(["in", "for", "from", "to", "and", "with", "into", "across", "outside", "but", "while"])

    /// China, and Hong Kong, Macau and Taiwan, whose press calls China "the mainland".
    static let nextToMainland: [CountryCode] = ["CN", "HK", "MO", "TW"].compactMap { CountryCode($0) }

    /// "Exports to the mainland rose 4.1 percent", "the mainland was the largest source", "mainland
    /// investors", "Wine shipments to the mainland": in an article that names China, Hong Kong,
    /// Macau or Taiwan, "mainland" is China (a name after "the", else an adjective), unless a
    /// country's name comes right before or after it ("mainland China" is China already, "the
    /// Chinese mainland" too, "Greece's mainland" is no country) or "of" follows ("the mainland of
    /// Europe").
    static func addMainland(to result: inout [CountryMention], tokens t: [Token], end: Int, bytes p: UnsafeBufferPointer<UInt8>) {
        var added: [CountryMention] = []
        for k in 0..<end where t[k].kind == .word && t[k].length == 8 && t[k].spells("mainland", in: p) {
            if k + 1 < end, result.contains(where: { $0.start == k + 1 }) || t[k + 1].spells("of", in: p) { continue }
            let afterThe = k > 0 && t[k - 1].spells("the", in: p)
            // Not "the Chinese mainland" (the adjective before it is the mention) or "Greece's mainland".
            if result.contains(where: { $0.end == k }) { continue }
            var stop = k + 1
            var possessive = false
            if stop + 1 < end, t[stop].kind == .symbol, t[stop].symbol == .apostrophe, t[stop].start == t[k].end,
               t[stop + 1].spells("s", in: p) {
                stop += 2
                possessive = true
            }
            added.append(CountryMention(code: Self.china, start: k, end: stop, form: afterThe ? .name : .adjective, possessive: possessive))
        }
        guard !added.isEmpty else { return }
        result.append(contentsOf: added)
        result.sort { $0.start < $1.start }
    }

    static let china = CountryCode("CN")!

    /// Words before "America(n)" that make it a continent or a region of one.
    static let continentParts: Set<String> = ["latin", "south", "north", "central", "pan"]

    static let unitedStates = CountryCode("US")!
    static let georgia = CountryCode("GE")!
}
