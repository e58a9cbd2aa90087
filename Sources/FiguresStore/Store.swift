import FiguresCore
import Foundation

/// The series store: an SQLite file (WAL mode) holding documents, series and observations.
///
/// - Re-ingesting a document with the same content (SHA-256) adds nothing; an edited article is a
///   new document, and both stay traceable by name and hash.
/// - Each batch is one transaction: a failure (disk full, kill) leaves every earlier batch whole
///   and nothing of the failed one.
/// - A store written by a newer schema is refused, never modified.
public final class Store {
    public let path: String
    let db: SQLiteDatabase
    /// Series ids of committed batches, so that each key is looked up once per process.
    var seriesCache: [SeriesKey: Int64] = [:]
    /// Copies the write-ahead log into the file in the background (a writable file store only).
    private var checkpointer: Checkpointer?

    /// Opens (and on first use creates) the store at `path`. A writer copies its write-ahead log
    /// into the file in the background once the log holds `checkpointBytes` of pages.
    public init(path: String, readOnly: Bool = false, checkpointBytes: Int = 32 << 20) throws(StoreError) {
        self.path = path
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw .cannotOpen(path: path, reason: "no store here yet; run 'figures ingest' first")
        }
        db = try SQLiteDatabase(path: path, readOnly: readOnly)
        // Two processes creating the same store at once can see SQLITE_BUSY without the busy
        // handler being called (while the other switches the new file to WAL): retry for up to 10 s.
        var attempts = 0
        while true {
            do throws(StoreError) {
                try prepareSchema(readOnly: readOnly)
                break
            } catch {
                guard case .busy = error, attempts < 200 else { throw error }
                attempts += 1
                usleep(50_000)
            }
        }
        if !readOnly && path != ":memory:" && !path.isEmpty {
            let pageSize = max(512, Int(try db.scalar("PRAGMA page_size") ?? 4096))
            checkpointer = Checkpointer(path: path, pages: Int32(clamping: max(1, checkpointBytes / pageSize)))
            checkpointer?.install(on: db)
        }
    }

    deinit {
        close()
    }

    /// Closes the store now rather than when the last reference goes, which may be on another
    /// thread after the caller has moved on: a writer that closes last copies its log into the
    /// file, and a process reading the store at that moment would find it locked. Any later use
    /// fails with a store error. Closing twice is harmless.
    public func close() {
        checkpointer?.finish(db)
        checkpointer = nil
        db.close()
    }

    private func prepareSchema(readOnly: Bool) throws(StoreError) {
        // One statement, so one snapshot: read one by one, another process creating the store
        // could commit in between, and a half-seen new store looks like someone else's database.
        let header = try db.prepare("""
            SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id),
                   (SELECT count(*) FROM sqlite_master)
            """)
        guard try header.step() else { throw .notAFiguresStore(path: path) }
        let version = Int32(truncatingIfNeeded: header.int(0))
        let application = header.int(1)
        let tables = header.int(2)
        header.reset()
        if version > Schema.version { throw .newerSchema(path: path, found: version, supported: Schema.version) }
        if version == 0 {
            guard tables == 0 && application == 0 else { throw .notAFiguresStore(path: path) }
            guard !readOnly else { throw .notAFiguresStore(path: path) }
            // 16 KB pages: a commit writes each page it changed to the log, one write per page, and
            // the observations' indexes change pages at random places (about a tenth less time to
            // ingest 100 MB of articles than with 4 KB pages). Stores made before keep theirs.
            try db.execute("PRAGMA page_size=16384")
            try db.execute("PRAGMA journal_mode=WAL")
            try db.writeTransaction { () throws(StoreError) in
                // Another process may have created it while we waited for the lock.
                if (try db.scalar("PRAGMA user_version") ?? 0) == 0 {
                    try db.execute(Schema.create)
                    try db.execute("PRAGMA application_id = \(Schema.applicationID)")
                    try db.execute("PRAGMA user_version = \(Schema.version)")
                }
            }
        } else if application != Schema.applicationID {
            throw .notAFiguresStore(path: path)
        }
        if !readOnly {
            try db.execute("PRAGMA journal_mode=WAL")
        }
        // A 32 MB page cache: index pages of a large store stay in memory while a batch is inserted.
        // A writable file store checkpoints its log on a thread of its own (``Checkpointer``).
        try db.execute("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768")
    }

    /// The schema version of the open store.
    public var schemaVersion: Int32 {
        get throws(StoreError) { Int32(try db.scalar("PRAGMA user_version") ?? 0) }
    }

    /// Drops the indexes that only serve users' queries (``Schema/queryIndexes``), so that a large
    /// ingest does not write them at random places batch after batch; ``ensureQueryIndexes()``
    /// builds them again, in one sorted pass. A store left without them (an ingest killed in
    /// between) is sound and complete: only queries by series or date in the `sqlite3` shell are
    /// slower until the next ingest builds them.
    public func dropQueryIndexes() throws(StoreError) {
        try db.writeTransaction { () throws(StoreError) in
            for index in Schema.queryIndexes { try db.execute("DROP INDEX IF EXISTS \(index.name)") }
        }
    }

    /// Builds the indexes that only serve users' queries where they are missing (nothing to do
    /// when they are there). A failure (a full disk, most likely) is
    /// ``StoreError/queryIndexesNotBuilt(path:reason:)``: the figures are stored all the same.
    ///
    /// `sortThreads` threads besides the calling one help sort the rows (`PRAGMA threads`; SQLite
    /// uses them for sorts too large for one in-memory run). On this 2-core machine, one helper
    /// built the two indexes of 3.7 M observations in 4.3-4.4 s instead of 5.2-6.1 s.
    public func ensureQueryIndexes(sortThreads: Int = 0) throws(StoreError) {
        do throws(StoreError) {
            try db.execute("PRAGMA threads = \(max(0, sortThreads))")
            defer { try? db.execute("PRAGMA threads = 0") }
            try db.writeTransaction { () throws(StoreError) in
                for index in Schema.queryIndexes { try db.execute("CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.on)") }
            }
        } catch {
            throw .queryIndexesNotBuilt(path: path, reason: "\(error)")
        }
    }

    /// The store's size in bytes (its pages, the log not counted).
    public var byteCount: Int {
        get throws(StoreError) {
            Int(try db.scalar("PRAGMA page_count") ?? 0) * Int(try db.scalar("PRAGMA page_size") ?? 0)
        }
    }

    /// Whether an ingest of `inputBytes` of articles into a store of `storeBytes` should drop the
    /// query indexes and build them at its end: when the input is at least a quarter of the store.
    /// Building an index sorts every row once (5 s for 3.7 M observations); keeping it up to date
    /// writes its pages at random places in every batch, which grows with the store: ingesting 1 GB
    /// of articles took 121 s with the indexes kept and 48 s with them built at the end (100 MB:
    /// 4.7 s and 4.2 s). A small ingest into a large store keeps them.
    public static func defersQueryIndexes(inputBytes: Int, storeBytes: Int) -> Bool {
        inputBytes >= storeBytes / 4
    }

    /// Caps the database at `pages` pages (`PRAGMA max_page_count`) for this connection: a quota,
    /// and the way tests make the disk "full" without a small filesystem.
    public func limitSize(toPages pages: Int) throws(StoreError) {
        try db.execute("PRAGMA max_page_count = \(pages)")
    }

    /// Runs `PRAGMA integrity_check`; true when the store is sound.
    public func integrityCheck() throws(StoreError) -> Bool {
        let statement = try db.prepare("PRAGMA integrity_check")
        guard try statement.step() else { return false }
        return statement.text(0) == "ok"
    }
}
