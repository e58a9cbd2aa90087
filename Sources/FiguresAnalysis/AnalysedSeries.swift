import FiguresCore
import Foundation

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

    public var conflicts: [(Observation, Observation)] {
        var all: [(Observation, Observation)] = []
        for point in points where !point.conflicts.isEmpty { all += point.conflicts }
        for point in targets where !point.conflicts.isEmpty { all += point.conflicts }
        return all
    }
    /// The number of ``conflicts``, without pairing them up.
    public var conflictCount: Int {
        points.reduce(0) { $0 + $1.conflicts.count } + targets.reduce(0) { $0 + $1.conflicts.count }
    }
    public var latest: ResolvedPoint? { points.last { $0.period != nil } ?? points.last }

    /// The change that ends at `point`, if any.
    public func change(to point: ResolvedPoint) -> Change? {
        changes.first { $0.to.period == point.period && $0.to.chosen == point.chosen }
    }
}

/// Which stored series make up one analysed series: its own observations, and those of a
/// unit-less sibling whose unit is assumed to be this one's.
public struct SeriesPlan: Sendable {
    public var key: SeriesKey
    /// Indices into the key list given to ``SeriesAnalysis/plan(_:filter:)``, with whether their unit is assumed.
    public var members: [(index: Int, unitAssumed: Bool)]
}

/// Turns stored observations into analysed series.
public enum SeriesAnalysis {
    /// Plans the analysed series of `keys` (every series that has observations): a unit-less
    /// series joins its only sibling with a unit (same indicator, parties, sector and measure);
    /// series `filter` rejects are left out; the plans are in key order.
    public static func plan(_ keys: [SeriesKey], filter: SeriesFilter = SeriesFilter()) -> [SeriesPlan] {
        // Plans by key (equal keys share one), and the keys with a unit by their unit-less form.
        var planOf: [SeriesKey: Int] = [:]
        planOf.reserveCapacity(keys.count)
        var plans: [SeriesPlan] = []
        var withUnit: [SeriesKey: (first: Int, count: Int)] = [:]
        for (index, key) in keys.enumerated() {
            if let known = planOf[key] {
                plans[known].members.append((index, false))
                continue
            }
            planOf[key] = plans.count
            plans.append(SeriesPlan(key: key, members: [(index, false)]))
            if key.unit != nil {
                let bare = key.with(unit: nil)
                if let seen = withUnit[bare] { withUnit[bare] = (seen.first, seen.count + 1) } else { withUnit[bare] = (plans.count - 1, 1) }
            }
        }
        var moved = [Bool](repeating: false, count: plans.count)
        for n in plans.indices where plans[n].key.unit == nil {
            guard let sibling = withUnit[plans[n].key], sibling.count == 1 else { continue }
            plans[sibling.first].members.append(contentsOf: plans[n].members.map { ($0.index, true) })
            moved[n] = true
        }
        // Sort indices by name, not the plans: moving values is what costs.
        let kept = plans.indices.filter { !moved[$0] && filter.accepts(plans[$0].key) }
        return SortNames(kept.map { plans[$0].key.description }).order().map { plans[kept[$0]] }
    }

    /// Names sorted in `String` order, comparing bytes where that is the same thing.
    ///
    /// The names' UTF-8 bytes are laid end to end in one array and the sort moves only indices:
    /// sorting the names themselves moved strings (two reference counts a move) and compared
    /// them through `String`'s Unicode-aware comparison. Bytes decide only when both names are
    /// ASCII, whose `String` order is their byte order (a name before any longer name it
    /// begins); otherwise the names are compared as strings. Equal names keep their order.
    struct SortNames {
        let names: [String]
        private var bytes: [UInt8] = []
        private var spans: [(start: Int, count: Int, ascii: Bool)] = []

