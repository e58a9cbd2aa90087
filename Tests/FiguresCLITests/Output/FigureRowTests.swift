@testable import FiguresCLI
import FiguresCore
import Testing

/// `figures extract --format jsonl` writes each row in one piece
/// (``JSONWriter/figureRow(_:doc:published:indicator:bound:status:text:sentence:)``). Its bytes
/// must be those of writing the row field by field, for every kind of field: with and without
/// a publication date, null and decimal numbers, each unit, missing and present parties,
/// sectors that need escaping, every period form, and texts with quotes, control bytes and
/// invalid UTF-8.
struct FigureRowTests {
    @Test func theRowIsWhatFieldByFieldWrites() throws {
        let number = { (text: String) in ExactDecimal(text)! }
        let text: [UInt8] = Array("Exports of \"wine\" rose to more than $1.2 billion in 2023.\u{1}\t\n".utf8)
            + [0x41, 0xFF, 0xC3, 0xA9, 0xE2, 0x82] + Array(" — €5 ½ and 4 million firms".utf8)
        let n = text.count
        let periods: [Period?] = [nil, .year(2023), .half(2023, 1), .quarter(2022, 4), .month(2023, 3),
                                  .months(fromYear: 2023, fromMonth: 1, toYear: 2023, toMonth: 11), .years(2015, 2022),
                                  .day(Day(year: 2022, month: 4, day: 16)!),
                                  // The longest text a period can have: the row's room must hold it.
                                  .months(fromYear: Int.min, fromMonth: 12, toYear: Int.max, toMonth: 12), .years(Int.min, Int.min)]
        var figures: [Figure] = []
        for (i, period) in periods.enumerated() {
            figures.append(Figure(indicator: Indicator.allCases[i % Indicator.allCases.count], value: number("1200000000"),
                                  unit: .currency(CurrencyCode("USD")!), bound: .lower, low: number("1200000000"), high: nil,
                                  from: CountryCode("AZ"), to: CountryCode("RU"), sector: i % 2 == 0 ? nil : "non-oil",
                                  period: period, status: i % 3 == 0 ? .target : .reported, span: 26..<47, sentence: 0..<n))
        }
        figures += [
            Figure(indicator: .tradeTurnover, value: nil, unit: .currency(CurrencyCode("EUR")!), bound: .range, low: number("3e6"),
                   high: number("4.5e6"), from: nil, to: CountryCode("EU"), sector: "a \"quoted\"\u{7} sector", period: .year(2021),
                   status: .reported, span: 0..<n, sentence: 0..<n),
            Figure(indicator: .enterprises, value: number("4000000"), unit: .count, bound: .approx, low: number("4000000"),
                   high: number("4000000"), from: CountryCode("DE"), to: nil, sector: "énergie", period: nil, status: .reported,
                   span: (n - 15)..<(n - 6), sentence: (n - 30)..<n),
            Figure(indicator: .investment, value: number("-0.000015"), unit: nil, bound: .upper, low: nil, high: number("1e70"),
                   from: nil, to: nil, sector: nil, period: .year(-44), status: .target, span: 0..<0, sentence: 5..<5),
        ]
        for published in [nil, Day(year: 2024, month: 3, day: 1)] {
            for id in ["seed-1", "a \"doc\"\u{7} named at length, more than fifteen bytes"] {
                let document = Document(id: id, published: published, bytes: text, path: "x.jsonl", line: 1)
                text.withUnsafeBufferPointer { p in
                    let whole = FigureWriter.jsonLines(figures, document: document, bytes: p)
                    #expect(whole == FigureWriter.jsonLinesByField(figures, document: document, bytes: p))
                    // One row at a time too: the field-by-field writer reuses a number across rows.
                    for f in figures {
                        #expect(FigureWriter.jsonLines([f], document: document, bytes: p)
                                == FigureWriter.jsonLinesByField([f], document: document, bytes: p), "\(f)")
                    }
                }
            }
        }
    }
}
