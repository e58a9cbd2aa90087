import FiguresCore

/// A quantity in a sentence that may be an indicator figure, with what the rules decided about it.
struct Candidate {
    var quantity: Quantity
    /// Token range of the quantity.
    var tokens: Range<Int>
    var indicator: Indicator?
    /// The token that names the indicator ("investments", "exports", "enterprises").
    var keyword: Int?
    var from: CountryCode?
    var to: CountryCode?
    var sector: String?
    var period: Period?
    /// The period is a fiscal year, to be read in the fiscal calendar of a party (``FiscalYear``).
    var fiscal: FiscalYear.Mark?
    /// The first months of that fiscal year only (``PeriodMention/fiscalMonths``).
    var fiscalMonths: Int?
    var status: FigureStatus = .reported
    /// The stretch of the sentence that belongs to this amount: from the end of the previous
    /// amount to the start of the next one (or a reporting verb such as "said").
    var window: Range<Int> = 0..<0
}
