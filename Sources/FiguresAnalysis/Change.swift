import FiguresCore
import Foundation

/// The change from one resolved period to the previous one of the same kind.
///
/// - `absolute = current − previous` in interval arithmetic (``Interval/minus(_:)``).
/// - `relative = current / previous − 1` (``Interval/relativeChange(from:)``); `nil` when the base
///   is zero, negative or unbounded below, where a percentage has no meaning.
/// - Bounds propagate: from exactly 2.9 billion to more than 4 billion is an absolute change of
///   at least +1.1 billion and a relative change of more than +37.9 % (`[0.3793…, +∞)`).
/// - `steps` is the gap in periods of that kind ("2021 → 2023" is 2), `nil` for stocks and spans.
///
/// `absolute` and `relative` are computed when read: a report reads them for one change per
/// series, and the exact division behind `relative` is the costly part.
public struct Change: Sendable {
    public var from: ResolvedPoint
    public var to: ResolvedPoint
    public var absolute: Interval? { to.interval.minus(from.interval) }
    public var relative: Interval? { to.interval.relativeChange(from: from.interval) }
    public var steps: Int?

    /// "2 years", "3 quarters": the gap, when it is more than one period.
    public var gap: String? {
        guard let steps, steps > 1, let period = to.period else { return nil }
        let unit: String
        switch PeriodKind(period) {
        case .year, .months, .years: unit = "years"
        case .half: unit = "halves"
        case .quarter: unit = "quarters"
        case .month: unit = "months"
        case .day: return nil
        }
        return "\(steps) \(unit)"
    }

    public init(from: ResolvedPoint, to: ResolvedPoint) {
        self.from = from
        self.to = to
        if let a = from.period, let b = to.period { steps = a.steps(until: b) }
    }
}

/// Compound annual growth between two resolved points: `(last / first)^(1 / years) − 1`, where
/// `years` is the time between the periods' starts.
///
/// The root is irrational in general, so it is computed in `Double` (the only place that does)
/// and reported to 4 significant digits; bounds propagate as for ``Change`` (low end from the
/// smallest last over the largest first). `nil` when the first value is not strictly positive,
/// the last is negative, or less than a month separates them.
public struct GrowthRate: Sendable {
    public var low: Double?
    public var high: Double?
    public var years: Double

    public init?(from first: ResolvedPoint, to last: ResolvedPoint) {
        guard let p1 = first.period, let p2 = last.period else { return nil }
        years = p1.years(until: p2)
        guard years >= 1.0 / 12 else { return nil }
        let a = first.interval, b = last.interval
        guard let aLow = a.low, aLow > .zero else { return nil }
        func rate(_ end: ExactDecimal?, _ start: ExactDecimal?) -> Double? {
            guard let end, let start, !end.isNegative, start > .zero else { return nil }
            return Foundation.pow(end.doubleValue / start.doubleValue, 1 / years) - 1
        }
        low = rate(b.low, a.high)
        high = rate(b.high, aLow)
        if low == nil && high == nil { return nil }
    }
}

