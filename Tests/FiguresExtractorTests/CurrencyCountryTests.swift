@testable import FiguresCore
@testable import FiguresExtractor
import Testing

/// ``CurrencyCountry``: the one country whose own currency a code is (the code's first two
/// letters), none for the currencies many countries use or trade in, and none for letters that
/// name no country.
struct CurrencyCountryTests {
    @Test(arguments: [
        ("THB", "TH"), ("PHP", "PH"), ("KES", "KE"), ("GBP", "GB"), ("CNY", "CN"), ("AZN", "AZ"), ("TWD", "TW"),
        ("USD", nil), ("EUR", nil), ("XOF", nil), ("XAF", nil), ("XDR", nil), ("ZZZ", nil),
    ] as [(String, String?)])
    func country(_ code: String, _ country: String?) {
        #expect(CurrencyCountry.country(of: CurrencyCode(code)!) == country.flatMap(CountryCode.init), "\(code)")
    }

    @Test func countsHaveNoCountry() {
        #expect(CurrencyCountry.country(of: QuantityUnit.count) == nil)
        #expect(CurrencyCountry.country(of: QuantityUnit.currency(CurrencyCode("THB")!)) == CountryCode("TH"))
    }
}