        init(_ names: [String]) {
            self.names = names
            spans.reserveCapacity(names.count)
            for name in names {
                let start = bytes.count
                bytes.append(contentsOf: name.utf8)
                spans.append((start, bytes.count - start, !bytes[start...].contains { $0 >= 0x80 }))
            }
        }

        /// The names' indices in sorted order.
        func order() -> [Int] {
            var order = Array(names.indices)
            bytes.withUnsafeBufferPointer { bytes in
                let base = bytes.baseAddress
                order.sort { a, b in
                    let x = spans[a], y = spans[b]
                    guard x.ascii && y.ascii, let base else {
                        return names[a] != names[b] ? names[a] < names[b] : a < b
                    }
                    let common = min(x.count, y.count)
                    if common > 0 {
                        let order = memcmp(base + x.start, base + y.start, common)
                        if order != 0 { return order < 0 }
                    }
                    return x.count != y.count ? x.count < y.count : a < b
                }
            }
            return order
        }
    }

    /// Groups observations by series, assumes the unit of unit-less reports from their only
    /// sibling series with a unit (see ``plan(_:filter:)``), resolves each period and computes
    /// changes and growth.
    public static func analyse(_ observations: [Observation], filter: SeriesFilter = SeriesFilter()) -> [AnalysedSeries] {
        var keys: [SeriesKey] = []
        var indices: [SeriesKey: Int] = [:]
        var groups: [[Observation]] = []
        for o in observations {
            if keys.last != o.series {
                if let known = indices[o.series] {
                    groups[known].append(o)
                    continue
                }
                indices[o.series] = keys.count
                keys.append(o.series)
                groups.append([])
            }
            groups[groups.count - 1].append(o)
        }
        return plan(keys, filter: filter).compactMap { plan in
            analyse(plan, filter: filter) { index, key, assumed in
                groups[index].map { o in
                    var copy = o
                    copy.series = key
                    copy.unitAssumed = copy.unitAssumed || assumed
                    return copy
                }
            }
        }
    }

    /// Analyses one planned series; `observations(index, key, unitAssumed)` gives the
    /// observations of one member as members of `key`. Nil when `filter` keeps none of its periods.
    public static func analyse(_ plan: SeriesPlan, filter: SeriesFilter,
                               observations: (Int, SeriesKey, Bool) -> [Observation]) -> AnalysedSeries? {
        var kept: [Observation] = []
        for member in plan.members {
            let all = observations(member.index, plan.key, member.unitAssumed)
            if filter.keepsEveryPeriod && kept.isEmpty {
                kept = all  // the common case, one member and no period filter: no copy
            } else {
                kept += all.filter { filter.accepts($0.period) }
            }
        }
        guard !kept.isEmpty else { return nil }
        return analyse(key: plan.key, observations: kept)
    }

