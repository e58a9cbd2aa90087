import FiguresCore
import FiguresStore
import Foundation
import Testing

/// Observations are inserted sixteen to a statement, the rest at the end of the batch: whatever
/// the documents' numbers of figures (none, fewer, exactly, more, across documents), every row
/// is stored once with its own values, and a row that repeats another is still ignored on its own.
struct ObservationInserterTests {
    @Test func everyRowIsStoredOnceWhateverTheGrouping() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("s.sqlite").path)
        let counts = [0, 1, 15, 16, 17, 33, 2]
        func figures(_ count: Int, document: Int) -> [Figure] {
            (0..<count).map { StoreTestSupport.figure(.exports, "\(document * 1000 + $0 + 1)", at: $0 * 10) }
        }
        var items = counts.enumerated().map { document, count in
            StoreTestSupport.item("d\(document)", content: "content \(document)", published: "2021-05-05", figures(count, document: document))
        }
        // A document whose second figure repeats its first (same words, same indicator): ignored.
        let repeated = StoreTestSupport.figure(.imports, "7", at: 40)
        items.append(StoreTestSupport.item("twice", content: "twice", published: "2021-05-05", [repeated, repeated]))
        let report = try store.ingest(items)
        let expected = counts.reduce(0, +) + 1
        #expect(report.observations == expected)
        let stored = try store.observations()
        #expect(stored.count == expected)
        for (document, count) in counts.enumerated() {
            let rows = stored.filter { $0.provenance.doc == "d\(document)" }.sorted { $0.provenance.span.lowerBound < $1.provenance.span.lowerBound }
            #expect(rows.map(\.value) == figures(count, document: document).map(\.value), "document \(document)")
            #expect(rows.map(\.provenance.span.lowerBound) == (0..<count).map { $0 * 10 }, "document \(document)")
        }
        // A second batch reuses nothing it should not: sixteen more rows, and the old ones again add nothing.
        let second = try store.ingest(items + [StoreTestSupport.item("d-next", content: "next", published: "2021-06-06", figures(16, document: 9))])
        #expect(second.observations == 16 && second.duplicates == items.count)
        #expect(try store.observations().count == expected + 16)
    }
}
