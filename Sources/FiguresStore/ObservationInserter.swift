import FiguresCore

/// Inserts observation rows into the store sixteen to a statement, within one write transaction.
///
/// Every run of a statement has a cost of its own besides its rows' (its registers released, its
/// cursors closed, the step and the reset): with one row of 26 values a statement, that was about
/// a tenth of what the single writer thread did. Rows wait in ``pending`` until there are
/// ``rowsPerStatement`` of them; ``flush()`` inserts the rest (it must be called before the
/// transaction commits). Each row is still inserted or ignored on its own (`INSERT OR IGNORE`).
final class ObservationInserter {
    static let rowsPerStatement = 16
    static let columns = """
        series_id, document_id, series, doc, published, indicator, value, unit, bound, low, high, from_area, to_area, sector, \
        period, period_start, period_end, measure, status, text, span_start, span_end, sentence, value_exact, low_exact, high_exact
        """
    static let columnCount: Int32 = 26

    /// One observation: its series and document, and where its figure is in the batch (a row
    /// holds indices rather than copies of the figure and its texts).
    struct Row {
        var seriesID: Int64
        var documentID: Int64
        var published: String?
        var item: Int
        var figure: Int
    }

    private let db: SQLiteDatabase
    private let batch: [IngestItem]
    /// Statements by their number of rows (a full one, and the sizes a last flush needed).
    private var statements: [Int: Statement] = [:]
    private var pending: [Row] = []

    init(db: SQLiteDatabase, batch: [IngestItem]) {
        self.db = db
        self.batch = batch
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    /// Queues `row`; returns how many rows were inserted (not ignored) by the statement this
    /// row completed, or 0 while rows wait.
    func add(_ row: Row) throws(StoreError) -> Int {
        pending.append(row)
        return pending.count == Self.rowsPerStatement ? try flush() : 0
    }

    /// Inserts every waiting row; returns how many were inserted (not ignored).
    func flush() throws(StoreError) -> Int {
        guard !pending.isEmpty else { return 0 }
        let s = try statement(rows: pending.count)
        s.reset()
        batch.withUnsafeBufferPointer { items in
            for (index, row) in pending.enumerated() { bind(row, at: Int32(index) * Self.columnCount, in: s, items: items) }
        }
        try s.step()
        pending.removeAll(keepingCapacity: true)
        return db.changes
    }

    private func statement(rows: Int) throws(StoreError) -> Statement {
        if let statement = statements[rows] { return statement }
        let values = (0..<rows).map { row in
            "(" + (1...Int(Self.columnCount)).map { "?\(row * Int(Self.columnCount) + $0)" }.joined(separator: ", ") + ")"
        }
        let statement = try db.prepare("INSERT OR IGNORE INTO observations (\(Self.columns)) VALUES \(values.joined(separator: ", "))")
        statements[rows] = statement
        return statement
    }

    /// Binds `row`'s 26 values to parameters `offset + 1 … offset + 26` of `s` (read in place
    /// from the batch: copying a figure with its texts retained and released each of them).
    private func bind(_ row: Row, at offset: Int32, in s: Statement, items: UnsafeBufferPointer<IngestItem>) {
        let item = items.baseAddress! + row.item
        item.pointee.figures.withUnsafeBufferPointer { figures in
            let prepared = figures.baseAddress! + row.figure
            let figure = prepared.pointer(to: \.figure)!
            s.bind(offset + 1, row.seriesID)
            s.bind(offset + 2, row.documentID)
            s.bind(offset + 3, prepared.pointee.seriesName)
            s.bind(offset + 4, item.pointee.doc)
            s.bind(offset + 5, row.published)
            s.bind(offset + 6, figure.pointee.indicator.rawValue)
            s.bind(offset + 7, figure.pointee.value?.doubleValue)
            s.bind(offset + 8, figure.pointee.unit?.code)
            s.bind(offset + 9, figure.pointee.bound.rawValue)
            s.bind(offset + 10, figure.pointee.low?.doubleValue)
            s.bind(offset + 11, figure.pointee.high?.doubleValue)
            s.bind(offset + 12, figure.pointee.from?.code)
            s.bind(offset + 13, figure.pointee.to?.code)
            s.bind(offset + 14, figure.pointee.sector)
            s.bind(offset + 15, prepared.pointee.period)
            s.bind(offset + 16, prepared.pointee.periodStart)
            s.bind(offset + 17, prepared.pointee.periodEnd)
            s.bind(offset + 18, prepared.pointee.key.measure.rawValue)
            s.bind(offset + 19, figure.pointee.status.rawValue)
            s.bind(offset + 20, prepared.pointee.text)
            s.bind(offset + 21, Int64(figure.pointee.span.lowerBound))
            s.bind(offset + 22, Int64(figure.pointee.span.upperBound))
            s.bind(offset + 23, prepared.pointee.sentence)
            s.bind(offset + 24, prepared.pointee.value)
            s.bind(offset + 25, prepared.pointee.low)
            s.bind(offset + 26, prepared.pointee.high)
        }
    }
}
