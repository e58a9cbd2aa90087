import FiguresCore
import Foundation

extension Store {
    /// Stores a batch of documents in one transaction and reports what was added.
    public func ingest(_ batch: [IngestItem]) throws(StoreError) -> IngestReport {
        let now = ISO8601DateFormatter().string(from: Date())
        // Series ids seen in committed batches stay valid (series are never deleted); ids of a
        // batch that rolls back are forgotten with it. The cache is added to in place and the
        // batch's keys noted: a copy of it per batch cost time in proportion to every series
        // seen so far, at every batch.
        var added: [SeriesKey] = []
        // The schema's CHECK constraints (bound, status and measure IN lists) hold by construction
        // here: the values are the raw values of Swift enums. SQLite builds a temporary b-tree per
        // row to check an IN list, about a fifth of the insert cost, so this writer skips them;
        // other writers (the sqlite3 shell, scripts) are still checked. Likewise the foreign keys:
        // every series and document id bound below was just inserted or found in this
        // transaction, and checking them cost two index probes per observation.
        try db.execute("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = ON") }
        do throws(StoreError) {
            return try ingestTransaction(batch, time: now, added: &added)
        } catch {
            for key in added { seriesCache.removeValue(forKey: key) }
            throw error
        }
    }

    /// Stores `batch` in one transaction, noting in `added` the series keys it adds to the cache.
    private func ingestTransaction(_ batch: [IngestItem], time now: String, added: inout [SeriesKey]) throws(StoreError) -> IngestReport {
        try db.writeTransaction { () throws(StoreError) -> IngestReport in
            var report = IngestReport()
            let insertDocument = try db.prepare("""
                INSERT OR IGNORE INTO documents (doc, content_hash, published, source, bytes, ingested_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                """)
            let findSeries = try db.prepare("SELECT id FROM series WHERE key = ?1")
            let insertSeries = try db.prepare("""
                INSERT INTO series (key, indicator, from_area, to_area, sector, unit, measure) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """)
            let insertObservation = try db.prepare("""
                INSERT OR IGNORE INTO observations (series_id, document_id, series, doc, published, indicator, value, unit, bound,
                    low, high, from_area, to_area, sector, period, period_start, period_end, measure, status, text, span_start,
                    span_end, sentence, value_exact, low_exact, high_exact)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                    ?23, ?24, ?25, ?26)
                """)
            for item in batch {
                insertDocument.reset()
                insertDocument.bind(1, item.doc)
                insertDocument.bind(2, item.contentHash)
                insertDocument.bind(3, item.published?.description)
                insertDocument.bind(4, item.source)
                insertDocument.bind(5, Int64(item.byteCount))
                insertDocument.bind(6, now)
                try insertDocument.step()
                guard db.changes == 1 else { report.duplicates += 1; continue }
                let documentID = db.lastInsertRowID
                report.documents += 1
                let published = item.published?.description
                for prepared in item.figures {
                    let figure = prepared.figure
                    let key = prepared.key
                    var known = seriesCache[key]
                    if known == nil {
                        let name = prepared.seriesName
                        findSeries.reset()
                        findSeries.bind(1, name)
                        if try findSeries.step() {
                            known = (findSeries.int(0), name)
                        } else {
                            insertSeries.reset()
                            insertSeries.bind(1, name)
                            insertSeries.bind(2, key.indicator.rawValue)
                            insertSeries.bind(3, key.from?.code)
                            insertSeries.bind(4, key.to?.code)
                            insertSeries.bind(5, key.sector)
                            insertSeries.bind(6, key.unit?.code)
                            insertSeries.bind(7, key.measure.rawValue)
                            try insertSeries.step()
                            known = (db.lastInsertRowID, name)
                            report.newSeries += 1
                        }
                        seriesCache[key] = known
                        added.append(key)
                    }
                    let (seriesID, seriesName) = known!
                    let s = insertObservation
                    s.reset()
                    s.bind(1, seriesID)
                    s.bind(2, documentID)
                    s.bind(3, seriesName)
                    s.bind(4, item.doc)
                    s.bind(5, published)
                    s.bind(6, figure.indicator.rawValue)
                    s.bind(7, figure.value?.doubleValue)
                    s.bind(8, figure.unit?.code)
                    s.bind(9, figure.bound.rawValue)
                    s.bind(10, figure.low?.doubleValue)
                    s.bind(11, figure.high?.doubleValue)
                    s.bind(12, figure.from?.code)
                    s.bind(13, figure.to?.code)
                    s.bind(14, figure.sector)
                    s.bind(15, prepared.period)
                    s.bind(16, prepared.periodStart)
                    s.bind(17, prepared.periodEnd)
                    s.bind(18, key.measure.rawValue)
                    s.bind(19, figure.status.rawValue)
                    s.bind(20, prepared.text)
                    s.bind(21, Int64(figure.span.lowerBound))
                    s.bind(22, Int64(figure.span.upperBound))
                    s.bind(23, prepared.sentence)
                    s.bind(24, prepared.value)
                    s.bind(25, prepared.low)
                    s.bind(26, prepared.high)
                    try s.step()
                    report.observations += db.changes
                }
            }
            return report
        }
    }
}

