import FiguresCore

/// The bare "$" of a dollar country's own press: "$38.9b" of New Zealand's trade in an article
/// about New Zealand is the New Zealand dollar. The recogniser reads every bare "$" as the US
/// dollar; the extractor makes it the local dollar when
/// - the article is about a country that writes its own currency "$" (the country it names first,
///   or most often: Australia, New Zealand, Canada, Singapore, Fiji, Jamaica, Trinidad and Tobago,
///   Barbados, the Bahamas, Namibia), and that country is a party of the figure (not Hong Kong or
///   Taiwan, whose papers always mark their own dollar "HK$" and "NT$": a bare "$" there is the
///   US one);
/// - and the article writes more bare "$" amounts than amounts marked with that dollar's letters
///   ("A$", "NZ$", "C$"): wire copy marks the local dollar and leaves "$" to the US one, a local
///   paper marks it now and then ("NZ$50b" in a story of bare "$" amounts);
/// - and the article does not name that dollar in words after an amount ("685.6 billion Canadian
///   dollars" beside "$349.4 billion" of U.S. exports: the writer spells the local dollar out, so
///   the bare sign is the US one).
/// An article that declares its dollar ("All figures are in Australian dollars") has every bare "$"
/// in that dollar, whatever the parties.
enum LocalDollar {
    /// Country → its dollar, and the letters written before "$" for it.
    static let countries: [CountryCode: (code: CurrencyCode, prefixes: [String])] = {
        let rows: [(String, String, [String])] = [
            ("AU", "AUD", ["A", "AU", "AUD"]), ("NZ", "NZD", ["NZ", "NZD"]), ("CA", "CAD", ["C", "CA", "CAN", "CAD"]),
            ("SG", "SGD", ["S", "SG", "SGD"]), ("FJ", "FJD", ["FJ", "FJD"]),
            ("JM", "JMD", ["J", "JA", "JMD"]), ("TT", "TTD", ["TT", "TTD"]),
            ("BB", "BBD", ["BDS", "BBD"]), ("BS", "BSD", ["B", "BSD"]), ("NA", "NAD", ["N", "NAD"]),
        ]
        var table: [CountryCode: (CurrencyCode, [String])] = [:]
        for (country, code, prefixes) in rows { table[CountryCode(country)!] = (CurrencyCode(code)!, prefixes) }
        return table
    }()

    /// The word before "dollar(s)" that names each country's dollar.
    static let names: [String: CountryCode] = [
        "canadian": CountryCode("CA")!, "australian": CountryCode("AU")!, "zealand": CountryCode("NZ")!, "nz": CountryCode("NZ")!,
        "singapore": CountryCode("SG")!, "fijian": CountryCode("FJ")!, "fiji": CountryCode("FJ")!,
        "jamaican": CountryCode("JM")!, "tobago": CountryCode("TT")!, "barbados": CountryCode("BB")!,
        "barbadian": CountryCode("BB")!, "bahamian": CountryCode("BS")!, "namibian": CountryCode("NA")!,
    ]

    /// Whether `country` writes its own currency "$".
    static func isDollarCountry(_ country: CountryCode?) -> Bool {
        country.map { countries[$0] != nil } ?? false
    }

