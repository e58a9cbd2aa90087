/// Punctuation and currency signs the lexer tells apart. A symbol token's `word` field holds
/// its raw value.
public enum Symbol: UInt16, Sendable {
    case other = 0
    // Currency signs.
    case dollar, euro, pound, yen, ruble, manat, lira, rupee, tenge, lari, dram, colon, kip, bitcoin,
         yuanSign, tamilRupee, won, shekel, naira, hryvnia, peso, dong, baht, guarani, tugrik, cedi, cent
    // Punctuation.
    case percent, permille, hyphen, dash, slash, caret, less, greater, equals, plus, comma, period,
         colonMark, semicolon, openParen, closeParen, openBracket, closeBracket, quote, apostrophe,
         question, exclamation, tilde, ampersand, at, hash, star, times

    /// The ISO code a currency sign stands for on its own, when one does.
    public var currencyCode: String? {
        switch self {
        case .dollar: return "USD"
        case .euro: return "EUR"
        case .pound: return "GBP"
        case .yen: return "JPY"
        case .ruble: return "RUB"
        case .manat: return "AZN"
        case .lira: return "TRY"
        case .rupee: return "INR"
        case .tenge: return "KZT"
        case .lari: return "GEL"
        case .dram: return "AMD"
        case .colon: return "CRC"
        case .kip: return "LAK"
        case .yuanSign: return "CNY"
        case .tamilRupee: return "LKR"
        case .won: return "KRW"
        case .shekel: return "ILS"
        case .naira: return "NGN"
        case .hryvnia: return "UAH"
        case .peso: return "PHP"
        case .dong: return "VND"
        case .baht: return "THB"
        case .guarani: return "PYG"
        case .tugrik: return "MNT"
        case .cedi: return "GHS"
        default: return nil
        }
    }

    /// True for signs that denote money (including ₿ and ¢, which have no ISO code).
    public var isCurrency: Bool {
        rawValue >= Symbol.dollar.rawValue && rawValue <= Symbol.cent.rawValue
    }

    /// The name used when a currency sign has no ISO code.
    public var currencyName: String? {
        switch self {
        case .bitcoin: return "bitcoin"
        case .cent: return "cent"
        default: return nil
        }
    }

    /// Hyphen-like: `-`, en dash, em dash, minus sign.
    public var isDashLike: Bool { self == .hyphen || self == .dash }

    static func ascii(_ byte: UInt8) -> Symbol {
        switch byte {
        case UInt8(ascii: "$"): return .dollar
        case UInt8(ascii: "%"): return .percent
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "/"): return .slash
        case UInt8(ascii: "^"): return .caret
        case UInt8(ascii: "<"): return .less
        case UInt8(ascii: ">"): return .greater
        case UInt8(ascii: "="): return .equals
        case UInt8(ascii: "+"): return .plus
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: ":"): return .colonMark
        case UInt8(ascii: ";"): return .semicolon
        case UInt8(ascii: "("): return .openParen
        case UInt8(ascii: ")"): return .closeParen
        case UInt8(ascii: "["), UInt8(ascii: "{"): return .openBracket
        case UInt8(ascii: "]"), UInt8(ascii: "}"): return .closeBracket
        case UInt8(ascii: "\""), UInt8(ascii: "`"): return .quote
        case UInt8(ascii: "'"): return .apostrophe
        case UInt8(ascii: "?"): return .question
        case UInt8(ascii: "!"): return .exclamation
        case UInt8(ascii: "~"): return .tilde
        case UInt8(ascii: "&"): return .ampersand
        case UInt8(ascii: "@"): return .at
        case UInt8(ascii: "#"): return .hash
        case UInt8(ascii: "*"): return .star
        default: return .other
        }
    }

    /// Non-ASCII scalars that are symbols rather than letters.
    static func unicode(_ scalar: UInt32) -> Symbol? {
        switch scalar {
        case 0x20AC: return .euro
        case 0x00A3: return .pound
        case 0x00A5, 0xFFE5: return .yen
        case 0x20BD: return .ruble
        case 0x20BC: return .manat
        case 0x20BA: return .lira
        case 0x20B9, 0x20A8: return .rupee
        case 0x20B8: return .tenge
        case 0x20BE: return .lari
        case 0x058F: return .dram
        case 0x20A1: return .colon
        case 0x20AD: return .kip
        case 0x20BF: return .bitcoin
        case 0x5143, 0x5706: return .yuanSign
        case 0x20A9: return .won
        case 0x20AA: return .shekel
        case 0x20A6: return .naira
        case 0x20B4: return .hryvnia
        case 0x20B1: return .peso
        case 0x20AB: return .dong
        case 0x0E3F: return .baht
        case 0x20B2: return .guarani
        case 0x20AE: return .tugrik
        case 0x20B5: return .cedi
        case 0x00A2: return .cent
        case 0x2010, 0x2011: return .hyphen
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return .dash
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return .apostrophe
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return .quote
        case 0x2030: return .permille
        case 0x00D7: return .times
        case 0x2264, 0x2265, 0x2248, 0x2026, 0x2022, 0x00B7, 0x00A7, 0x00B6, 0x00A9, 0x00AE, 0x2122,
             0x21BA, 0x21BB, 0x2190...0x21FF, 0x2500...0x27FF, 0x2600...0x26FF, 0x00B0:
            return .other
        default: return nil
        }
    }
}
