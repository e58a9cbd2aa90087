import Dispatch
import FiguresCore

/// Reads the observation rows of one range of ids into a ``Part`` of an ``ObservationTable``:
/// series, periods and dates are numbered in the order the part meets them, and
/// ``Store/observationTable(series:asOf:sentences:jobs:idsPerJob:)`` merges the parts.
struct TableReader: Sendable {
    /// The rows of one id range: `Row.series` indexes `seriesIDs`, `period` `periods`, `published` `days`.
    struct Part: Sendable {
        var seriesIDs: [Int64] = []
        var rows: [ObservationTable.Row] = []
        var arena: [UInt8] = []
        var periods: [Period] = []
        var days: [Day] = []
    }

    let path: String
    let series: SeriesKey?
    let asOf: Day?
    let sentences: Bool
    let documents: IDIndex
    let seriesKeys: [Int64: SeriesKey]

    /// Reads each range on its own thread; the first with `first` (the connection holding the
    /// snapshot), the others with connections of their own.
    ///
    /// Each thread writes its own slot of a buffer, read once `concurrentPerform` has returned (its
    /// return orders every write before the reads). No lock: a `Mutex` on Linux waits on a futex,
    /// which ThreadSanitizer cannot see, so it reported the guarded writes as a race.
    func readConcurrently(_ ranges: [ClosedRange<Int64>], first: SQLiteDatabase) throws(StoreError) -> [Part] {
        let slots = UnsafeMutableBufferPointer<Result<Part, StoreError>?>.allocate(capacity: ranges.count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let results = slots
        nonisolated(unsafe) let first = first
        DispatchQueue.concurrentPerform(iterations: ranges.count) { part in
            let result: Result<Part, StoreError>
            do throws(StoreError) {
                let database = part == 0 ? first : try SQLiteDatabase(path: path, readOnly: true)
                let room = part == 0 ? ranges.reduce(Int64(0)) { $0 + Int64($1.count) } : Int64(ranges[part].count)
                result = .success(try read(ranges[part], database: database, room: room))
            } catch {
                result = .failure(error)
            }
            results[part] = result
        }
        var parts: [Part] = []
        for result in slots {
            switch result! {
            case .success(let part): parts.append(part)
            case .failure(let error): throw error
            }
        }
        return parts
    }

    /// The rows with ids in `range`, in id order.
    /// Reads the rows with ids in `range`. An unfiltered read sizes its lists up front for
    /// `room` ids (at most one row each, about 48 bytes of text each without sentences): they
    /// never regrow, which copied them and touched fresh pages at every doubling. The first
    /// part is given room for every part's rows, as the merge appends the others to it.
    /// Untouched room costs address space, not memory.
    func read(_ range: ClosedRange<Int64>, database: SQLiteDatabase, room: Int64? = nil) throws(StoreError) -> Part {
        var part = Part()
        if series == nil {
            let ids = Int(clamping: max(0, room ?? Int64(range.count)))
            part.rows.reserveCapacity(ids)
            part.arena.reserveCapacity(ids.multipliedReportingOverflow(by: 48).overflow ? ids : ids * 48)
        }
        let statement = try database.prepare("""
            SELECT o.series_id, o.period, o.value_exact, o.bound, o.low_exact, o.high_exact, o.status, o.document_id,
                   o.published, o.text, o.span_start, o.span_end, \(sentences ? "o.sentence" : "''")
            FROM observations o
            WHERE o.id BETWEEN ?3 AND ?4 \(series == nil ? "" : "AND o.series = ?1")
                  \(asOf == nil ? "" : "AND o.published IS NOT NULL AND o.published <= ?2")
            """)
        if let series { statement.bind(1, series.description) }
        if let asOf { statement.bind(2, asOf.description) }
        statement.bind(3, range.lowerBound)
        statement.bind(4, range.upperBound)
        let path = path  // the parsing closures capture the path, not a copy of the reader
        var seriesIndex = IDIndex()
        var periodIndex = TextIndex()
        var dayIndex = TextIndex()
        while try statement.step() {
            let seriesID = statement.int(0)
            let index: Int32
            if let known = seriesIndex[seriesID] {
                index = known
            } else {
                guard seriesKeys[seriesID] != nil else { throw .corrupt(path: path, reason: "an observation of unknown series \(seriesID)") }
                index = Int32(part.seriesIDs.count)
                seriesIndex.insert(seriesID, index)
                part.seriesIDs.append(seriesID)
            }
            guard let bound = statement.bytes(3).flatMap(Bound.init(utf8:)),
                  let status = statement.bytes(6).flatMap(FigureStatus.init(utf8:)),
                  let document = documents[statement.int(7)] else {
                throw .corrupt(path: path, reason: "unreadable observation in series '\(seriesKeys[seriesID]!.description)'")
            }
            var period: Int32 = -1
            if let text = statement.bytes(1) {
                period = try periodIndex.index(of: text, in: &part.periods) { (text) throws(StoreError) in
                    guard let parsed = Period(text) else { throw .corrupt(path: path, reason: "unreadable period '\(text)'") }
                    return parsed
                }
            }
            var published: Int32 = -1
            if let text = statement.bytes(8) {
                published = try dayIndex.index(of: text, in: &part.days) { (text) throws(StoreError) in
                    guard let parsed = Day(iso: text) else { throw .corrupt(path: path, reason: "unreadable date '\(text)'") }
                    return parsed
                }
            }
            let start = part.arena.count
            let lengths = (statement.appendBytes(2, to: &part.arena), statement.appendBytes(4, to: &part.arena),
                           statement.appendBytes(5, to: &part.arena), statement.appendBytes(9, to: &part.arena),
                           statement.appendBytes(12, to: &part.arena))
            let spanStart = statement.int(10)
            part.rows.append(ObservationTable.Row(
                series: index, document: document, period: period, published: published,
                spanStart: Int32(clamping: spanStart), spanEnd: Int32(clamping: max(spanStart, statement.int(11))),
                bound: bound, status: status, arenaStart: start, lengths: lengths))
        }
        return part
    }
}
