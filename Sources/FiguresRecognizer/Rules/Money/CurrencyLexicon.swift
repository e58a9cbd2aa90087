import FiguresCore

/// A currency named in words, or by a sign, as the rules found it.
struct CurrencyMatch: Equatable {
    /// The ISO code; `nil` for subunits and names that fit no single code ("cents", "francs").
    var code: CurrencyCode?
    /// The canonical English name ("dollar", "cent"), reported when there is no code.
    var name: String
    /// A subunit of a currency (cent, penny, kopeck): amounts are in hundredths.
    var isSubunit: Bool = false
    /// A scale that came with the currency ("MUSD" is a million dollars): its power of ten.
    var scale: Int = 0
    /// A sign too short to trust alone ("R" for the rand): only with a scale ("R21.6 billion").
    var needsScale = false
}

/// Currency names in English, with the adjectives that pick one currency among those sharing a
/// name ("Australian dollars", "Swiss francs", "Indian rupees"). Plural and singular forms,
/// British and American spellings.
enum CurrencyLexicon {
    struct Noun {
        let name: String
        /// The code when no adjective narrows it down; `nil` when the name alone is ambiguous.
        let defaultCode: String?
        let isSubunit: Bool
        /// Only with an adjective: "real" and "marks" are ordinary words on their own.
        var needsAdjective: Bool { defaultCode == nil && (name == "real" || name == "mark") }
        /// Adjective phrases (lower case, words separated by one space) → ISO code.
        let adjectives: [String: String]
    }

    static let dollarAdjectives: [String: String] = [
        "us": "USD", "american": "USD", "united states": "USD", "australian": "AUD", "aussie": "AUD",
        "canadian": "CAD", "hong kong": "HKD", "hk": "HKD", "new zealand": "NZD", "nz": "NZD", "singapore": "SGD", "singaporean": "SGD",
        "taiwan": "TWD", "taiwanese": "TWD", "new taiwan": "TWD", "nt": "TWD", "jamaican": "JMD", "bahamian": "BSD",
        "barbadian": "BBD", "namibian": "NAD", "zimbabwean": "ZWL", "zimbabwe": "ZWL", "liberian": "LRD",
        "guyanese": "GYD", "fijian": "FJD", "brunei": "BND", "east caribbean": "XCD", "trinidad and tobago": "TTD",
        "belize": "BZD", "bermudian": "BMD", "solomon islands": "SBD",
    ]

