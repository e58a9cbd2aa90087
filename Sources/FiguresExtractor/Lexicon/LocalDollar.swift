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
///   paper marks it now and then ("NZ$50b" in a story of bare "$" amounts).
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

    /// The countries an article is about: the first it names, and the one it names most often
    /// (the first of those named as often).
    static func subjects(of mentions: [CountryMention]) -> [CountryCode] {
        var counts: [CountryCode: Int] = [:]
        for m in mentions { counts[m.code, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        return [mentions.first?.code, mentions.first { counts[$0.code] == most }?.code].compactMap { $0 }
    }

    /// The local dollar for a bare "$" amount with `parties`, in an article about `subjects` whose
    /// "$" signs carry `written` letters; `nil` to leave it as the US dollar.
    static func code(subjects: [CountryCode], parties: [CountryCode], written: [String: Int]) -> CurrencyCode? {
        guard let subject = subjects.first(where: { parties.contains($0) && countries[$0] != nil }), let local = countries[subject] else { return nil }
        let marked = local.prefixes.reduce(0) { $0 + (written[$1] ?? 0) }
        return (written[""] ?? 0) > marked ? local.code : nil
    }
}
