import Dispatch
import FiguresCore
import Synchronization

extension Store {
    /// Reads the observations (of one series, or all) into a compact table grouped by series, in
    /// sequential passes over the table. With `asOf`, only what had been published by that day
    /// (observations with no publication date are then left out). `sentences: false` leaves the
    /// sentences out (reports do not show them; they are the bulk of the data).
    ///
    /// Everything is read in one snapshot: another process ingesting meanwhile adds nothing to
    /// the table. With `jobs` > 1, a large store file is read in `jobs` ranges of row ids, each on
    /// its own thread and connection. Rows are never updated or deleted, and new rows get ids above
    /// every existing one, so the rows up to the snapshot's largest id are the same in every later
    /// snapshot: the parts together are exactly the snapshot's rows, in id order.
    public func observationTable(series: SeriesKey? = nil, asOf: Day? = nil, sentences: Bool = true,
                                 jobs: Int = 1, idsPerJob: Int64 = 50_000) throws(StoreError) -> ObservationTable {
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        var table = ObservationTable()
        // The first read fixes the snapshot.
        let bounds = try db.prepare("SELECT (SELECT min(id) FROM observations), (SELECT max(id) FROM observations)")
        _ = try bounds.step()
        let (first, last) = (bounds.int(0), bounds.int(1))
        // At least `idsPerJob` ids a part; an in-memory store has no file to open twice.
        let inMemory = path == ":memory:" || path.isEmpty
        let partCount = inMemory ? 1 : Int(max(1, min(Int64(jobs), (last - first + 1) / max(1, idsPerJob))))
        var seriesKeys: [Int64: SeriesKey] = [:]
        var documentIndex = IDIndex()
        if partCount > 1 {
            // Series are read on a connection of their own while the documents are read here. Its
            // snapshot is this one's or later: it may hold more series, never fewer (series are
            // never deleted), and only those the rows name are used.
            let result = Mutex<Result<[Int64: SeriesKey], StoreError>?>(nil)
            let group = DispatchGroup()
            let path = path
            DispatchQueue.global().async(group: group) {
                let read = Result { () throws(StoreError) -> [Int64: SeriesKey] in
                    try Store.readSeriesKeys(from: try SQLiteDatabase(path: path, readOnly: true), path: path)
                }
                result.withLock { $0 = read }
            }
            try readDocuments(into: &table, index: &documentIndex)
            group.wait()
            seriesKeys = try result.withLock { $0! }.get()
        } else {
            try readDocuments(into: &table, index: &documentIndex)
            seriesKeys = try Store.readSeriesKeys(from: db, path: path)
        }
        let reader = TableReader(path: path, series: series, asOf: asOf, sentences: sentences,
                                 documents: documentIndex, seriesKeys: seriesKeys)
        let step = (last - first) / Int64(partCount) + 1
        let ranges = (0..<partCount).map { part in first + Int64(part) * step...min(last, first + Int64(part + 1) * step - 1) }
        var parts: [TableReader.Part]
        if partCount == 1 {
            parts = [try reader.read(ranges[0], database: db)]
        } else {
            parts = try reader.readConcurrently(ranges, first: db)
        }
        // Merge: series in order of first appearance, as one pass in id order would meet them.
        var seriesIndex = IDIndex()
        var periodIndex: [Period: Int32] = [:]
        var dayIndex: [Day: Int32] = [:]
        var counts: [Int32] = []
        for n in parts.indices {
            // Each part is released once merged; the first part's bytes become the table's.
            var part = TableReader.Part()
            swap(&part, &parts[n])
            let seriesMap = part.seriesIDs.map { id -> Int32 in
                if let known = seriesIndex[id] { return known }
                let index = Int32(table.keys.count)
                seriesIndex.insert(id, index)
                table.keys.append(seriesKeys[id]!)
                counts.append(0)
                return index
            }
            let periodMap = Self.renumber(part.periods, into: &table.periods, index: &periodIndex)
            let dayMap = Self.renumber(part.days, into: &table.days, index: &dayIndex)
            if n == 0 {
                // The first part numbers series, periods and dates as the table does: it is the
                // table so far, with room for the other parts' rows and bytes.
                swap(&table.arena, &part.arena)
                swap(&table.rows, &part.rows)
                table.rows.reserveCapacity(parts.reduce(table.rows.count) { $0 + $1.rows.count })
                table.arena.reserveCapacity(parts.reduce(table.arena.count) { $0 + $1.arena.count })
                for row in table.rows { counts[Int(row.series)] += 1 }
                continue
            }
            // Renumbered in place, then appended whole (a copy, where appending row by row checks
            // capacity and uniqueness each time).
            let arenaBase = table.arena.count
            table.arena.append(contentsOf: part.arena)
            part.rows.withUnsafeMutableBufferPointer { rows in
                for i in rows.indices {
                    rows[i].series = seriesMap[Int(rows[i].series)]
                    if rows[i].period >= 0 { rows[i].period = periodMap[Int(rows[i].period)] }
                    if rows[i].published >= 0 { rows[i].published = dayMap[Int(rows[i].published)] }
                    rows[i].arenaStart += arenaBase
                    counts[Int(rows[i].series)] += 1
                }
            }
            table.rows.append(contentsOf: part.rows)
        }
        // Counting sort by series, stable in table order.
        table.starts = [0]
        table.starts.reserveCapacity(counts.count + 1)
        for c in counts { table.starts.append(table.starts[table.starts.count - 1] + c) }
        var next = Array(table.starts.dropLast())
        table.order = [Int32](repeating: 0, count: table.rows.count)
        for (i, row) in table.rows.enumerated() {
            table.order[Int(next[Int(row.series)])] = Int32(i)
            next[Int(row.series)] += 1
        }
        table.rank()
        return table
    }

