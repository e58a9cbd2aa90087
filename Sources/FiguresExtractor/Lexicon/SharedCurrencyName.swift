import FiguresCore

/// Currency names that several countries use: "dirham" (also "Dh": the UAE and Morocco), "pound"
/// (Britain, Egypt, Lebanon, Syria, Sudan), "dinar", "rial",
/// "riyal", "manat" (Azerbaijan and Turkmenistan), "som", "rupee", "peso", "krone", "krona", "kr", "franc", "shilling" (also "Sh",
/// "Shs": Kenya, Uganda, Tanzania), the CFA franc (West and Central Africa). The recogniser gives
/// such an amount its most common code or none; the extractor picks the code of the first country
/// around the amount that uses the name (its parties, then the sentence's countries, then the
/// article's; see ``code(for:current:parties:others:)``).
enum SharedCurrencyName {
    /// Name (singular and plural) → the countries using it, with their currency.
    static let users: [String: [(CountryCode, CurrencyCode)]] = {
        let rows: [(names: [String], users: [(String, String)])] = [
            (["dirham", "dirhams", "dh", "dhs"], [("AE", "AED"), ("MA", "MAD")]),
            (["pound", "pounds"], [("GB", "GBP"), ("EG", "EGP"), ("LB", "LBP"), ("SY", "SYP"), ("SD", "SDG"), ("SS", "SSP")]),
            (["dinar", "dinars"], [("KW", "KWD"), ("BH", "BHD"), ("IQ", "IQD"), ("JO", "JOD"), ("RS", "RSD"), ("TN", "TND"),
                                   ("LY", "LYD"), ("DZ", "DZD")]),
            (["rial", "rials"], [("IR", "IRR"), ("OM", "OMR"), ("YE", "YER")]),
            (["riyal", "riyals"], [("SA", "SAR"), ("QA", "QAR")]),
            (["manat", "manats"], [("AZ", "AZN"), ("TM", "TMT")]),
            (["leu", "lei"], [("RO", "RON"), ("MD", "MDL")]),
            (["som", "soms"], [("KG", "KGS"), ("UZ", "UZS")]),
            (["rupee", "rupees", "rs"], [("IN", "INR"), ("PK", "PKR"), ("LK", "LKR"), ("NP", "NPR"), ("MU", "MUR")]),
            (["k"], [("PG", "PGK"), ("ZM", "ZMW"), ("MW", "MWK")]),
            (["kwacha"], [("ZM", "ZMW"), ("MW", "MWK")]),
            (["p"], [("PH", "PHP"), ("BW", "BWP")]),
            (["krone", "kroner"], [("NO", "NOK"), ("DK", "DKK")]),
            (["krona", "kronor"], [("SE", "SEK"), ("IS", "ISK")]),
            (["kr"], [("NO", "NOK"), ("DK", "DKK"), ("SE", "SEK"), ("IS", "ISK")]),
            (["franc", "francs"], [("CH", "CHF"), ("LI", "CHF"), ("RW", "RWF"), ("BI", "BIF"), ("GN", "GNF"), ("DJ", "DJF"),
                                   ("CD", "CDF"), ("KM", "KMF")]),
            (["shilling", "shillings", "sh", "shs"], [("KE", "KES"), ("UG", "UGX"), ("TZ", "TZS"), ("SO", "SOS")]),
            (["cfa", "fcfa", "cfaf"], [("SN", "XOF"), ("CI", "XOF"), ("ML", "XOF"), ("BF", "XOF"), ("NE", "XOF"), ("TG", "XOF"),
                                       ("BJ", "XOF"), ("GW", "XOF"), ("CM", "XAF"), ("GA", "XAF"), ("TD", "XAF"), ("CG", "XAF"),
                                       ("CF", "XAF"), ("GQ", "XAF")]),
            (["peso", "pesos"], [("MX", "MXN"), ("AR", "ARS"), ("CL", "CLP"), ("CO", "COP"), ("PH", "PHP"), ("UY", "UYU"),
                                 ("DO", "DOP"), ("CU", "CUP")]),
        ]
        var table: [String: [(CountryCode, CurrencyCode)]] = [:]
        for row in rows {
            let users = row.users.map { (CountryCode($0.0)!, CurrencyCode($0.1)!) }
            for name in row.names { table[name] = users }
        }
        return table
    }()

    static let names = WordSet(Array(users.keys))

    /// The currency `name` stands for, given the figure's parties and then the other countries
    /// around the amount (the sentence's, the article's), in order; `nil` when none of them uses
    /// the name. The recogniser's choice (`current`: "manat" is AZN) stands when its country is a
    /// party, or, with no party using the name, when its country is mentioned at all.
    static func code(for name: String, current: CurrencyCode?, parties: [CountryCode], others: [CountryCode]) -> CurrencyCode? {
        guard let users = users[name] else { return nil }
        let usual = current.flatMap { current in users.first(where: { $0.1 == current })?.0 }
        if let usual, parties.contains(usual) { return current }
        for country in parties {
            if let (_, code) = users.first(where: { $0.0 == country }) { return code }
        }
        if let usual, others.contains(usual) { return current }
        for country in others {
            if let (_, code) = users.first(where: { $0.0 == country }) { return code }
        }
        return nil
    }
}
