import FiguresCore
import FiguresExtractor
import Foundation
import Testing

/// Issue 3's acceptance list for the two sample articles: exactly these figures, no more.
@Suite struct SeedArticleTests {
    func figures(_ name: String) throws -> [(Figure, String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: url))
        let published = Day(iso: name.hasPrefix("000") ? "2022-04-16" : "2024-08-19")
        let found = bytes.withUnsafeBufferPointer { Extractor().extract($0, published: published, header: nil) }
        return found.map { ($0, String(decoding: bytes[$0.span], as: UTF8.self)) }
    }

    func describe(_ f: Figure) -> String {
        "\(f.indicator.rawValue) \(f.value.map { "\($0)" } ?? "-") \(f.unit?.code ?? "-") \(f.bound.rawValue) "
            + "\(f.from?.code ?? "-")→\(f.to?.code ?? "-") \(f.sector ?? "-") \(f.period?.description ?? "-")"
    }

    @Test func firstArticle() throws {
        let found = try figures("000_96fc7f21711e4c2d.txt").map { describe($0.0) }
        #expect(found == [
            "investment 1200000000 USD lower AZ→RU - 2022-04-16",
            "investment 6300000000 USD exact RU→AZ - 2022-04-16",
            "investment 5000000000 USD exact RU→AZ oil 2022-04-16",
            "investment 1300000000 USD exact RU→AZ non-oil 2022-04-16",
            "trade_turnover 2900000000 USD exact AZ→RU - 2021",
        ])
    }

    @Test func secondArticle() throws {
        let found = try figures("004_1c80b5a92ccd7d1d.txt")
        #expect(found.map { describe($0.0) } == [
            "trade_turnover 4000000000 - lower AZ→RU - 2023",
            "investment 4000000000 USD lower RU→AZ - 2024-08-19",
            "enterprises 1270 count lower RU→AZ - 2024-08-19",
        ])
        // Nothing from the page furniture, dates, clause numbers or the 44-day war.
        #expect(!found.contains { $0.1.contains("16") || $0.1.contains("44") })
    }
}
