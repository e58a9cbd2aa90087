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
    public let reports: [Observation]
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
    public init(period: Period?, reports: [Observation]) {
        self.period = period
        guard reports.count > 1 else {
            // One report (the common case): nothing to order, nothing to conflict with.
            chosen = reports[0]
            self.reports = reports
            conflicts = []
            return
        }
        // The indices are sorted, not the reports: moving a report copies it and its references.
        let sorted = reports.indices.sorted { Self.precedes(reports[$0], reports[$1]) }.map { reports[$0] }
        self.chosen = sorted[0]
        self.reports = sorted
        // Each report is checked against the chosen one (linear in the number of reports).
        self.conflicts = sorted.dropFirst().filter { Self.conflict(sorted[0], $0) }.map { (sorted[0], $0) }
    }
}
