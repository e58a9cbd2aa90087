import FiguresCore

/// The observations of a store read in one sequential pass and kept compactly, grouped by
/// series: about 60 bytes per observation plus its words, instead of a full ``Observation`` with
/// its strings. Analyses materialise one series at a time (``observations(of:as:unitAssumed:)``),
/// so memory holds the compact table and one series, not a million values with their strings.
///
/// Reading in table order and grouping here (a counting sort by series) is what makes it fast:
/// ordering rows by series in SQL follows the index into the table and reads it at random.
public struct ObservationTable: Sendable {
    /// One stored observation; strings live in `arena`, periods and days are interned.
    struct Row: Sendable {
        var series: Int32
        var document: Int32
        var period: Int32
        var published: Int32
        var spanStart: Int32
        var spanEnd: Int32
        var bound: Bound
        var status: FigureStatus
        /// Where this row's five strings start in `arena`: value, low, high, text, sentence.
        var arenaStart: Int
        var lengths: (UInt32, UInt32, UInt32, UInt32, UInt32)
    }

    /// Every series with at least one observation, by dense index.
    public internal(set) var keys: [SeriesKey] = []
    var rows: [Row] = []
    /// Row indices grouped by series: the rows of series `s` are `order[starts[s]..<starts[s + 1]]`.
    var order: [Int32] = []
    var starts: [Int32] = [0]
    var arena: [UInt8] = []
    var periods: [Period] = []
    var days: [Day] = []
    var documents: [(doc: String, hash: String)] = []
    var periodRanks: [Int32] = []
    var dayRanks: [Int32] = []
    var documentRanks: [Int32] = []

    /// Number of observations of series `index`.
    public func count(of index: Int) -> Int { Int(starts[index + 1] - starts[index]) }

    /// The periods of series `index` (nil for observations with no period), in table order.
    public func periods(of index: Int) -> [Period?] {
        order[Int(starts[index])..<Int(starts[index + 1])].map { rows[Int($0)].period < 0 ? nil : periods[Int(rows[Int($0)].period)] }
    }

    /// Content hashes of the documents behind series `index`, one per observation.
    public func contentHashes(of index: Int) -> [String] {
        order[Int(starts[index])..<Int(starts[index + 1])].map { documents[Int(rows[Int($0)].document)].hash }
    }

    /// The observations of series `index` as full values, ordered by period (none first), then
    /// publication date (none first), document name and position. `key` replaces the series key
    /// (a unit-less series joining its sibling) and `unitAssumed` marks them so.
    public func observations(of index: Int, as key: SeriesKey? = nil, unitAssumed: Bool = false) -> [Observation] {
        let key = key ?? keys[index]
        // Sort row numbers by integer ranks (nil ranks first), packed in two integers: period and
        // date, then document and position. Ties keep table order (the row number decides).
        var keyed: [(UInt64, UInt64, Int32)] = order[Int(starts[index])..<Int(starts[index + 1])].map { r in
            let row = rows[Int(r)]
            let period = row.period < 0 ? 0 : UInt64(periodRanks[Int(row.period)]) + 1
            let day = row.published < 0 ? 0 : UInt64(dayRanks[Int(row.published)]) + 1
            let position = UInt64(UInt32(bitPattern: row.spanStart) ^ 0x8000_0000)  // signed order as unsigned
            return (period << 32 | day, UInt64(documentRanks[Int(row.document)]) << 32 | position, r)
        }
        keyed.sort { a, b in a.0 != b.0 ? a.0 < b.0 : a.1 != b.1 ? a.1 < b.1 : a.2 < b.2 }
        let sorted = keyed.lazy.map(\.2)
        var result: [Observation] = []
        result.reserveCapacity(sorted.count)
        arena.withUnsafeBufferPointer { arena in
            for r in sorted {
                let row = rows[Int(r)]
                var offset = row.arenaStart
                /// The next of the row's strings in the arena (nil when empty).
                func next(_ length: UInt32) -> UnsafeBufferPointer<UInt8>? {
                    defer { offset += Int(length) }
                    guard length > 0 else { return nil }
                    return UnsafeBufferPointer(rebasing: arena[offset..<offset + Int(length)])
                }
                let valueBytes = next(row.lengths.0)
                let value = valueBytes.flatMap { ExactDecimal(utf8: $0) }
                /// Low and high mostly repeat the value (exact and approximate figures): parsed only when they differ.
                func decimal(_ bytes: UnsafeBufferPointer<UInt8>?) -> ExactDecimal? {
                    guard let bytes else { return nil }
                    if let valueBytes, bytes.count == valueBytes.count,
                       (0..<bytes.count).allSatisfy({ bytes[$0] == valueBytes[$0] }) { return value }
                    return ExactDecimal(utf8: bytes)
                }
                let low = decimal(next(row.lengths.1))
                let high = decimal(next(row.lengths.2))
                let text = next(row.lengths.3).map { String(decoding: $0, as: UTF8.self) } ?? ""
                let sentence = next(row.lengths.4).map { String(decoding: $0, as: UTF8.self) } ?? ""
                let (doc, hash) = documents[Int(row.document)]
                let provenance = Provenance(doc: doc, contentHash: hash, published: row.published < 0 ? nil : days[Int(row.published)],
                                            text: text, span: Int(row.spanStart)..<Int(row.spanEnd), sentence: sentence)
                result.append(Observation(series: key, period: row.period < 0 ? nil : periods[Int(row.period)], value: value,
                                          bound: row.bound, low: low, high: high, status: row.status, provenance: provenance,
                                          unitAssumed: unitAssumed))
            }
        }
        return result
    }

    /// Ranks of `values` in sorted order (equal values share a rank).
    static func ranks<T>(_ values: [T], by less: (T, T) -> Bool) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: values.count)
        let sorted = values.indices.sorted { less(values[$0], values[$1]) }
        var rank: Int32 = 0
        for (n, i) in sorted.enumerated() {
            if n > 0 && less(values[sorted[n - 1]], values[i]) { rank += 1 }
            ranks[i] = rank
        }
        return ranks
    }

    /// Computes the ranks the ordering of ``observations(of:as:unitAssumed:)`` uses.
    mutating func rank() {
        periodRanks = Self.ranks(periods) { a, b in
            let (i, j) = (a.interval, b.interval)
            return i.0 != j.0 ? i.0 < j.0 : i.1 < j.1
        }
        dayRanks = Self.ranks(days, by: <)
        documentRanks = Self.ranks(documents.map(\.doc), by: <)
    }

    /// Every observation, series by series in key order.
    public func allObservations() -> [Observation] {
        keys.indices.sorted { keys[$0].description < keys[$1].description }.flatMap { observations(of: $0) }
    }
}
