import FiguresCore
@testable import FiguresExtractor
import FiguresRecognizer
import Testing

@Suite struct GazetteerTests {
    func mentions(_ text: String) -> [(String, Bool)] {
        var copy = text
        return copy.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            return Gazetteer.mentions(in: scanned, bytes: p).map { ($0.code.code, $0.possessive) }
        }
    }

    @Test func namesAdjectivesAbbreviationsAndPossessives() {
        let found = mentions("Azerbaijan’s exports to the United Arab Emirates and U.S. firms; Russian capital in South Korea.")
        #expect(found.map(\.0) == ["AZ", "AE", "US", "RU", "KR"])
        #expect(found.first?.1 == true)
    }

    @Test func longestMatchWins() {
        #expect(mentions("Papua New Guinea and Guinea").map(\.0) == ["PG", "GN"])
        #expect(mentions("North Korea and South Korea").map(\.0) == ["KP", "KR"])
    }

    @Test func combiningFormsAndCapitals() {
        #expect(mentions("Franco-German trade; Sino-Russian ties; Baku and Moscow agreed.").map(\.0) == ["FR", "DE", "CN", "RU", "AZ", "RU"])
    }

    @Test func lowerCaseWordsAreNotCountries() {
        #expect(mentions("a turkey dinner in china cups; the georgia peach").isEmpty)
    }

    @Test func regionsNameTheirCountry() {
        #expect(mentions("A plant in Ohio; Scotland's exports; Ontario and New South Wales; New Mexico, not Mexico.").map(\.0)
                == ["US", "GB", "CA", "AU", "US", "MX"])
        // Georgia is the US state beside another state, the country otherwise (or with Tbilisi).
        #expect(mentions("Plants in Georgia and Tennessee.").map(\.0) == ["US", "US"])
        #expect(mentions("Investment in Georgia rose; Tbilisi and Texas signed.").map(\.0) == ["GE", "GE", "US"])
        #expect(mentions("Georgian wine sold in Georgia.").map(\.0) == ["GE", "GE"])
    }

    /// A country at the very end of the text (no full stop after it) is read, not read past
    /// (a crash the fuzzer found: "…, mostly to the US").
    @Test func mentionAtTheEndOfTheText() {
        #expect(mentions("Exports rose to $5 billion, mostly to the US").map(\.0) == ["US"])
        #expect(mentions("US").map(\.0) == ["US"])
    }

    @Test func everyRowIsWellFormed() {
        for row in Gazetteer.countryRows + Gazetteer.regionRows {
            let fields = row.split(separator: "|", omittingEmptySubsequences: false)
            #expect(fields.count == 4, "\(row)")
            #expect(CountryCode(String(fields[0])) != nil, "\(row)")
        }
        #expect(Gazetteer.countryRows.count >= 250)
    }
}
