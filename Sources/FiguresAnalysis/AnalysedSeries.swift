import FiguresCore

/// A series with its reports resolved per period, the changes between periods of the same
/// kind, and growth over its span.
public struct AnalysedSeries: Sendable {
    public var key: SeriesKey
    /// Reported values, one per period, in period order (reports with no period come last).
    public var points: [ResolvedPoint]
    /// Goals and forecasts, kept apart from reported values.
    public var targets: [ResolvedPoint]
    /// From each point to the previous point of the same kind.
    public var changes: [Change]
    /// Compound annual growth from the first to the last point of the series' main kind.
    public var growth: GrowthRate?
    /// Distinct documents behind the series.
    public var sources: Int
    /// Observations whose unit was assumed from the series (the text gave none).
    public var assumedUnits: Int

    public var conflicts: [(Observation, Observation)] { (points + targets).flatMap(\.conflicts) }
    public var latest: ResolvedPoint? { points.last { $0.period != nil } ?? points.last }

    /// The change that ends at `point`, if any.
    public func change(to point: ResolvedPoint) -> Change? {
        changes.first { $0.to.period == point.period && $0.to.chosen == point.chosen }
    }
}

/// Turns stored observations into analysed series.
public enum SeriesAnalysis {
    /// Groups observations by series, assumes the unit of unit-less reports from their only
    /// sibling series with a unit (same indicator, parties, sector and measure), resolves each
    /// period and computes changes and growth.
    public static func analyse(_ observations: [Observation], filter: SeriesFilter = SeriesFilter()) -> [AnalysedSeries] {
        var groups: [SeriesKey: [Observation]] = [:]
        // Observations usually arrive grouped by series (the store sorts them): gather each run
        // and hash its key once.
        var run: [Observation] = []
        for o in observations {
            if let first = run.first, first.series != o.series {
                groups[first.series, default: []].append(contentsOf: run)
                run.removeAll(keepingCapacity: true)
            }
            run.append(o)
        }
        if let first = run.first { groups[first.series, default: []].append(contentsOf: run) }
        // Unit-less series join their only sibling with a unit.
        for key in groups.keys where key.unit == nil {
            let siblings = groups.keys.filter { $0.unit != nil && $0.with(unit: nil) == key }
            guard siblings.count == 1, let target = siblings.first, let moved = groups.removeValue(forKey: key) else { continue }
            groups[target, default: []].append(contentsOf: moved.map { o in
                var copy = o
                copy.series = target
                copy.unitAssumed = true
                return copy
            })
        }
        // Sort the keys, not the analysed series: moving large values is what costs.
        let keys = groups.keys.filter(filter.accepts).map { ($0.description, $0) }.sorted { $0.0 < $1.0 }
        return keys.compactMap { _, key -> AnalysedSeries? in
            let kept = groups[key]!.filter { filter.accepts($0.period) }
            guard !kept.isEmpty else { return nil }
            return analyse(key: key, observations: kept)
        }
    }

    static func analyse(key: SeriesKey, observations: [Observation]) -> AnalysedSeries {
        func resolve(_ list: [Observation]) -> [ResolvedPoint] {
            var byPeriod: [Period?: [Observation]] = [:]
            for o in list { byPeriod[o.period, default: []].append(o) }
            return byPeriod.map { ResolvedPoint(period: $0.key, reports: $0.value) }.sorted { a, b in
                switch (a.period, b.period) {
                case let (x?, y?): return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                case (nil, nil): return false
                }
            }
        }
        let points = resolve(observations.filter { $0.status == .reported })
        let targets = resolve(observations.filter { $0.status == .target })
        var changes: [Change] = []
        var lastOfKind: [PeriodKind: ResolvedPoint] = [:]
        var kindCounts: [PeriodKind: Int] = [:]
        for point in points {
            guard let period = point.period else { continue }
            let kind = PeriodKind(period)
            kindCounts[kind, default: 0] += 1
            if let previous = lastOfKind[kind] { changes.append(Change(from: previous, to: point)) }
            lastOfKind[kind] = point
        }
        var growth: GrowthRate?
        if let (mainKind, count) = kindCounts.max(by: { $0.value < $1.value }), count >= 2 {
            let ofKind = points.filter { $0.period.map(PeriodKind.init) == mainKind }
            if let first = ofKind.first, let last = ofKind.last { growth = GrowthRate(from: first, to: last) }
        }
        return AnalysedSeries(key: key, points: points, targets: targets, changes: changes, growth: growth,
                              sources: Set(observations.map(\.provenance.contentHash)).count,
                              assumedUnits: observations.filter(\.unitAssumed).count)
    }
}
