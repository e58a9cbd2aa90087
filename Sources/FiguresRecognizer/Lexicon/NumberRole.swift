import FiguresCore

/// What a word contributes to a spelled-out number.
enum NumberRole: Equatable, Sendable {
    /// zero … nineteen.
    case unit(Int)
    /// twenty … ninety.
    case tens(Int)
    case hundred
    /// A power-of-ten scale: thousand (3), lakh (5), million (6), crore (7), billion (9), trillion (12).
    case scale(Int)
    /// An abbreviated scale written apart from the digits ("bn", "mln", "k", "M"); only after digits.
    case scaleAbbreviation(Int)
    /// dozen (12).
    case dozen
    /// first … nineteenth, twentieth … ninetieth; `plural` for fraction denominators ("fifths").
    case ordinal(Int, plural: Bool)
    /// hundredth (2), thousandth (3), millionth (6) …
    case ordinalScale(Int, plural: Bool)
    case half(plural: Bool)
    case quarter(plural: Bool)
    case article

    static let table: [NumberRole?] = {
        var roles = [NumberRole?](repeating: nil, count: Word.allCases.count)
        func set(_ word: Word, _ role: NumberRole) { roles[Int(word.rawValue)] = role }
        let units: [Word] = [.zero, .one, .two, .three, .four, .five, .six, .seven, .eight, .nine, .ten, .eleven, .twelve,
                             .thirteen, .fourteen, .fifteen, .sixteen, .seventeen, .eighteen, .nineteen]
        for (value, word) in units.enumerated() { set(word, .unit(value)) }
        set(.nought, .unit(0)); set(.naught, .unit(0)); set(.nil_, .unit(0))
        let tens: [Word] = [.twenty, .thirty, .forty, .fifty, .sixty, .seventy, .eighty, .ninety]
        for (index, word) in tens.enumerated() { set(word, .tens((index + 2) * 10)) }
        set(.fourty, .tens(40))
        set(.hundred, .hundred); set(.hundreds, .hundred)
        for (words, exponent) in [([Word.thousand, .thousands], 3), ([.million, .millions], 6), ([.billion, .billions], 9),
                                  ([.trillion, .trillions], 12), ([.quadrillion], 15), ([.lakh, .lakhs, .lac], 5),
                                  ([.crore, .crores], 7)] {
            for word in words { set(word, .scale(exponent)) }
        }
        for (words, exponent) in [([Word.k], 3), ([.m, .mn, .mln, .mil, .mio, .mm], 6), ([.bn, .bln, .bil, .b, .g], 9),
                                  ([.tn, .tln, .trn, .tril], 12)] {
            for word in words { set(word, .scaleAbbreviation(exponent)) }
        }
        for word in [Word.dozen, .dozens, .dz, .dzs, .doz, .dozs] { set(word, .dozen) }
        let ordinals: [Word] = [.first, .second, .third, .fourth, .fifth, .sixth, .seventh, .eighth, .ninth, .tenth,
                                .eleventh, .twelfth, .thirteenth, .fourteenth, .fifteenth, .sixteenth, .seventeenth,
                                .eighteenth, .nineteenth]
        for (index, word) in ordinals.enumerated() { set(word, .ordinal(index + 1, plural: false)) }
        set(.nineth, .ordinal(9, plural: false))
        let plurals: [Word] = [.firsts, .seconds, .thirds, .fourths, .fifths, .sixths, .sevenths, .eighths, .ninths, .tenths,
                               .elevenths, .twelfths, .thirteenths, .fourteenths, .fifteenths, .sixteenths, .seventeenths,
                               .eighteenths, .nineteenths]
        for (index, word) in plurals.enumerated() { set(word, .ordinal(index + 1, plural: true)) }
        let tensOrdinals: [Word] = [.twentieth, .thirtieth, .fortieth, .fiftieth, .sixtieth, .seventieth, .eightieth, .ninetieth]
        for (index, word) in tensOrdinals.enumerated() { set(word, .ordinal((index + 2) * 10, plural: false)) }
        let tensPlurals: [Word] = [.twentieths, .thirtieths, .fortieths, .fiftieths, .sixtieths, .seventieths, .eightieths, .ninetieths]
        for (index, word) in tensPlurals.enumerated() { set(word, .ordinal((index + 2) * 10, plural: true)) }
        for (word, exponent, plural) in [(Word.hundredth, 2, false), (.thousandth, 3, false), (.millionth, 6, false),
                                         (.billionth, 9, false), (.trillionth, 12, false), (.hundredths, 2, true),
                                         (.thousandths, 3, true), (.millionths, 6, true), (.billionths, 9, true),
                                         (.trillionths, 12, true)] {
            set(word, .ordinalScale(exponent, plural: plural))
        }
        set(.half, .half(plural: false)); set(.halves, .half(plural: true))
        set(.quarter, .quarter(plural: false)); set(.quarters, .quarter(plural: true))
        set(.a, .article); set(.an, .article)
        return roles
    }()

    @inline(__always)
    static func of(_ token: Token) -> NumberRole? {
        guard token.kind == .word, token.word != 0 else { return nil }
        return table[Int(token.word)]
    }
}
