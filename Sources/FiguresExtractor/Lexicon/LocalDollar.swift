import FiguresCore

/// The bare "$" of a dollar country's own press: "$38.9b" of New Zealand's trade in an article
/// about New Zealand is the New Zealand dollar. The recogniser reads every bare "$" as the US
/// dollar; the extractor makes it the local dollar when
/// - the article is about a country that writes its own currency "$" (the first country it
///   names: Australia, New Zealand, Canada, Singapore, Hong Kong, Fiji, Jamaica, Trinidad and
///   Tobago, Taiwan, Barbados, the Bahamas, Namibia),
/// - that country is a party of the figure,
/// - and the article nowhere marks that dollar with its letters ("A$", "NZ$", "C$"): wire copy
///   that writes "A$" for the local dollar writes "$" for the US one.
enum LocalDollar {
    /// Country → its dollar, and the letters written before "$" for it.
    static let countries: [CountryCode: (code: CurrencyCode, prefixes: [String])] = {
        let rows: [(String, String, [String])] = [
            ("AU", "AUD", ["A", "AU", "AUD"]), ("NZ", "NZD", ["NZ", "NZD"]), ("CA", "CAD", ["C", "CA", "CAN", "CAD"]),
            ("SG", "SGD", ["S", "SG", "SGD"]), ("HK", "HKD", ["HK", "HKD"]), ("FJ", "FJD", ["FJ", "FJD"]),
            ("JM", "JMD", ["J", "JA", "JMD"]), ("TT", "TTD", ["TT", "TTD"]), ("TW", "TWD", ["NT", "TWD"]),
            ("BB", "BBD", ["BDS", "BBD"]), ("BS", "BSD", ["B", "BSD"]), ("NA", "NAD", ["N", "NAD"]),
        ]
        var table: [CountryCode: (CurrencyCode, [String])] = [:]
        for (country, code, prefixes) in rows { table[CountryCode(country)!] = (CurrencyCode(code)!, prefixes) }
        return table
    }()

    /// The letters glued before each "$" of the document, upper-cased ("A$5" gives "A"; a bare "$" none).
    static func prefixes(in p: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var found: Set<String> = []
        for i in p.indices where p[i] == UInt8(ascii: "$") {
            var start = i
            while start > 0, i - start < 3, case let b = p[start - 1], (b >= 65 && b <= 90) || (b >= 97 && b <= 122) { start -= 1 }
            if start < i { found.insert(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self).uppercased()) }
        }
        return found
    }

    /// The local dollar for a bare "$" amount with `parties`, in an article whose first country is
    /// `subject` and whose "$" signs carry `written` letters; `nil` to leave it as the US dollar.
    static func code(subject: CountryCode?, parties: [CountryCode], written: Set<String>) -> CurrencyCode? {
        guard let subject, parties.contains(subject), let local = countries[subject] else { return nil }
        return local.prefixes.contains(where: written.contains) ? nil : local.code
    }
}
