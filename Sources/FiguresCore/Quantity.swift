/// One amount found in a document: the recogniser's output, before any indicator is attached.
/// Trivially copyable (its texts are ``ShortText``): arrays of quantities copy and free as plain memory.
public struct Quantity: Hashable, Sendable {
    public var kind: QuantityKind
    /// The amount in base units ("$1.2 billion" is 1200000000); `nil` for a range, or for a date
    /// that is not a plain year.
    public var value: ExactDecimal?
    public var unit: QuantityUnit?
    public var bound: Bound
    /// The interval the text allows: `value` on both sides for exact/approx, the open side `nil`
    /// for lower/upper bounds, both ends for a range.
    public var low: ExactDecimal?
    public var high: ExactDecimal?
    /// UTF-8 byte offsets `[start, end)` of the whole expression, qualifier included.
    public var span: Range<Int>
    /// True when the bound came from words in the text ("more than", "equals", "or less"), so an
    /// `exact` bound was stated rather than assumed.
    public var qualified: Bool
    /// The currency's name when no ISO code fits (a subunit such as "cents", or "francs"), inline.
    public var unitNameText: ShortText?
    /// For dates: ISO 8601 text (`2021`, `2020-11-10`, `2023-03`, `2020/2021`, `--11-10`), inline.
    public var dateText: ShortText?

    /// The currency's name when no ISO code fits (a subunit such as "cents", or "francs").
    public var unitName: String? {
        get { unitNameText?.description }
        set { unitNameText = newValue.map(ShortText.init) }
    }

    /// For dates: ISO 8601 text (`2021`, `2020-11-10`, `2023-03`, `2020/2021`, `--11-10`).
    public var date: String? {
        get { dateText?.description }
        set { dateText = newValue.map(ShortText.init) }
    }

    public init(kind: QuantityKind, value: ExactDecimal?, unit: QuantityUnit? = nil, bound: Bound = .exact,
                low: ExactDecimal? = nil, high: ExactDecimal? = nil, span: Range<Int>, qualified: Bool = false,
                unitName: String? = nil, date: String? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.bound = bound
        self.low = low
        self.high = high
        self.span = span
        self.qualified = qualified
        self.unitNameText = unitName.map(ShortText.init)
        self.dateText = date.map(ShortText.init)
    }

    public init(kind: QuantityKind, value: ExactDecimal?, unit: QuantityUnit? = nil, bound: Bound = .exact,
                low: ExactDecimal? = nil, high: ExactDecimal? = nil, span: Range<Int>, qualified: Bool = false,
                unitNameText: ShortText?, dateText: ShortText? = nil) {
        self.init(kind: kind, value: value, unit: unit, bound: bound, low: low, high: high, span: span, qualified: qualified)
        self.unitNameText = unitNameText
        self.dateText = dateText
    }

    /// A single value with its interval derived from `bound`.
    public static func bounded(kind: QuantityKind, value: ExactDecimal, unit: QuantityUnit?, bound: Bound,
                               span: Range<Int>, qualified: Bool, unitNameText: ShortText? = nil) -> Quantity {
        var low: ExactDecimal? = value
        var high: ExactDecimal? = value
        switch bound {
        case .lower: high = nil
        case .upper: low = nil
        case .exact, .approx, .range: break
        }
        return Quantity(kind: kind, value: value, unit: unit, bound: bound, low: low, high: high,
                        span: span, qualified: qualified, unitNameText: unitNameText)
    }
}
