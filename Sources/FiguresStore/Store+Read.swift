import FiguresCore

extension Store {
    /// Observations in series order, then by period and vintage. With `asOf`, only what had been
    /// published by that day (observations with no publication date are then left out).
    /// `sentences: false` leaves the sentences out (reports do not show them; they are the bulk of the data).
    /// Series keys, document names and hashes are read once per series and document.
    public func observations(series: SeriesKey? = nil, asOf: Day? = nil, sentences: Bool = true) throws(StoreError) -> [Observation] {
        let statement = try db.prepare("""
            SELECT o.series_id, o.period, o.value_exact, o.bound, o.low_exact, o.high_exact, o.status, o.document_id,
                   o.published, o.text, o.span_start, o.span_end, \(sentences ? "o.sentence" : "''"), o.series
            FROM observations o
            WHERE (?1 IS NULL OR o.series = ?1) AND (?2 IS NULL OR (o.published IS NOT NULL AND o.published <= ?2))
            ORDER BY o.series, o.period_start, o.period_end, o.published, o.doc, o.span_start
            """)
        statement.bind(1, series?.description)
        statement.bind(2, asOf?.description)
        var documents: [Int64: (String, String)] = [:]
        let documentStatement = try db.prepare("SELECT id, doc, content_hash FROM documents")
        while try documentStatement.step() {
            documents[documentStatement.int(0)] = (documentStatement.text(1) ?? "", documentStatement.text(2) ?? "")
        }
        var result: [Observation] = []
        var keys: [Int64: SeriesKey] = [:]
        var periods: [String: Period] = [:]
        var days: [String: Day] = [:]
        while try statement.step() {
            let seriesID = statement.int(0)
            var key = keys[seriesID]
            if key == nil {
                let text = statement.text(13) ?? ""
                guard let parsed = SeriesKey(text) else { throw .corrupt(path: path, reason: "unreadable series key '\(text)'") }
                keys[seriesID] = parsed
                key = parsed
            }
            guard let bound = statement.text(3).flatMap(Bound.init(rawValue:)),
                  let status = statement.text(6).flatMap(FigureStatus.init(rawValue:)) else {
                throw .corrupt(path: path, reason: "unreadable observation in series '\(key!.description)'")
            }
            let (doc, hash) = documents[statement.int(7)] ?? ("", "")
            let provenance = Provenance(
                doc: doc, contentHash: hash,
                published: statement.text(8).flatMap { text in days[text] ?? Day(iso: text).map { days[text] = $0; return $0 } },
                text: statement.text(9) ?? "",
                span: Int(statement.int(10))..<Int(max(statement.int(10), statement.int(11))), sentence: statement.text(12) ?? "")
            result.append(Observation(
                series: key!, period: statement.text(1).flatMap { text in periods[text] ?? Period(text).map { periods[text] = $0; return $0 } },
                value: statement.text(2).flatMap { ExactDecimal($0) }, bound: bound,
                low: statement.text(4).flatMap { ExactDecimal($0) }, high: statement.text(5).flatMap { ExactDecimal($0) },
                status: status, provenance: provenance))
        }
        return result
    }

    /// Every series with its number of observations and sources and its first and last period.
    public func series(asOf: Day? = nil) throws(StoreError) -> [SeriesSummary] {
        var summaries: [SeriesKey: (Int, Set<String>, Period?, Period?)] = [:]
        for o in try observations(asOf: asOf) {
            var entry = summaries[o.series] ?? (0, [], nil, nil)
            entry.0 += 1
            entry.1.insert(o.provenance.contentHash)
            if let p = o.period {
                if entry.2 == nil || p < entry.2! { entry.2 = p }
                if entry.3 == nil || entry.3! < p { entry.3 = p }
            }
            summaries[o.series] = entry
        }
        return summaries.map { SeriesSummary(key: $0.key, observations: $0.value.0, documents: $0.value.1.count,
                                             firstPeriod: $0.value.2, lastPeriod: $0.value.3) }
            .sorted { $0.key < $1.key }
    }

    /// Number of stored documents.
    public func documentCount() throws(StoreError) -> Int {
        Int(try db.scalar("SELECT count(*) FROM documents") ?? 0)
    }
}
