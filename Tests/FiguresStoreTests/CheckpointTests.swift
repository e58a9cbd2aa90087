import FiguresCore
import FiguresStore
import Foundation
import Testing

struct CheckpointTests {
    /// Sixty batches through a writer that checkpoints from 32 KB of log: every batch is kept,
    /// and the log is restarted instead of growing with every batch.
    @Test func theLogIsCopiedAndRestartedWhileBatchesAreStored() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("c.sqlite").path
        var stored = 0
        do {
            let store = try Store(path: path, checkpointBytes: 32 << 10)
            for batch in 0..<60 {
                let items = (0..<10).map { n in
                    StoreTestSupport.item("d\(batch)-\(n).txt", content: "content \(batch) \(n)", published: "2023-01-02",
                                          (0..<4).map { f in StoreTestSupport.figure(.exports, "\(batch * 100 + n * 10 + f)",
                                                                                    sector: "sector \(batch % 7)", at: f * 10) })
                }
                stored += try store.ingest(items).observations
            }
            // Without restarts the log would hold every page written: dozens of pages per batch.
            let log = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? 0
            #expect(log > 0)
            #expect(log < 800 << 10)
            #expect(try store.integrityCheck())
        }
        #expect(stored == 2400)
        let reopened = try Store(path: path, readOnly: true)
        #expect(try reopened.observations(sentences: false).count == 2400)
        #expect(try reopened.integrityCheck())
    }
}
