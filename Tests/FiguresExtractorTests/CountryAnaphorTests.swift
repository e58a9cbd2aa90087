@testable import FiguresCore
@testable import FiguresExtractor
import FiguresRecognizer
import Testing

/// ``SentenceRules/countryAnaphor``: the phrase that stands for a country named before ("the
/// country", "the Andean neighbour"), marked in each sentence with ⟦ ⟧, or none where a sentence
/// has no mark ("the United Kingdom" and "the Kyrgyz Republic" are names, "the Republic of
/// Azerbaijan" goes on with "of", "the state budget" has no country noun).
struct CountryAnaphorTests {
    @Test(arguments: [
        "Exports to ⟦the country⟧ rose to $2 billion.",
        "Its imports from ⟦the Andean neighbour⟧ came to $1.6 billion.",
        "Investments in ⟦the Southeast Asian nation⟧ reached $3 billion.",
        "Trade with ⟦the neighbouring country⟧ grew.",
        "Firms plan to invest $500 million in ⟦the Central Asian republic⟧'s textile industry.",
        "Exports to ⟦the Gulf emirate⟧ doubled.",
        "Exports to the United Kingdom rose to $2 billion.",
        "Kazakhstan's exports to the Kyrgyz Republic reached $1.1 billion.",
        "Trade with the Republic of Azerbaijan grew.",
        "The state budget and the Central Bank of Nigeria were discussed.",
        "The trade ministry of ⟦the country⟧'s largest partner said nothing.",
    ])
    func findsThePhrase(_ marked: String) throws {
        var text = marked
        var expected: String?
        if let open = text.range(of: "⟦"), let close = text.range(of: "⟧") {
            expected = String(text[open.upperBound..<close.lowerBound])
            text.removeSubrange(close)
            text.removeSubrange(open)
        }
        var copy = text
        let found: String? = copy.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            let context = DocumentContext(bytes: p, scanned: scanned, published: nil, lexicon: ExtractorLexicon.shared)
            let sentence = Sentence(start: 0, end: scanned.tokens.count, paragraph: 0)
            let rules = SentenceRules(context: context, sentence: sentence, mentions: Gazetteer.mentions(in: scanned, bytes: p), periods: [])
            guard let (the, noun) = rules.countryAnaphor else { return nil }
            let span = Int(scanned.tokens[the].start)..<Int(scanned.tokens[noun].end)
            return String(decoding: UnsafeBufferPointer(rebasing: p[span]), as: UTF8.self)
        }
        #expect(found == expected, "\(text)")
    }

    /// ``SentenceRules/anaphorRegion(the:noun:)``: the region a phrase's words name, looked up
    /// whole and then without its first words; none for a phrase with no region.
    @Test(arguments: [
        ("Exports to the Central Asian republic rose.", "UZ", "RU"),
        ("Imports from the Gulf state rose.", "AE", "CN"),
        ("Imports from the brotherly Gulf state rose.", "QA", "IR"),
        ("Trade with the Southeast Asian nation grew.", "VN", "CN"),
        ("Trade with the Andean neighbour grew.", "PE", "AR"),
        ("Trade with the country grew.", nil, nil),
    ] as [(String, String?, String?)])
    func readsTheRegion(_ text: String, member: String?, outsider: String?) throws {
        var copy = text
        let region: Set<CountryCode>?? = copy.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            let context = DocumentContext(bytes: p, scanned: scanned, published: nil, lexicon: ExtractorLexicon.shared)
            let sentence = Sentence(start: 0, end: scanned.tokens.count, paragraph: 0)
            let rules = SentenceRules(context: context, sentence: sentence, mentions: Gazetteer.mentions(in: scanned, bytes: p), periods: [])
            guard let (the, noun) = rules.countryAnaphor else { return .none }
            return .some(rules.anaphorRegion(the: the, noun: noun))
        }
        let found = try #require(region, "no phrase in \(text)")
        if let member, let outsider {
            let members = try #require(found, "no region in \(text)")
            #expect(members.contains(CountryCode(member)!), "\(text)")
            #expect(!members.contains(CountryCode(outsider)!), "\(text)")
        } else {
            #expect(found == nil, "\(text)")
        }
    }
}
