import FiguresCore

/// Cities that companies give as their base ("Mumbai-based Tata Steel", "Shenzhen-based BYD")
/// and that are not capitals (capitals are in the gazetteer, where they name their country
/// anywhere in a text). Read only before "-based": elsewhere a city is no party.
///
/// Written as the news writes them, one word each; a two-word city by its last word where that
/// word names no other place here ("New York" as "york", "São Paulo" as "paulo").
enum BusinessCity {
    static let countries: [String: CountryCode] = {
        let rows: [(String, String)] = [
            ("IN", "mumbai bombay bengaluru bangalore chennai hyderabad pune gurugram gurgaon noida kolkata ahmedabad"),
            ("CN", "shanghai shenzhen guangzhou hangzhou chongqing wuhan tianjin suzhou nanjing xiamen chengdu qingdao ningbo"),
            ("JP", "osaka nagoya yokohama kyoto kobe fukuoka"), ("KR", "busan incheon ulsan"),
            ("TW", "hsinchu taichung kaohsiung"), ("VN", "hcmc"), ("PK", "karachi lahore"), ("BD", "chittagong chattogram"),
            ("DE", "frankfurt munich hamburg stuttgart düsseldorf dusseldorf cologne wolfsburg"),
            ("FR", "lyon toulouse marseille"), ("IT", "milan turin"), ("ES", "barcelona valencia bilbao"),
            ("CH", "zurich zürich geneva basel"), ("SE", "gothenburg malmö malmo"), ("NL", "rotterdam eindhoven"),
            ("BE", "antwerp"), ("TR", "istanbul izmir"), ("AE", "dubai"), ("SA", "jeddah dhahran"),
            ("KZ", "almaty"), ("RU", "petersburg"), ("CA", "toronto montreal vancouver calgary"),
            ("AU", "sydney melbourne perth brisbane"), ("NZ", "auckland"), ("ZA", "johannesburg"), ("NG", "lagos"),
            ("MA", "casablanca"), ("BR", "paulo"), ("MX", "monterrey guadalajara"), ("IL", "aviv"),
            ("US", "york houston chicago seattle detroit boston atlanta dallas austin denver angeles francisco"),
        ]
        var table: [String: CountryCode] = [:]
        for (code, cities) in rows {
            for city in cities.split(separator: " ") { table[String(city)] = CountryCode(code)! }
        }
        return table
    }()

    /// The country of the city word at `k`, when "-based" (or "-headquartered") follows it
    /// ("Mumbai-based").
    static func base(at k: Int, in context: DocumentContext) -> CountryCode? {
        guard k >= 0, k + 2 < context.t.count, context.t[k].kind == .word, context.t[k].flags.contains(.capitalized),
              context.isSymbol(k + 1, .hyphen), context.isWord(k + 2, "based") || context.isWord(k + 2, "headquartered") else { return nil }
        return countries[context.lower(k)]
    }
}
