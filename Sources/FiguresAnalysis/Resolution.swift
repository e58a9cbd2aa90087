import FiguresCore

/// Several reports of one series and period resolved to one value.
///
/// Precedence: reported before target; then exact over approximate over range over one-sided
/// bounds; among equals, the latest vintage (publication date), then the latest document name.
/// Two point values (exact or approximate) conflict when they are more than 2 % apart (relative
/// to the larger); any other pair conflicts when their intervals are disjoint.
///
/// Immutable and shared: a series' changes each hold two points, so a point is one reference
/// rather than a copy of its reports (a copy cost a few hundred bytes and a reference count
/// per report).
public final class ResolvedPoint: Sendable {
    public let period: Period?
    /// The report chosen by the precedence.
    public let chosen: Observation
    /// Every report of this period, the chosen one first.
    public var reports: [Observation] { [chosen] + others }
    /// The reports other than the chosen one, in order of precedence (none, and no array, for
    /// the common single report).
    public let others: [Observation]
    /// The number of reports of this period.
    public var reportCount: Int { others.count + 1 }
    /// Reports that cannot be true together with the chosen one, each paired with it.
    public let conflicts: [(Observation, Observation)]

    public var interval: Interval { Interval(chosen) }

    static func rank(_ bound: Bound) -> Int {
        switch bound {
        case .exact: return 0
        case .approx: return 1
        case .range: return 2
        case .lower, .upper: return 3
        }
    }

    /// True when `a` should be preferred over `b`.
    static func precedes(_ a: Observation, _ b: Observation) -> Bool {
        if a.status != b.status { return a.status == .reported }
        if rank(a.bound) != rank(b.bound) { return rank(a.bound) < rank(b.bound) }
        let da = a.provenance.published, db = b.provenance.published
        if da != db {
            guard let da else { return false }
            guard let db else { return true }
            return da > db
        }
        return a.provenance.doc > b.provenance.doc
    }

    /// True when two reports cannot both be true.
    public static func conflict(_ a: Observation, _ b: Observation) -> Bool {
        let ia = Interval(a), ib = Interval(b)
        // Two point values (exact or approximate) may differ by rounding or revision: only more
        // than 2 % apart is a conflict. Otherwise the intervals must overlap.
        guard ia.isPoint, ib.isPoint else { return ia.isDisjoint(from: ib) }
        guard let x = a.value, let y = b.value, x != y else { return false }
        let larger = max(x.magnitude, y.magnitude)
        guard !larger.isZero, let difference = x.subtracting(y)?.magnitude,
              let relative = difference.divided(by: larger) else { return false }
        return relative > ExactDecimal(significand: 2, exponent: -2)
    }

    /// Resolves the reports of one period (at least one).
    public convenience init(period: Period?, reports: [Observation]) {
        self.init(period: period, reports: reports[...])
    }

    /// The one report of a period (the common case): nothing to order, nothing to conflict with.
    public init(period: Period?, report: Observation) {
        self.period = period
        chosen = report
        others = []
        conflicts = []
    }

    /// Resolves the reports of one period (at least one).
    public init(period: Period?, reports: ArraySlice<Observation>) {
        self.period = period
        guard reports.count > 1 else {
            chosen = reports[reports.startIndex]
            others = []
            conflicts = []
            return
        }
        // The indices are sorted, not the reports: moving a report copies it and its references.
        let order = reports.indices.sorted { Self.precedes(reports[$0], reports[$1]) }
        let chosen = reports[order[0]]
        self.chosen = chosen
        self.others = order.dropFirst().map { reports[$0] }
        // Each report is checked against the chosen one (linear in the number of reports).
        self.conflicts = others.filter { Self.conflict(chosen, $0) }.map { (chosen, $0) }
    }
}
