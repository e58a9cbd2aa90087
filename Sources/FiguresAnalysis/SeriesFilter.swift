import FiguresCore

/// Which series and periods a report covers: `--indicator`, `--between A B`, `--from`, `--to`,
/// `--sector`, `--unit`, `--since`, `--until`.
public struct SeriesFilter: Sendable {
    public var indicator: Indicator?
    public var between: (CountryCode, CountryCode)?
    public var from: CountryCode?
    public var to: CountryCode?
    public var sector: String?
    public var unit: String?
    public var since: Period?
    public var until: Period?

    public init() {}

    public func accepts(_ key: SeriesKey) -> Bool {
        if let indicator, key.indicator != indicator { return false }
        if let (a, b) = between {
            let parties = Set([key.from, key.to].compactMap { $0 })
            guard parties == Set([a, b]) else { return false }
        }
        if let from, key.from != from { return false }
        if let to, key.to != to { return false }
        if let sector, key.sector != sector { return false }
        if let unit, key.unit?.code != unit { return false }
        return true
    }

    /// True when no `--since`/`--until` is given: every period, and no period, is kept.
    public var keepsEveryPeriod: Bool { since == nil && until == nil }

    /// A period is kept when it starts on or after `since` starts and ends on or before `until` ends.
    public func accepts(_ period: Period?) -> Bool {
        guard !keepsEveryPeriod else { return true }
        guard let period else { return false }
        if let since, period.interval.0 < since.interval.0 { return false }
        if let until, until.interval.1 < period.interval.1 { return false }
        return true
    }
}