    /// The table's number of each of `values`, appending those `list` does not have yet.
    private static func renumber<Value: Hashable>(_ values: [Value], into list: inout [Value],
                                                  index: inout [Value: Int32]) -> [Int32] {
        values.map { value in
            if let known = index[value] { return known }
            list.append(value)
            index[value] = Int32(list.count - 1)
            return Int32(list.count - 1)
        }
    }

    /// Every document's name and content hash, numbered by `index` in the order read.
    private func readDocuments(into table: inout ObservationTable, index: inout IDIndex) throws(StoreError) {
        let statement = try db.prepare("SELECT id, doc, content_hash FROM documents")
        while try statement.step() {
            index.insert(statement.int(0), Int32(table.documents.count))
            table.documents.append((statement.text(1) ?? "", statement.text(2) ?? ""))
        }
    }

    /// Every series key by row id, read with `database`.
    static func readSeriesKeys(from database: SQLiteDatabase, path: String) throws(StoreError) -> [Int64: SeriesKey] {
        var keys: [Int64: SeriesKey] = [:]
        let statement = try database.prepare("SELECT id, key FROM series")
        while try statement.step() {
            let text = statement.text(1) ?? ""
            guard let key = SeriesKey(text) else { throw .corrupt(path: path, reason: "unreadable series key '\(text)'") }
            keys[statement.int(0)] = key
        }
        return keys
    }

    /// Observations in series order, then by period and vintage (see ``observationTable(series:asOf:sentences:)``).
    public func observations(series: SeriesKey? = nil, asOf: Day? = nil, sentences: Bool = true) throws(StoreError) -> [Observation] {
        try observationTable(series: series, asOf: asOf, sentences: sentences).allObservations()
    }

    /// Every series with its number of observations and sources and its first and last period.
    public func series(asOf: Day? = nil) throws(StoreError) -> [SeriesSummary] {
        let table = try observationTable(asOf: asOf, sentences: false)
        // Sorted by name, each name made once (comparing keys names both every time).
        return table.keys.indices.map { index in
            let periods = table.periods(of: index).compactMap { $0 }
            return (table.keys[index].description,
                    SeriesSummary(key: table.keys[index], observations: table.count(of: index),
                                  documents: Set(table.contentHashes(of: index)).count,
                                  firstPeriod: periods.min(), lastPeriod: periods.max()))
        }
        .sorted { $0.0 < $1.0 }
        .map(\.1)
    }

    /// Number of stored documents.
    public func documentCount() throws(StoreError) -> Int {
        Int(try db.scalar("SELECT count(*) FROM documents") ?? 0)
    }
}
