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
    var isAnnual: Bool { period == nil }
}
