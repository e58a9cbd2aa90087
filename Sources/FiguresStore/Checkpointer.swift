import CSQLite
import Dispatch
import Synchronization

/// Copies the write-ahead log into the store file on a thread and connection of its own, so
/// that the writer never waits for the disk.
///
/// SQLite's own checkpoint runs inside the commit that makes the log long enough, and it syncs
/// the log and the store file to disk: ingesting 100 MB of articles made 90 such syncs, 4.5 s
/// in which nothing else happened. Here the writer's commit only notes the log's length (a WAL
/// hook, which also turns the automatic checkpoint off); past `pages` pages, a passive
/// checkpoint starts on the checkpoint thread while the writer goes on. A passive checkpoint
/// takes no lock the writer needs; the log restarts from its beginning once a checkpoint has
/// copied all of it, which the writer sees to every four times `pages`. The connection that
/// closes the store last checkpoints what is left, as before.
///
/// Durability is unchanged: commits were never synced (`synchronous=NORMAL`); a killed process
/// loses no committed batch, since the log is complete in the file system.
final class Checkpointer: @unchecked Sendable {
    /// Log pages that start a checkpoint (32 MB of them by default: 2,048 of 16 KB).
    private let pages: Int32
    private let path: String
    private let queue = DispatchQueue(label: "figures.store.checkpoint")
    /// The checkpoint connection, used only on `queue`.
    private var database: SQLiteDatabase?
    private let running = Atomic<Bool>(false)

    init(path: String, pages: Int32) {
        self.path = path
        self.pages = pages
    }

    /// Makes `writer`'s commits report the log's length here (and turns its automatic checkpoint off).
    func install(on writer: SQLiteDatabase) {
        sqlite3_wal_hook(writer.handle, { context, handle, _, pages in
            Unmanaged<Checkpointer>.fromOpaque(context!).takeUnretainedValue().logHas(pages: pages, writer: handle)
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Waits for a running checkpoint and detaches from `writer` (before it closes).
    func finish(_ writer: SQLiteDatabase) {
        sqlite3_wal_hook(writer.handle, nil, nil)
        queue.sync { database = nil }
    }

    private func logHas(pages: Int32, writer: OpaquePointer?) {
        if pages >= 4 * self.pages {
            // The writer adds to the log while the checkpoint thread copies it, so the copy never
            // quite catches up and the log would only grow. Now and then the writer copies the
            // rest itself, between two batches (little is left, and most of it is already on
            // disk): the next batch then starts the log afresh.
            queue.sync {}
            sqlite3_wal_checkpoint_v2(writer, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            return
        }
        guard pages >= self.pages, running.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            return
        }
        queue.async { [self] in
            defer { running.store(false, ordering: .releasing) }
            if database == nil {
                database = try? SQLiteDatabase(path: path, readOnly: false)
                try? database?.execute("PRAGMA synchronous=NORMAL")
            }
            // Busy (another process checkpointing) or failed: a later commit tries again, and
            // the last connection to close copies whatever is left.
            database?.checkpointPassively()
        }
    }
}
