@testable import FiguresCLI
import FiguresCore
import Testing

/// `figures quantities` writes each row in one piece (``JSONWriter/quantityRow(_:doc:kind:bound:text:)``).
/// Its bytes must be those of writing the row field by field, for every kind of field: null and
/// decimal numbers, huge and tiny exponents, each kind of unit, long and escaped unit names and
/// dates, and texts with quotes, control bytes and invalid UTF-8.
struct QuantityRowTests {
    func fieldByField(_ q: Quantity, doc: [UInt8], text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.json("doc", doc)
        writer.plainCase("kind", q.kind, QuantitiesCommand.kinds)
        writer.number("value", q.value)
        writer.unit("unit", q.unit)
        writer.plainCase("bound", q.bound, QuantitiesCommand.bounds)
        writer.number("low", q.low)
        writer.number("high", q.high)
        writer.string("text", bytes: text)
        writer.span("span", q.span)
        if let name = q.unitName { writer.string("unit_name", name) }
        if let date = q.date { writer.string("date", date) }
        writer.endObject()
        return writer.bytes
    }

    func inOnePiece(_ q: Quantity, doc: [UInt8], text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var writer = JSONWriter()
        doc.withUnsafeBufferPointer { doc in
            writer.quantityRow(q, doc: doc, kind: QuantitiesCommand.kinds.bytes(of: q.kind),
                               bound: QuantitiesCommand.bounds.bytes(of: q.bound), text: text)
        }
        return writer.bytes
    }

    @Test func theRowIsWhatFieldByFieldWrites() throws {
        let number = { (text: String) in ExactDecimal(text)! }
        let quantities: [Quantity] = [
            Quantity(kind: .money, value: number("1200000000"), unit: .currency(CurrencyCode("USD")!), bound: .lower,
                     low: number("1200000000"), span: 3..<18, qualified: true),
            Quantity(kind: .money, value: nil, unit: .currency(CurrencyCode("EUR")!), bound: .range, low: number("3e6"),
                     high: number("4e6"), span: 0..<1),
            Quantity(kind: .percent, value: number("12.5"), unit: .percent, low: number("12.5"), high: number("12.5"), span: 7..<12),
            Quantity(kind: .number, value: number("-2.5"), unit: .percentagePoint, low: number("-2.5"), high: number("-2.5"), span: 1..<9),
            Quantity(kind: .number, value: number("1e70"), unit: .count, low: number("1e-30"), high: number("1e70"), span: 0..<100_000_000),
            Quantity(kind: .money, value: number("0.15"), bound: .approx, low: number("0.15"), high: number("0.15"), span: 2..<10,
                     unitName: "cent"),
            Quantity(kind: .money, value: number("40"), span: 2..<10, unitName: "a \"quoted\" franc name longer than fifteen"),
            Quantity(kind: .date, value: number("2020"), span: 5..<21, date: "2020-11-10"),
            Quantity(kind: .date, value: nil, span: 5..<9, date: "1990/1999"),
            Quantity(kind: .ordinal, value: number("3"), bound: .upper, high: number("3"), span: 0..<3),
            Quantity(kind: .number, value: number("0"), low: number("0"), high: number("0"), span: 0..<1),
        ]
        let texts: [[UInt8]] = [Array("more than $1.2 billion".utf8), Array("say \"5\"\\ \u{1}\t\n".utf8), [0x41, 0xFF, 0xC3, 0xA9, 0xE2, 0x82], [], Array("€5 — ½".utf8)]
        for (i, q) in quantities.enumerated() {
            for text in texts {
                for doc in [JSONWriter.quoted("bench-\(i)"), JSONWriter.quoted("a \"doc\"\u{7}")] {
                    text.withUnsafeBufferPointer { text in
                        #expect(inOnePiece(q, doc: doc, text: text) == fieldByField(q, doc: doc, text: text), "quantity \(i)")
                    }
                }
            }
        }
    }
}
