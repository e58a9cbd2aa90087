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
}

/// Countries and economies by name, adjective, demonym and capital (rows in
/// `Gazetteer+Countries.swift`), matched over tokens: "United Arab Emirates", "U.S.", "Azerbaijan’s",
/// "South Korean". Names must be capitalised as in running text ("georgia" is not Georgia).
enum Gazetteer {
    struct Entry: Sendable {
        var keys: [String]
        var code: CountryCode
        var form: CountryMention.Form
    }

    /// One token of a multi-token name, compared with token bytes without building a string.
    enum KeyToken: Sendable {
        case word([UInt8])
        case symbol(UInt16)

        init(_ key: String) {
            if key.hasPrefix("#"), let symbol = UInt16(key.dropFirst()) { self = .symbol(symbol) } else { self = .word(Array(key.utf8)) }
        }

        func matches(_ token: Token, in p: UnsafeBufferPointer<UInt8>) -> Bool {
            switch self {
            case .symbol(let symbol): return token.kind == .symbol && token.word == symbol
            case .word(let bytes):
                guard token.kind != .symbol, token.length == bytes.count else { return false }
                let base = Int(token.start)
                for i in 0..<bytes.count where WordTable.lower(p[base + i]) != bytes[i] { return false }
                return true
            }
        }
    }

    /// An entry with its keys after the first, for matching.
    struct Candidate: Sendable {
        var entry: Entry
        var rest: [KeyToken]
    }

    /// Entries by their first token's key, longest first.
    static let entries: [String: [Entry]] = {
        var table: [String: [Entry]] = [:]
        for row in countryRows {
            // Split on bytes: splitting a String walks grapheme clusters, which made this table
            // most of a small run's start-up.
            let fields = row.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
            guard fields.count == 4, let code = CountryCode(String(decoding: fields[0], as: UTF8.self)) else { continue }
            for (index, form) in [(1, CountryMention.Form.name), (2, .adjective), (3, .capital)] {
                for phrase in fields[index].split(separator: UInt8(ascii: ",")) {
                    // The lexer skips the spaces around a phrase: no trimming needed.
                    let keys = tokenKeys(String(decoding: phrase, as: UTF8.self))
                    guard let first = keys.first else { continue }
                    table[first, default: []].append(Entry(keys: keys, code: code, form: form))
                }
            }
        }
        for key in table.keys { table[key]!.sort { $0.keys.count > $1.keys.count } }
        return table
    }()

    /// The first-token keys as a word table whose value indexes ``candidates``: a capitalised
    /// word is looked up by its bytes, and most are rejected without building a string.
    static let (firstWords, candidates): (WordTable, [[Candidate]]) = {
        var lists: [[Candidate]] = [[]]
        var pairs: [(String, UInt16)] = []
        for (key, list) in entries.sorted(by: { $0.key < $1.key }) where !key.hasPrefix("#") {
            pairs.append((key, UInt16(lists.count)))
            lists.append(list.map { Candidate(entry: $0, rest: $0.keys.dropFirst().map(KeyToken.init)) })
        }
        return (WordTable(pairs), lists)
    }()

    /// Combining forms by their bytes (values index ``combiningCodes``).
    static let (combiningTable, combiningCodes): (WordTable, [String]) = {
        let sorted = combiningForms.sorted { $0.key < $1.key }
        return (WordTable(sorted.enumerated().map { ($0.element.key, UInt16($0.offset + 1)) }), [""] + sorted.map(\.value))
    }()

    /// Keys of the tokens of `text`, as the lexer cuts them: words lower-cased, symbols by kind.
    static func tokenKeys(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            return scanned.tokens.map { key(of: $0, in: p) }
        }
    }

    static func key(of token: Token, in p: UnsafeBufferPointer<UInt8>) -> String {
        switch token.kind {
        case .symbol: return "#\(token.word)"
        case .word, .number: return token.lowercasedText(in: p)
        }
    }

    /// Combining forms used before a hyphen: "Franco-German", "Sino-Russian", "Indo-Pacific".
    static let combiningForms: [String: String] = [
        "franco": "FR", "sino": "CN", "indo": "IN", "anglo": "GB", "russo": "RU", "turco": "TR", "italo": "IT",
        "austro": "AT", "hispano": "ES", "luso": "PT", "nippo": "JP", "greco": "GR", "graeco": "GR", "serbo": "RS",
        "germano": "DE", "polono": "PL", "dano": "DK", "belgo": "BE", "swiss": "CH", "euro": "EU", "afro": "",
    ]

    /// Every country mention in tokens `[from, to)`.
    static func mentions(in scanned: ScannedText, bytes p: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> [CountryMention] {
        let t = scanned.tokens
        let end = to ?? t.count
        var result: [CountryMention] = []
        result.reserveCapacity(16)
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
            guard token.length <= 24, let index = firstWords.lookup(token, in: p) else { k += 1; continue }
            var matched: (Entry, Int)?
            for candidate in candidates[Int(index)] {
                let count = candidate.rest.count + 1
                guard k + count <= end else { continue }
                var ok = true
                for (offset, key) in candidate.rest.enumerated() where !key.matches(t[k + 1 + offset], in: p) { ok = false; break }
                if ok { matched = (candidate.entry, k + count); break }
            }
            guard let (entry, after) = matched else { k += 1; continue }
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
            result.append(CountryMention(code: entry.code, start: k, end: stop, form: entry.form, possessive: possessive))
            k = stop
        }
        return result
    }
}
