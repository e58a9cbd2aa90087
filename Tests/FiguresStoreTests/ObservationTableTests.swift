import FiguresCore
import FiguresStore
import Foundation
import Testing

struct ObservationTableTests {
    /// A store of 60 documents whose figures spread over several series, periods, dates and
    /// bounds, so that every id range meets series, periods and dates the others also meet.
    static func store(in folder: URL) throws -> Store {
        let store = try Store(path: folder.appendingPathComponent("t.sqlite").path)
        let indicators: [Indicator] = [.investment, .exports, .tradeTurnover]
        let periods: [String?] = ["2021", "2022", "2023-S1", nil, "2022-04-16", "2023-01/2023-12", "2023"]
        let bounds: [Bound] = [.exact, .approx, .lower, .upper]
        for batch in 0..<3 {
            var items: [IngestItem] = []
            for n in 0..<20 {
                let k = batch * 20 + n
                let figures = (0..<3).map { f in
                    StoreTestSupport.figure(indicators[(k + f) % 3], "\(k * 10 + f).5", unit: k % 5 == 0 ? nil : "USD",
                                            bound: bounds[(k + f) % 4], sector: f == 2 ? "oil" : nil,
                                            period: periods[(k * 3 + f) % periods.count], at: f * 10)
                }
                items.append(StoreTestSupport.item("doc\(k).txt", content: "content \(k)",
                                                   published: k % 7 == 0 ? nil : "2023-0\(1 + k % 9)-1\(k % 10)", figures))
            }
            _ = try store.ingest(items)
        }
        return store
    }

    @Test func readingIdRangesOnSeveralThreadsGivesTheSameTable() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Self.store(in: folder)
        let whole = try store.observationTable(sentences: false)
        #expect(whole.count(of: 0) > 0)
        #expect(whole.allObservations().count == 180)
        for jobs in [2, 3, 7] {
            let split = try store.observationTable(sentences: false, jobs: jobs, idsPerJob: 5)
            #expect(split.keys == whole.keys)
            #expect(split.allObservations() == whole.allObservations())
            for index in whole.keys.indices {
                #expect(split.periods(of: index) == whole.periods(of: index))
            }
        }
        let asOf = Day(iso: "2023-05-01")!
        let early = try store.observationTable(asOf: asOf, sentences: false)
        #expect(early.allObservations().count < 180)
        #expect(try store.observationTable(asOf: asOf, sentences: false, jobs: 3, idsPerJob: 5).allObservations()
                == early.allObservations())
    }
}
