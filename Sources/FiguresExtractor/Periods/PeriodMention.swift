import FiguresCore

/// A period named in a sentence, or a cue that the figure is annual.
struct PeriodMention {
    /// Token range `[start, end)`.
    var start: Int
    var end: Int
    /// `nil` for an annual cue ("a year", "annual").
    var period: Period?
    /// "by 2025", "by the end of 2025": the year a target is set for.
    var targetYear: Int?
    /// A fiscal year ("FY24", "fiscal 2020-21"): read as the months of a country's fiscal year
    /// once the figure's parties are known (see ``FiscalYear``).
    var fiscal: FiscalYear.Mark?
    /// "the first 11 months of the 2023-24 fiscal year": how many months from the fiscal year's
    /// start the period covers (nil: the whole year).
    var fiscalMonths: Int?
    var isAnnual: Bool { period == nil }
}
