import FiguresCore

/// One line of `figures series`: a series and what the store knows of it.
public struct SeriesSummary: Sendable, Equatable {
    public var key: SeriesKey
    public var observations: Int
    public var documents: Int
    public var firstPeriod: Period?
    public var lastPeriod: Period?
}
