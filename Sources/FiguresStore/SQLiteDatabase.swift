import CSQLite
import Foundation

/// A thin, safe wrapper over one SQLite connection: prepared statements, transactions, and
/// errors mapped to ``StoreError`` with the file's path.
final class SQLiteDatabase {
    let path: String
    private(set) var handle: OpaquePointer?

    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Library settings made once, before the first connection opens.
    private static let configured: Bool = {
        _ = figures_sqlite_disable_memory_statistics()
        return true
    }()

    init(path: String, readOnly: Bool) throws(StoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .isDirectory(path: path)
        }
        _ = Self.configured
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        var db: OpaquePointer?
        let status = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        handle = db
        guard status == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            handle = nil
            throw .cannotOpen(path: path, reason: message)
        }
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 15_000)
    }

    deinit {
        close()
    }

    /// Closes the connection now (the last connection to a store copies its log into the file
    /// and removes the log); every later call fails as SQLite's misuse. Closing twice is harmless.
    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Maps an SQLite result code to a store error.
    func error(_ code: Int32) -> StoreError {
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "unknown error"
        switch code & 0xFF {
        case SQLITE_NOTADB: return .notADatabase(path: path)
        case SQLITE_CORRUPT: return .corrupt(path: path, reason: message)
        case SQLITE_READONLY: return .readOnly(path: path)
        case SQLITE_FULL: return .diskFull(path: path)
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH: return .cannotOpen(path: path, reason: message)
        case SQLITE_IOERR:
            // SQLITE_IOERR_WRITE (778) and SQLITE_IOERR_FSYNC (1034) on a full disk.
            if code == 778 || code == 1034, errno == ENOSPC { return .diskFull(path: path) }
            return .failed(path: path, code: code, message: message)
        default: return .failed(path: path, code: code, message: message)
        }
    }

    /// Runs SQL with no results (several statements allowed).
    func execute(_ sql: String) throws(StoreError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        sqlite3_free(errorMessage)
        guard status == SQLITE_OK else { throw error(status) }
    }

    func prepare(_ sql: String) throws(StoreError) -> Statement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status) }
        return Statement(database: self, handle: statement)
    }

    /// The single integer a query returns (e.g. a PRAGMA).
    func scalar(_ sql: String) throws(StoreError) -> Int64? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.int(0)
    }

    /// Runs `body` in a write transaction, retrying the start while another process holds the lock;
    /// rolls back on any error, so a failed batch leaves the store as it was.
    func writeTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        var attempts = 0
        while true {
            let status = sqlite3_exec(handle, "BEGIN IMMEDIATE", nil, nil, nil)
            if status == SQLITE_OK { break }
            if (status & 0xFF) == SQLITE_BUSY && attempts < 200 {
                attempts += 1
                usleep(50_000)
                continue
            }
            throw error(status)
        }
        do throws(StoreError) {
            let result = try body()
            var status = sqlite3_exec(handle, "COMMIT", nil, nil, nil)
            var commitAttempts = 0
            // A busy COMMIT leaves the transaction open: it may be retried.
            while (status & 0xFF) == SQLITE_BUSY && commitAttempts < 200 {
                commitAttempts += 1
                usleep(50_000)
                status = sqlite3_exec(handle, "COMMIT", nil, nil, nil)
            }
            guard status == SQLITE_OK else { throw error(status) }
            return result
        } catch {
            sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
            throw error
        }
    }

    /// Copies what it can of the write-ahead log into the store file without taking any lock a
    /// writer needs (a passive checkpoint); false when it could not run.
    @discardableResult
    func checkpointPassively() -> Bool {
        sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil) == SQLITE_OK
    }

    var changes: Int { Int(sqlite3_changes(handle)) }
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
}

/// A prepared statement; reset and rebound for each use.
final class Statement {
    unowned let database: SQLiteDatabase
    let handle: OpaquePointer

    init(database: SQLiteDatabase, handle: OpaquePointer) {
        self.database = database
        self.handle = handle
    }

    /// Where bound text is copied until the next ``reset()``: chunks that never move, so the
    /// text can be bound as static (SQLite neither copies nor frees it). Binding it as transient
    /// made SQLite allocate, copy and free every string of every row.
    ///
    /// Exclusivity is not checked at run time: only this class's methods touch these, none of
    /// them calls out while holding an access, and a statement is used from one thread at a
    /// time (checking cost about a fifth of binding a text).
    @exclusivity(unchecked) private var chunks: [UnsafeMutableRawPointer] = []
    @exclusivity(unchecked) private var chunkIndex = 0
    @exclusivity(unchecked) private var chunkUsed = 0
    private static let chunkSize = 64 << 10

    deinit {
        sqlite3_finalize(handle)
        for chunk in chunks { chunk.deallocate() }
    }

    /// Readies the statement for another run. Bindings stay: every caller binds every parameter
    /// before the next step, and the text they bound before may now be overwritten.
    func reset() {
        sqlite3_reset(handle)
        chunkIndex = 0
        chunkUsed = 0
    }

    /// Room for `count` bytes (at most a quarter chunk) that stays put until the next ``reset()``.
    private func room(_ count: Int) -> UnsafeMutableRawPointer {
        while true {
            if chunkIndex == chunks.count { chunks.append(.allocate(byteCount: Self.chunkSize, alignment: 8)) }
            if chunkUsed + count <= Self.chunkSize {
                defer { chunkUsed += count }
                return chunks[chunkIndex] + chunkUsed
            }
            chunkIndex += 1
            chunkUsed = 0
        }
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(handle, index); return }
        // The UTF-8 bytes with their length: no C-string copy and no strlen.
        value.withUTF8 { bind(index, text: $0) }
    }

    /// Binds UTF-8 text given as bytes (copied: the bytes need not outlive the call).
    func bind(_ index: Int32, text bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            sqlite3_bind_text(handle, index, "", 0, SQLiteDatabase.transient)
            return
        }
        guard bytes.count <= Self.chunkSize / 4 else {
            // Rare long text (a whole-article sentence): SQLite copies it.
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), SQLiteDatabase.transient)
            }
            return
        }
        let copy = room(bytes.count)
        copy.copyMemory(from: base, byteCount: bytes.count)
        sqlite3_bind_text(handle, index, copy.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Advances; true while there is a row.
    @discardableResult
    func step() throws(StoreError) -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(status)
        }
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    /// Appends the column's text bytes to `buffer` and returns how many (0 for NULL or empty).
    func appendBytes(_ column: Int32, to buffer: inout [UInt8]) -> UInt32 {
        guard let pointer = sqlite3_column_text(handle, column) else { return 0 }
        let count = Int(sqlite3_column_bytes(handle, column))
        buffer.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
        return UInt32(count)
    }

    /// The column's text bytes, valid until the next step or reset (nil for NULL).
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: pointer)
    }
}