    static func analyse(key: SeriesKey, observations: [Observation]) -> AnalysedSeries {
        /// The reports at `indices` grouped by period, in period order (no period last). The
        /// sort is stable, so each period's reports keep their order.
        func resolve(_ indices: [Int]) -> [ResolvedPoint] {
            let sorted = indices.sorted { i, j in
                switch (observations[i].period, observations[j].period) {
                case let (x?, y?): return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                case (nil, nil): return false
                }
            }
            var points: [ResolvedPoint] = []
            points.reserveCapacity(sorted.count)
            var start = 0
            while start < sorted.count {
                let period = observations[sorted[start]].period
                var end = start + 1
                while end < sorted.count && observations[sorted[end]].period == period { end += 1 }
                if end == start + 1 {
                    points.append(ResolvedPoint(period: period, report: observations[sorted[start]]))
                } else {
                    points.append(ResolvedPoint(period: period, reports: sorted[start..<end].map { observations[$0] }))
                }
                start = end
            }
            return points
        }
        var reported: [Int] = [], planned: [Int] = []
        reported.reserveCapacity(observations.count)
        var assumedUnits = 0
        // By index: each observation's fields are read in place rather than copied out.
        for i in observations.indices {
            let status = observations[i].status
            if status == .reported { reported.append(i) } else if status == .target { planned.append(i) }
            if observations[i].unitAssumed { assumedUnits += 1 }
        }
        let points = resolve(reported)
        let targets = resolve(planned)
        // A change holds both its points: room for one per point, so the list never regrows
        // (each regrowth copied every change made so far).
        var changes: [Change] = []
        changes.reserveCapacity(points.count)
        // Per kind of period, in the order kinds first appear (so ties go to the earliest kind):
        // how many points, and the index of the last one. A series has few kinds: a list will do.
        var kinds: [(kind: PeriodKind, count: Int, last: Int)] = []
        for (index, point) in points.enumerated() {
            guard let period = point.period else { continue }
            let kind = PeriodKind(period)
            if let k = kinds.firstIndex(where: { $0.kind == kind }) {
                changes.append(Change(from: points[kinds[k].last], to: point))
                kinds[k].count += 1
                kinds[k].last = index
            } else {
                kinds.append((kind, 1, index))
            }
        }
        var growth: GrowthRate?
        // The main kind has the most points; among equals, the one that appears first.
        if let main = kinds.reduce(nil, { (best: (kind: PeriodKind, count: Int, last: Int)?, next) in
            best.map { $0.count >= next.count ? $0 : next } ?? next
        }), main.count >= 2,
           let first = points.firstIndex(where: { $0.period.map(PeriodKind.init) == main.kind }) {
            growth = GrowthRate(from: points[first], to: points[main.last])
        }
        return AnalysedSeries(key: key, points: points, targets: targets, changes: changes, growth: growth,
                              sources: distinctCount(observations.indices.lazy.map { observations[$0].provenance.contentHash }),
                              assumedUnits: assumedUnits)
    }

    /// The number of distinct strings in `texts`. Each text is reduced to a cheap digest (its
    /// length and first eight bytes); the full texts are compared only when digests are equal.
    /// When they are few, digests are compared pairwise; when many, kept in a dictionary, so a
    /// text is hashed as one integer rather than byte by byte, as long as texts with equal
    /// digests are equal: at the first two that differ, all of them are counted by full hashing.
    /// A text that is not ASCII has no digest, and then all are counted by full hashing too.
    static func distinctCount<Texts: Collection<String>>(_ texts: Texts) -> Int {
        guard texts.count > 16 else {
            var seen: [(digest: UInt64, text: String)] = []
            seen.reserveCapacity(texts.count)
            for text in texts {
                guard let digest = digest(text) else { return Set(texts).count }
                if !seen.contains(where: { $0.digest == digest && $0.text == text }) { seen.append((digest, text)) }
            }
            return seen.count
        }
        var byDigest: [UInt64: String] = [:]
        byDigest.reserveCapacity(texts.count)
        for text in texts {
            guard let digest = digest(text) else { return Set(texts).count }
            if let known = byDigest[digest] {
                if known != text { return Set(texts).count }
            } else {
                byDigest[digest] = text
            }
        }
        return byDigest.count
    }

    /// A text's length and first eight bytes in one integer. Equal texts have equal digests;
    /// texts that differ may share one. Nil unless the text is ASCII (strings that differ in bytes
    /// but are canonically equivalent, "é" and "e\u{301}", are equal `String`s) and its bytes are
    /// stored contiguously.
    static func digest(_ text: String) -> UInt64? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
            let count = bytes.count
            // Any byte with its high bit set, eight bytes at a time.
            var high: UInt64 = 0
            var at = 0
            while at + 8 <= count {
                high |= base.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                at += 8
            }
            while at < count {
                high |= UInt64(base.load(fromByteOffset: at, as: UInt8.self))
                at += 1
            }
            guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
            var prefix: UInt64 = 0
            for i in 0..<min(8, count) { prefix |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << (8 * UInt64(i)) }
            return prefix &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        } ?? nil
    }
}
