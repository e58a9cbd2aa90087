import FiguresCore

extension Store {
    /// Reads the observations (of one series, or all) into a compact table grouped by series, in
    /// one sequential pass over the table. With `asOf`, only what had been published by that day
    /// (observations with no publication date are then left out). `sentences: false` leaves the
    /// sentences out (reports do not show them; they are the bulk of the data).
    public func observationTable(series: SeriesKey? = nil, asOf: Day? = nil, sentences: Bool = true) throws(StoreError) -> ObservationTable {
        var table = ObservationTable()
        var documentIndex = IDIndex()
        let documentStatement = try db.prepare("SELECT id, doc, content_hash FROM documents")
        while try documentStatement.step() {
            documentIndex.insert(documentStatement.int(0), Int32(table.documents.count))
            table.documents.append((documentStatement.text(1) ?? "", documentStatement.text(2) ?? ""))
        }
        var seriesKeys: [Int64: SeriesKey] = [:]
        let seriesStatement = try db.prepare("SELECT id, key FROM series")
        while try seriesStatement.step() {
            let text = seriesStatement.text(1) ?? ""
            guard let key = SeriesKey(text) else { throw .corrupt(path: path, reason: "unreadable series key '\(text)'") }
            seriesKeys[seriesStatement.int(0)] = key
        }
        let columns = """
            o.series_id, o.period, o.value_exact, o.bound, o.low_exact, o.high_exact, o.status, o.document_id,
            o.published, o.text, o.span_start, o.span_end, \(sentences ? "o.sentence" : "''")
            """
        // Without a filter, no WHERE clause: SQLite would otherwise test both conditions on every row.
        let statement: Statement
        if series == nil && asOf == nil {
            statement = try db.prepare("SELECT \(columns) FROM observations o")
        } else {
            statement = try db.prepare("""
                SELECT \(columns) FROM observations o
                WHERE (?1 IS NULL OR o.series = ?1) AND (?2 IS NULL OR (o.published IS NOT NULL AND o.published <= ?2))
                """)
            statement.bind(1, series?.description)
            statement.bind(2, asOf?.description)
        }
        var seriesIndex = IDIndex()
        var periodIndex = TextIndex()
        var dayIndex = TextIndex()
        var counts: [Int32] = []
        while try statement.step() {
            let seriesID = statement.int(0)
            let index: Int32
            if let known = seriesIndex[seriesID] {
                index = known
            } else {
                guard let key = seriesKeys[seriesID] else { throw .corrupt(path: path, reason: "an observation of unknown series \(seriesID)") }
                index = Int32(table.keys.count)
                seriesIndex.insert(seriesID, index)
                table.keys.append(key)
                counts.append(0)
            }
            counts[Int(index)] += 1
            guard let bound = statement.bytes(3).flatMap(Bound.init(utf8:)),
                  let status = statement.bytes(6).flatMap(FigureStatus.init(utf8:)),
                  let document = documentIndex[statement.int(7)] else {
                throw .corrupt(path: path, reason: "unreadable observation in series '\(table.keys[Int(index)].description)'")
            }
            var period: Int32 = -1
            if let text = statement.bytes(1) {
                period = try periodIndex.index(of: text, in: &table.periods) { (text) throws(StoreError) in
                    guard let parsed = Period(text) else { throw .corrupt(path: path, reason: "unreadable period '\(text)'") }
                    return parsed
                }
            }
            var published: Int32 = -1
            if let text = statement.bytes(8) {
                published = try dayIndex.index(of: text, in: &table.days) { (text) throws(StoreError) in
                    guard let parsed = Day(iso: text) else { throw .corrupt(path: path, reason: "unreadable date '\(text)'") }
                    return parsed
                }
            }
            let start = table.arena.count
            let lengths = (statement.appendBytes(2, to: &table.arena), statement.appendBytes(4, to: &table.arena),
                           statement.appendBytes(5, to: &table.arena), statement.appendBytes(9, to: &table.arena),
                           statement.appendBytes(12, to: &table.arena))
            let spanStart = statement.int(10)
            table.rows.append(ObservationTable.Row(
                series: index, document: document, period: period, published: published,
                spanStart: Int32(clamping: spanStart), spanEnd: Int32(clamping: max(spanStart, statement.int(11))),
                bound: bound, status: status, arenaStart: start, lengths: lengths))
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

    /// Observations in series order, then by period and vintage (see ``observationTable(series:asOf:sentences:)``).
    public func observations(series: SeriesKey? = nil, asOf: Day? = nil, sentences: Bool = true) throws(StoreError) -> [Observation] {
        try observationTable(series: series, asOf: asOf, sentences: sentences).allObservations()
    }

    /// Every series with its number of observations and sources and its first and last period.
    public func series(asOf: Day? = nil) throws(StoreError) -> [SeriesSummary] {
        let table = try observationTable(asOf: asOf, sentences: false)
        return table.keys.indices.map { index in
            let periods = table.periods(of: index).compactMap { $0 }
            return SeriesSummary(key: table.keys[index], observations: table.count(of: index),
                                 documents: Set(table.contentHashes(of: index)).count,
                                 firstPeriod: periods.min(), lastPeriod: periods.max())
        }
        .sorted { $0.key < $1.key }
    }

    /// Number of stored documents.
    public func documentCount() throws(StoreError) -> Int {
        Int(try db.scalar("SELECT count(*) FROM documents") ?? 0)
    }
}
