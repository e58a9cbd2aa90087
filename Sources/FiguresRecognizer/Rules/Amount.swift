import FiguresCore

/// A number with its unit, before bounds and ranges are applied.
struct Amount {
    var number: NumberExpression
    var kind: QuantityKind
    var unit: QuantityUnit?
    var unitName: ShortText?
    /// Token range, currency signs and unit words included.
    var start: Int
    var end: Int
    var hasCurrencyBefore = false
    var value: ExactDecimal { number.value }

    /// A bare year ("2021") with nothing that makes it an amount.
    var isYear: Bool { kind == .number && number.isYearLike && unit == nil }
}
