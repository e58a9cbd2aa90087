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
            let observations = ObservationInserter(db: db, batch: batch)
            for (itemIndex, item) in batch.enumerated() {
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
                for figureIndex in item.figures.indices {
                    let key = item.figures[figureIndex].key
                    var known = seriesCache[key]
                    if known == nil {
                        let name = item.figures[figureIndex].seriesName
                        findSeries.reset()
                        findSeries.bind(1, name)
                        if try findSeries.step() {
                            known = findSeries.int(0)
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
                            known = db.lastInsertRowID
                            report.newSeries += 1
                        }
                        seriesCache[key] = known
                        added.append(key)
                    }
                    report.observations += try observations.add(ObservationInserter.Row(
                        seriesID: known!, documentID: documentID, published: published, item: itemIndex, figure: figureIndex))
                }
            }
            report.observations += try observations.flush()
            return report
        }
    }
}