    /// How often each set of letters is glued before a "$" of the document, upper-cased ("A$5"
    /// counts "A"; a bare "$" counts "").
    static func prefixes(in p: UnsafeBufferPointer<UInt8>) -> [String: Int] {
        var found: [String: Int] = [:]
        for i in p.indices where p[i] == UInt8(ascii: "$") {
            var start = i
            while start > 0, i - start < 3, case let b = p[start - 1], (b >= 65 && b <= 90) || (b >= 97 && b <= 122) { start -= 1 }
            found[String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self).uppercased(), default: 0] += 1
        }
        return found
    }

    /// The countries whose dollar the document names in words right after an amount ("685.6 billion
    /// Canadian dollars", "12 million Australian dollars": the word before the name ends in a digit or
    /// is a scale word), and the dollar it declares its figures are in ("All figures are in
    /// Australian dollars", "(amounts in Canadian dollars)": "in" before the name, and a noun of
    /// figures at most four words before it).
    static func names(in p: UnsafeBufferPointer<UInt8>) -> (named: Set<CountryCode>, declared: CurrencyCode?) {
        var found: Set<CountryCode> = []
        var declared: CurrencyCode?
        var from = 0
        while let at = nextDollar(in: p, from: from) {
            from = at + 1
            guard at >= 2, p[at - 1] == UInt8(ascii: " ") else { continue }
            let name = word(before: at - 1, in: p)
            guard let country = names[String(decoding: UnsafeBufferPointer(rebasing: p[name]), as: UTF8.self).lowercased()],
                  name.lowerBound >= 2, p[name.lowerBound - 1] == UInt8(ascii: " ") else { continue }
            let amount = word(before: name.lowerBound - 1, in: p)
            guard let last = amount.last.map({ p[$0] }) else { continue }
            let before = String(decoding: UnsafeBufferPointer(rebasing: p[amount]), as: UTF8.self).lowercased()
            if (last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9")) || ["million", "billion", "trillion", "bn", "mn", "m", "tn"].contains(before) {
                found.insert(country)
            } else if before == "in", declared == nil {
                var end = amount.lowerBound - 1
                for _ in 0..<4 where end > 0 {
                    let w = word(before: end, in: p)
                    if figureNouns.contains(String(decoding: UnsafeBufferPointer(rebasing: p[w]), as: UTF8.self).lowercased()) {
                        declared = countries[country]?.code
                        break
                    }
                    guard w.lowerBound > 0 else { break }
                    end = w.lowerBound - 1
                }
            }
        }
        return (found, declared)
    }

    /// Nouns for a text's amounts in a declaration of their currency.
    static let figureNouns: Set<String> = ["figures", "amounts", "values", "numbers", "sums", "prices"]

    /// Where the next "dollar" starts at or after byte `from`. Eight bytes are tested at a time for a
    /// "d" (most documents name no dollar, and this runs over every one with a bare "$").
    static func nextDollar(in p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = UnsafeRawPointer(p.baseAddress) else { return nil }
        let n = p.count
        var i = from
        func isDollar(at k: Int) -> Bool {
            k + 6 <= n && p[k] == 0x64 && p[k + 1] == 0x6F && p[k + 2] == 0x6C && p[k + 3] == 0x6C && p[k + 4] == 0x61 && p[k + 5] == 0x72
        }
        while i + 8 <= n {
            // A zero byte in `w` is a "d" (0x64) in the eight bytes.
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x6464_6464_6464_6464
            var zeros = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
            while zeros != 0 {
                // (The lowest flagged byte is a "d"; one above it may be flagged falsely: checked.)
                let k = i + zeros.trailingZeroBitCount / 8
                if isDollar(at: k) { return k }
                zeros &= zeros &- 1
            }
            i += 8
        }
        while i < n { if isDollar(at: i) { return i }; i += 1 }
        return nil
    }

    /// The letters of the word that ends just before byte `end` (empty when `end` follows no letter
    /// or digit).
    static func word(before end: Int, in p: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = end
        while start > 0, case let b = p[start - 1], (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") {
            start -= 1
        }
        return start..<end
    }

    /// The countries an article is about: the first it names, and the one it names most often
    /// (the first of those named as often); and the dollar countries it names at least three times
    /// and more often than the United States (its press's own dollar may be the bare "$" even when
    /// another country leads the story: "Chinese investment in Western Australia's lithium industry
    /// …", "Prime Minister Chris Hipkins arrives in Beijing …"), in the order first named. One
    /// count of the mentions serves both.
    static func subjects(of mentions: [CountryMention]) -> (subjects: [CountryCode], frequent: [CountryCode]) {
        var counts: [CountryCode: Int] = [:]
        for m in mentions { counts[m.code, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        let subjects = [mentions.first?.code, mentions.first { counts[$0.code] == most }?.code].compactMap { $0 }
        let us = counts[Gazetteer.unitedStates] ?? 0
        var frequent: [CountryCode] = []
        for m in mentions where countries[m.code] != nil && !frequent.contains(m.code) {
            if let n = counts[m.code], n >= 3, n > us { frequent.append(m.code) }
        }
        return (subjects, frequent)
    }

    /// The local dollar for a bare "$" amount with `parties`, in an article about `subjects` whose
    /// "$" signs carry `written` letters and which names `named` dollars in words after an amount;
    /// `nil` to leave it as the US dollar.
    /// A dollar country in `frequent` that is no subject counts only when no amount of the article
    /// marks its dollar with letters (wire copy that writes "A$1.1 billion" once leaves "$" to the
    /// US dollar).
    static func code(subjects: [CountryCode], parties: [CountryCode], written: [String: Int], named: Set<CountryCode> = [],
                     frequent: [CountryCode] = []) -> CurrencyCode? {
        let party = subjects.first(where: { parties.contains($0) && countries[$0] != nil })
        let isSubject = party != nil
        guard let subject = party ?? frequent.first(where: parties.contains), let local = countries[subject], !named.contains(subject) else { return nil }
        let marked = local.prefixes.reduce(0) { $0 + (written[$1] ?? 0) }
        // (An article that marks both the local dollar and the US one, "A$24.6 billion" and
        // "US$12.3 billion", writes neither bare: "$3.1 billion" is the US dollar of its wire style.)
        guard marked == 0 || (written["US"] ?? 0) == 0 else { return nil }
        return (written[""] ?? 0) > marked && (isSubject || marked == 0) ? local.code : nil
    }
}
