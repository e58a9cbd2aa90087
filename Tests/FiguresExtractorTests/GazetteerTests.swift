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

    @Test func everyRowIsWellFormed() {
        for row in Gazetteer.countryRows {
            let fields = row.split(separator: "|", omittingEmptySubsequences: false)
            #expect(fields.count == 4, "\(row)")
            #expect(CountryCode(String(fields[0])) != nil, "\(row)")
        }
        #expect(Gazetteer.countryRows.count >= 250)
    }
}
