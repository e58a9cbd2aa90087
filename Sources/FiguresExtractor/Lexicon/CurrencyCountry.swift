import FiguresCore

/// The one country whose own currency an amount is in: "172 billion baht" is Thailand's,
/// "P30.2 billion" (resolved to PHP) the Philippines'. An amount in a country's currency is that
/// country's figure, so a figure missing one party takes it (see
/// ``Extractor/fillPartyFromCurrency(_:rules:)``).
/// The code's first two letters are the country's (ISO 4217 builds codes so), except for
/// currencies many countries use or trade in: the US dollar, the euro and the supranational "X"
/// codes (CFA francs, East Caribbean dollar, gold, SDR); a code whose letters name no country of
/// the gazetteer has none.
enum CurrencyCountry {
    /// Every country code of the gazetteer's rows.
    static let known: Set<CountryCode> = Set(Gazetteer.countryRows.compactMap { row in
        CountryCode(String(row.prefix(while: { $0 != "|" })))
    })

    static let international: Set<CurrencyCode> = [CurrencyCode("USD")!, CurrencyCode("EUR")!]

    /// The country of a unit's currency; `nil` for a count or an international currency.
    static func country(of unit: QuantityUnit) -> CountryCode? {
        if case .currency(let code) = unit { return country(of: code) }
        return nil
    }

    /// The country of `code`, or `nil` for an international currency.
    static func country(of code: CurrencyCode) -> CountryCode? {
        guard !international.contains(code), code.packed >> 16 != UInt32(UInt8(ascii: "X")) else { return nil }
        let first = Character(Unicode.Scalar(UInt8(truncatingIfNeeded: code.packed >> 16)))
        let second = Character(Unicode.Scalar(UInt8(truncatingIfNeeded: code.packed >> 8)))
        guard let country = CountryCode(String([first, second])), known.contains(country) else { return nil }
        return country
    }
}
