import FiguresCore

/// A number written with digits, as the lexer read it.
public struct NumericLiteral: Sendable {
    /// How the digits were written.
    public enum Form: UInt8, Sendable {
        case integer          // 1270, 0000
        case grouped          // 1,270 · 1 270 · 12,34,567
        case decimal          // 1.2 · .5 · 1,3 (decimal comma) · 1.111,11
        case fraction         // 3/4, 2 1/4, ½
        case scientific       // 1e10, 1.1^23, 1.3x10^6
        case isoDate          // 2022-04-16 (parts: year, month, day)
        case yearMonth        // 1995-01 (parts: year, month)
        case yearSpan         // 2019-20, 2020-2021 (parts: first year, last year)
        case slashDate        // 5/17/2018 (parts: year, month, day)
    }

    /// Letters glued to the end of the digits.
    public enum Suffix: Sendable, Equatable {
        case none
        /// A scale: `k` (3), `M`/`mn`/`mln`/`MM` (6), `bn`/`b`/`G` (9), `tn` (12).
        case scale(Int)
        /// A lower-case `m`: million after a currency sign ("$5m"), metres otherwise.
        case ambiguousMillion
        /// `st`, `nd`, `rd`, `th`.
        case ordinal
        /// `s` after a round year or two digits: "1990s", "90s".
        case decade
        /// An ISO currency code: "115USD".
        case currency(CurrencyCode)
        /// Any other letters ("180ml", "29km"): a measurement, not an amount.
        case unknown
    }

    /// `nil` when the digits do not fit (more than 38 significant digits).
    public var value: ExactDecimal?
    public var form: Form
    public var suffix: Suffix
    /// Byte offset where the digits (and signs) end and the suffix begins.
    public var digitsEnd: Int32
    /// Number of digits before any decimal mark or fraction slash.
    public var integerDigits: Int32
    /// The literal starts with `0` and has more than one integer digit ("0000", "01").
    public var leadingZero: Bool
    /// Date parts for date forms (year, month, day), or (first year, last year) for spans.
    public var parts: (Int32, Int16, Int16)

    /// True when the literal is a plain integer with no separators and no suffix.
    public var isBareInteger: Bool { form == .integer && suffix == .none }

    /// A plain four-digit integer between 1800 and 2199 with no suffix: a year unless context says otherwise.
    public var isYearLike: Bool {
        guard form == .integer, suffix == .none, integerDigits == 4, !leadingZero, let v = value?.intValue else { return false }
        return v >= 1800 && v <= 2199
    }
}