    static let nouns: [String: Noun] = {
        var table: [String: Noun] = [:]
        func add(_ spellings: [String], _ name: String, _ code: String?, subunit: Bool = false, _ adjectives: [String: String] = [:]) {
            let noun = Noun(name: name, defaultCode: code, isSubunit: subunit, adjectives: adjectives)
            for spelling in spellings { table[spelling] = noun }
        }
        add(["dollar", "dollars"], "dollar", "USD", dollarAdjectives)
        add(["euro", "euros"], "euro", "EUR")
        add(["pound", "pounds"], "pound", "GBP", ["british": "GBP", "uk": "GBP", "egyptian": "EGP", "lebanese": "LBP",
                                                  "syrian": "SYP", "sudanese": "SDG", "south sudanese": "SSP"])
        add(["sterling"], "pound", "GBP")
        add(["yen"], "yen", "JPY", ["japanese": "JPY"])
        add(["yuan", "renminbi", "rmb", "kuai"], "yuan", "CNY", ["chinese": "CNY"])
        add(["ruble", "rubles", "rouble", "roubles"], "ruble", "RUB",
            ["russian": "RUB", "belarusian": "BYN", "belarussian": "BYN", "belarus": "BYN"])
        add(["manat", "manats"], "manat", "AZN", ["azerbaijani": "AZN", "azeri": "AZN", "azerbaijan": "AZN",
                                                  "turkmen": "TMT", "turkmenistan": "TMT"])
        add(["lira", "liras", "lire"], "lira", "TRY", ["turkish": "TRY", "italian": "ITL"])
        add(["tenge", "tenges"], "tenge", "KZT", ["kazakh": "KZT", "kazakhstani": "KZT"])
        add(["lari", "laris"], "lari", "GEL", ["georgian": "GEL"])
        add(["dram", "drams"], "dram", "AMD", ["armenian": "AMD"])
        add(["som", "soms"], "som", "KGS", ["kyrgyz": "KGS", "kyrgyzstani": "KGS", "uzbek": "UZS"])
        add(["soum", "soums", "sum", "sums"], "sum", "UZS", ["uzbek": "UZS"])
        add(["somoni", "somonis"], "somoni", "TJS", ["tajik": "TJS"])
        add(["hryvnia", "hryvnias", "hryvnya", "hryvnas", "hryvna", "hryvni"], "hryvnia", "UAH", ["ukrainian": "UAH"])
        add(["franc", "francs"], "franc", nil, ["swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF",
                                                 "congolese": "CDF", "rwandan": "RWF", "guinean": "GNF", "burundian": "BIF"])
        add(["rupee", "rupees"], "rupee", nil, ["indian": "INR", "pakistani": "PKR", "sri lankan": "LKR",
                                                 "nepalese": "NPR", "nepali": "NPR", "mauritian": "MUR", "seychellois": "SCR"])
        add(["peso", "pesos"], "peso", nil, ["mexican": "MXN", "philippine": "PHP", "argentine": "ARS",
                                              "argentinian": "ARS", "chilean": "CLP", "colombian": "COP", "cuban": "CUP",
                                              "uruguayan": "UYU", "dominican": "DOP"])
        add(["dinar", "dinars"], "dinar", nil, ["kuwaiti": "KWD", "iraqi": "IQD", "jordanian": "JOD", "serbian": "RSD",
                                                 "bahraini": "BHD", "libyan": "LYD", "algerian": "DZD", "tunisian": "TND"])
        add(["dirham", "dirhams", "dirhem", "dirhems"], "dirham", nil, ["uae": "AED", "emirati": "AED", "moroccan": "MAD"])
        add(["riyal", "riyals", "rial", "rials"], "riyal", nil, ["saudi": "SAR", "qatari": "QAR", "omani": "OMR",
                                                                 "iranian": "IRR", "yemeni": "YER"])
        add(["won"], "won", "KRW", ["south korean": "KRW", "korean": "KRW", "north korean": "KPW"])
        add(["shekel", "shekels", "sheqel", "sheqels"], "shekel", "ILS", ["israeli": "ILS", "new israeli": "ILS"])
        add(["zloty", "zlotys", "zlotych", "zlote", "złoty", "złotys", "złotych", "złote", "zł"], "zloty", "PLN", ["polish": "PLN"])
        add(["koruna", "korunas", "koruny"], "koruna", "CZK", ["czech": "CZK"])
        add(["forint", "forints"], "forint", "HUF", ["hungarian": "HUF"])
        add(["krona", "kronor"], "krona", "SEK", ["swedish": "SEK", "icelandic": "ISK"])
        add(["krone", "kroner"], "krone", nil, ["norwegian": "NOK", "danish": "DKK"])
        add(["naira", "nairas"], "naira", "NGN", ["nigerian": "NGN"])
        add(["cedi", "cedis"], "cedi", "GHS", ["ghanaian": "GHS"])
        add(["shilling", "shillings"], "shilling", nil, ["kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
                                                          "somali": "SOS", "austrian": "ATS"])
        add(["rand", "rands"], "rand", "ZAR", ["south african": "ZAR"])
        add(["real"], "real", nil, ["brazilian": "BRL"])
        add(["reais"], "real", "BRL", ["brazilian": "BRL"])
        add(["ringgit", "ringgits"], "ringgit", "MYR", ["malaysian": "MYR"])
        add(["baht"], "baht", "THB", ["thai": "THB"])
        add(["rupiah", "rupiahs"], "rupiah", "IDR", ["indonesian": "IDR"])
        add(["dong"], "dong", "VND", ["vietnamese": "VND"])
        add(["kip"], "kip", "LAK", ["lao": "LAK", "laotian": "LAK"])
        add(["leu", "lei"], "leu", "RON", ["romanian": "RON", "moldovan": "MDL"])
        add(["lev", "leva"], "lev", "BGN", ["bulgarian": "BGN"])
        add(["kuna", "kunas"], "kuna", "HRK", ["croatian": "HRK"])
        add(["markka", "markkaa"], "markka", "FIM", ["finnish": "FIM"])
        add(["guilder", "guilders"], "guilder", "NLG", ["dutch": "NLG"])
        add(["peseta", "pesetas"], "peseta", "ESP", ["spanish": "ESP"])
        add(["mark", "marks", "deutschmark", "deutschmarks", "deutsche mark"], "mark", nil, ["german": "DEM", "deutsche": "DEM"])
        add(["escudo", "escudos"], "escudo", "PTE", ["portuguese": "PTE"])
        add(["drachma", "drachmas", "drachmae"], "drachma", "GRD", ["greek": "GRD"])
        add(["taka"], "taka", "BDT", ["bangladeshi": "BDT"])
        add(["birr"], "birr", "ETB", ["ethiopian": "ETB"])
        add(["kwacha"], "kwacha", nil, ["zambian": "ZMW", "malawian": "MWK"])
        add(["kina"], "kina", "PGK", ["papua new guinean": "PGK", "png": "PGK"])
        add(["tala"], "tala", "WST", ["samoan": "WST"])
        add(["vatu"], "vatu", "VUV", ["vanuatu": "VUV"])
        add(["tugrik", "tugriks", "togrog"], "tugrik", "MNT", ["mongolian": "MNT"])
        add(["sol", "soles"], "sol", "PEN", ["peruvian": "PEN", "nuevos": "PEN"])
        add(["quetzal", "quetzales", "quetzals"], "quetzal", "GTQ", ["guatemalan": "GTQ"])
        add(["lempira", "lempiras"], "lempira", "HNL", ["honduran": "HNL"])
        add(["colón", "colones"], "colón", "CRC", ["costa rican": "CRC"])
        add(["bolívar", "bolívares", "bolivar", "bolivares", "bolivars"], "bolívar", "VES", ["venezuelan": "VES"])
        add(["boliviano", "bolivianos"], "boliviano", "BOB", ["bolivian": "BOB"])
        add(["guaraní", "guaraníes", "guarani", "guaranis", "guaranies"], "guaraní", "PYG", ["paraguayan": "PYG"])
        add(["córdoba", "córdobas", "cordobas"], "córdoba", "NIO", ["nicaraguan": "NIO"])
        add(["pula"], "pula", "BWP", ["botswana": "BWP"])
        add(["metical", "meticais", "meticals"], "metical", "MZN", ["mozambican": "MZN"])
        add(["kwanza", "kwanzas"], "kwanza", "AOA", ["angolan": "AOA"])
        add(["ariary"], "ariary", "MGA", ["malagasy": "MGA"])
        add(["leone", "leones"], "leone", "SLE", ["sierra leonean": "SLE"])
        add(["dalasi", "dalasis"], "dalasi", "GMD", ["gambian": "GMD"])
        add(["ouguiya", "ouguiyas"], "ouguiya", "MRU", ["mauritanian": "MRU"])
        add(["lilangeni", "emalangeni"], "lilangeni", "SZL", ["swazi": "SZL", "eswatini": "SZL"])
        add(["loti", "maloti"], "loti", "LSL", ["lesotho": "LSL"])
        add(["rufiyaa"], "rufiyaa", "MVR", ["maldivian": "MVR"])
        add(["ngultrum", "ngultrums"], "ngultrum", "BTN", ["bhutanese": "BTN"])
        add(["kyat", "kyats"], "kyat", "MMK", ["myanmar": "MMK", "burmese": "MMK"])
        add(["riel", "riels"], "riel", "KHR", ["cambodian": "KHR"])
        add(["afghani", "afghanis"], "afghani", "AFN", ["afghan": "AFN"])
        add(["denar", "denars", "denari"], "denar", "MKD", ["macedonian": "MKD"])
        add(["lek", "leke"], "lek", "ALL", ["albanian": "ALL"])
        add(["bitcoin", "bitcoins", "btc", "xbt"], "bitcoin", nil)
        add(["satoshi", "satoshis"], "satoshi", nil)
        add(["cent", "cents"], "cent", nil, subunit: true)
        add(["penny", "pence", "pennies"], "penny", nil, subunit: true)
        add(["kopeck", "kopecks", "kopek", "kopeks", "kopeyka", "kopeyki", "kopiyka"], "kopeck", nil, subunit: true)
        add(["qapik", "qəpik", "tiyin", "tyiyn", "tetri", "luma", "paise", "centime", "centimes", "fen", "jiao", "mao"],
            "subunit", nil, subunit: true)
        return table
    }()

