/// What an amount found in text is.
public enum QuantityKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// An amount of a currency (or of a currency's subunit, with no unit code).
    case money
    /// A percentage (`15%`, `15 per cent`). Percentage points are `number` with unit `pp`.
    case percent
    /// A plain cardinal number, possibly with a scale ("1,270", "four billion").
    case number
    /// An ordinal ("3rd", "twenty-first").
    case ordinal
    /// A year, a span of years or a calendar date: never an amount.
    case date
}
