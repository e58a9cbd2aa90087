/// One indicator figure extracted from one article, with its provenance: a row of
/// `figures extract` output and, once stored, one observation.
public struct Figure: Hashable, Sendable {
    public var indicator: Indicator
    public var value: ExactDecimal?
    public var unit: QuantityUnit?
    public var bound: Bound
    public var low: ExactDecimal?
    public var high: ExactDecimal?
    /// Investor, exporter or capital origin; for trade turnover the alphabetically first partner.
    public var from: CountryCode?
    /// Host economy or importer; for trade turnover the second partner.
    public var to: CountryCode?
    public var sector: String?
    public var period: Period?
    public var status: FigureStatus
    /// UTF-8 byte offsets `[start, end)` of the figure's words in the document.
    public var span: Range<Int>
    /// UTF-8 byte offsets of the sentence it stands in.
    public var sentence: Range<Int>

    public init(indicator: Indicator, value: ExactDecimal?, unit: QuantityUnit?, bound: Bound, low: ExactDecimal?,
                high: ExactDecimal?, from: CountryCode?, to: CountryCode?, sector: String?, period: Period?,
                status: FigureStatus, span: Range<Int>, sentence: Range<Int>) {
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.bound = bound
        self.low = low
        self.high = high
        self.from = from
        self.to = to
        self.sector = sector
        self.period = period
        self.status = status
        self.span = span
        self.sentence = sentence
    }
}