    /// Letters written before "$" that name the dollar: "US$", "C$", "HK$", "A$", "NZ$", "R$" (the
    /// real), "Mex$", "Ch$", "AR$", "COL$", "RD$", "N$" (Namibia), "G$", "L$", "BZ$", "JA$", and
    /// codes ("usd$", "nzd$"). `spaced` are those also seen apart ("c $", "hk $").
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD", "a": "AUD", "au": "AUD",
        "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD", "hkd": "HKD", "s": "SGD", "sg": "SGD", "sgd": "SGD",
        "nt": "TWD", "r": "BRL", "mex": "MXN", "mx": "MXN", "mxn": "MXN", "z": "ZWL", "j": "JMD", "tt": "TTD",
        "bds": "BBD", "ec": "XCD", "fj": "FJD", "ch": "CLP", "clp": "CLP", "ar": "ARS", "ars": "ARS", "col": "COP",
        "cop": "COP", "rd": "DOP", "uy": "UYU", "n": "NAD", "nad": "NAD", "bz": "BZD", "bzd": "BZD", "g": "GYD", "gyd": "GYD",
        "l": "LRD", "lrd": "LRD", "ja": "JMD", "jmd": "JMD", "ttd": "TTD", "bbd": "BBD", "xcd": "XCD", "fjd": "FJD", "ci": "KYD",
        "kyd": "KYD", "si": "SBD", "sbd": "SBD", "ws": "WST", "wst": "WST", "bsd": "BSD",
    ]
    static let spacedDollarPrefixes: Set<String> = ["c", "hk", "us", "usd", "nz", "mex"]

    /// Letters written before "¥": "CN¥" and "RMB¥" are the yuan, "JP¥" the yen.
    static let yenPrefixes: [String: String] = ["cn": "CNY", "rmb": "CNY", "jp": "JPY"]

    /// A table of letters before a sign, found from the token's bytes: each entry's code, and
    /// whether the letters may stand apart from the sign ("c $5", "hk $ 20").
    struct SignPrefixes: Sendable {
        let table: WordTable
        let entries: [(code: CurrencyCode, spaced: Bool)]

        init(_ prefixes: [String: String], spaced: Set<String>) {
            let sorted = prefixes.sorted { $0.key < $1.key }
            table = WordTable(sorted.enumerated().map { ($1.key, UInt16($0)) })
            entries = sorted.map { (CurrencyCode($0.value)!, spaced.contains($0.key)) }
        }

        func match(_ token: Token, in p: UnsafeBufferPointer<UInt8>) -> (code: CurrencyCode, spaced: Bool)? {
            table.lookup(token, in: p).map { entries[Int($0)] }
        }
    }

    static let dollarSignPrefixes = SignPrefixes(dollarPrefixes, spaced: spacedDollarPrefixes)
    static let yenSignPrefixes = SignPrefixes(yenPrefixes, spaced: [])

    /// Every word that can begin a currency phrase: nouns and the first words of adjectives ("u" of "U.S.").
    static let firstWords: WordTable = {
        var words = Array(nouns.keys)
        for adjective in adjectivePhrases { words.append(String(adjective.prefix { $0 != " " })) }
        words.append("u")
        return WordTable(words.map { ($0, 1) })
    }()

    /// The nouns, in the order of their sorted spellings; ``nounIDs`` maps a spelling to its index.
    static let nounList: [Noun] = nouns.keys.sorted().map { nouns[$0]! }
    static let nounIDs = WordTable(nouns.keys.sorted().enumerated().map { ($1, UInt16($0)) })

    /// Every adjective phrase of every noun; ``adjectiveIDs`` maps a phrase's bytes to its index.
    static let adjectivePhrases: [String] = Set(nouns.values.flatMap { $0.adjectives.keys }).sorted()
    static let adjectiveIDs = WordTable(adjectivePhrases.enumerated().map { ($1, UInt16($0)) })

    /// For each noun of ``nounList``, its adjectives' codes keyed by ``adjectiveIDs`` ids: a phrase
    /// is looked up from the text's bytes, never built as a string.
    static let adjectiveCodes: [[UInt16: String]] = {
        let ids = Dictionary(uniqueKeysWithValues: adjectivePhrases.enumerated().map { ($1, UInt16($0)) })
        return nounList.map { noun in Dictionary(uniqueKeysWithValues: noun.adjectives.map { (ids[$0.key]!, $0.value) }) }
    }()

    static func code(_ text: String?) -> CurrencyCode? {
        text.flatMap { CurrencyCode($0) }
    }
}
