import FiguresCore

/// A number read from one or more tokens: digits, words, scales and fractions.
struct NumberExpression {
    var value: ExactDecimal
    /// Token range `[start, end)`.
    var start: Int
    var end: Int
    var kind: QuantityKind = .number
    /// The power of ten of the scale applied ("billion" = 9), if any; a range shares it.
    var scaleExponent: Int?
    /// A single integer literal with no scale, sign or words ("2021", "1270").
    var isBareInteger: Bool = false
    /// Year-like: a bare four-digit integer between 1800 and 2199.
    var isYearLike: Bool = false
    /// An ISO code glued to the digits ("115USD").
    var gluedCurrency: CurrencyCode?
    /// The number was a lone "one", which is often a pronoun.
    var isLoneOne: Bool = false
}

/// The cardinal part of a spelled or mixed number, before fractions and ordinals.
struct Cardinal {
    enum Last { case none, article, literal, decimalLiteral, unit, teen, tens, tensUnit, hundred, scale }
    var total = ExactDecimal.zero
    var group = ExactDecimal.zero
    var last = Last.none
    var lastScale = Int.max
    var end: Int
    var sawScale = false
    var scaleExponent: Int?
    var sawWords = false
    var tokens = 0
    var gluedCurrency: CurrencyCode?

    var value: ExactDecimal? { total.adding(group) }
}
