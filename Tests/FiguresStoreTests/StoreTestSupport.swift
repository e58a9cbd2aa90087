import FiguresCore
import FiguresStore
import Foundation

enum StoreTestSupport {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figures-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func figure(_ indicator: Indicator, _ value: String, unit: String? = "USD", bound: Bound = .exact,
                       from: String? = "RU", to: String? = "AZ", sector: String? = nil, period: String? = "2021",
                       status: FigureStatus = .reported, at offset: Int = 0) -> Figure {
        let v = ExactDecimal(value)!
        return Figure(indicator: indicator, value: v, unit: unit.flatMap { QuantityUnit(code: $0) }, bound: bound,
                      low: bound == .upper ? nil : v, high: bound == .lower ? nil : v,
                      from: from.flatMap(CountryCode.init), to: to.flatMap(CountryCode.init), sector: sector,
                      period: period.flatMap { Period($0) }, status: status, span: offset..<(offset + 5), sentence: 0..<20)
    }

    /// The number of pages of the SQLite file at `path`: its size over the page size its header
    /// records (bytes 16–17, big-endian; 1 stands for 65536).
    static func pageCount(_ path: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let field = Int(data[16]) << 8 | Int(data[17])
        return data.count / (field == 1 ? 65536 : field)
    }

    /// A store at `folder/s.sqlite` holding one document (one export figure), capped two pages
    /// above its size: a "full disk" for the next large batch.
    static func nearlyFullStore(in folder: URL) throws -> (Store, String) {
        let path = folder.appendingPathComponent("s.sqlite").path
        let store = try Store(path: path)
        _ = try store.ingest([item("first", content: "1", published: "2022-01-01", [figure(.exports, "1")])])
        try store.limitSize(toPages: try pageCount(path) + 2)
        return (store, path)
    }

    static func item(_ doc: String, content: String, published: String?, _ figures: [Figure]) -> IngestItem {
        IngestItem(doc: doc, published: published.flatMap { Day(iso: $0) }, source: "test/\(doc)",
                   contentHash: SHA256.hex(Array(content.utf8)), byteCount: content.utf8.count,
                   figures: figures.map { ($0, "words", "The sentence.") })
    }
}
