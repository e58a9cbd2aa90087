import FiguresAnalysis
import FiguresCore

/// Writes extracted figures as JSON Lines (CONTRACT.md), CSV or an aligned table.
enum FigureWriter {
    static func jsonLines(_ figures: [Figure], document: Document, bytes p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var writer = JSONWriter()
        let doc = JSONWriter.quoted(document.id)
        let published = document.published.map(Period.day)
        let (indicators, bounds, statuses) = (Self.indicators, Self.bounds, Self.statuses)
        doc.withUnsafeBufferPointer { doc in
            for f in figures {
                writer.figureRow(f, doc: doc, published: published, indicator: indicators.bytes(of: f.indicator),
                                 bound: bounds.bytes(of: f.bound), status: statuses.bytes(of: f.status),
                                 text: UnsafeBufferPointer(rebasing: p[f.span]),
                                 sentence: UnsafeBufferPointer(rebasing: p[f.sentence]))
            }
        }
        return writer.bytes
    }

    /// The same rows written field by field, the reference ``JSONWriter/figureRow(_:doc:published:indicator:bound:status:text:sentence:)``
    /// is tested against.
    static func jsonLinesByField(_ figures: [Figure], document: Document, bytes p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var writer = JSONWriter()
        let doc = JSONWriter.quoted(document.id)
        let (indicators, bounds, statuses) = (Self.indicators, Self.bounds, Self.statuses)
        for f in figures {
            writer.beginObject()
            writer.json("doc", doc)
            writer.period("published", document.published.map(Period.day))
            writer.plainCase("indicator", f.indicator, indicators)
            writer.number("value", f.value)
            writer.unit("unit", f.unit)
            writer.plainCase("bound", f.bound, bounds)
            writer.number("low", f.low)
            writer.number("high", f.high)
            writer.plainString("from", f.from?.code)
            writer.plainString("to", f.to?.code)
            writer.string("sector", f.sector)
            writer.period("period", f.period)
            writer.plainCase("status", f.status, statuses)
            writer.string("text", bytes: UnsafeBufferPointer(rebasing: p[f.span]))
            writer.span("span", f.span)
            writer.string("sentence", bytes: UnsafeBufferPointer(rebasing: p[f.sentence]))
            writer.endObject()
        }
        return writer.bytes
    }

    static let indicators = QuotedCases<Indicator>()
    static let bounds = QuotedCases<Bound>()
    static let statuses = QuotedCases<FigureStatus>()

    static let csvColumns = ["doc", "published", "indicator", "value", "unit", "bound", "low", "high", "from", "to",
                             "sector", "period", "status", "text", "span_start", "span_end", "sentence"]

    static var csvHeader: String { csvColumns.joined(separator: ",") + "\r\n" }

    /// One RFC 4180 field: quoted when it holds a comma, quote or line break; invalid UTF-8 replaced.
    static func csvField(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    static func csv(_ figures: [Figure], document: Document, bytes p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = ""
        for f in figures {
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[f.span]), as: UTF8.self)
            let sentence = String(decoding: UnsafeBufferPointer(rebasing: p[f.sentence]), as: UTF8.self)
            let fields = [document.id, document.published?.description ?? "", f.indicator.rawValue,
                          f.value?.description ?? "", f.unit?.code ?? "", f.bound.rawValue, f.low?.description ?? "",
                          f.high?.description ?? "", f.from?.code ?? "", f.to?.code ?? "", f.sector ?? "",
                          f.period?.description ?? "", f.status.rawValue, text, String(f.span.lowerBound),
                          String(f.span.upperBound), sentence]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return Array(out.utf8)
    }

    static let tableWidths = [18, 15, 16, 6, 8, 8, 13, 17, 9]
    static var tableHeader: String {
        ColumnLayout.pad(["doc", "indicator", "value", "unit", "bound", "from→to", "sector", "period", "status"], tableWidths) + "text\n"
    }

    static func table(_ figures: [Figure], document: Document, bytes p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = ""
        for f in figures {
            let value = Formatting.bounded(f.bound, value: f.value, low: f.low, high: f.high)
            let parties = "\(f.from?.code ?? "?")→\(f.to?.code ?? "?")"
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[f.span]), as: UTF8.self)
            out += ColumnLayout.pad([document.id, f.indicator.rawValue, value, f.unit?.code ?? "", f.bound.rawValue, parties,
                        f.sector ?? "", f.period?.description ?? "", f.status.rawValue], tableWidths) + text + "\n"
        }
        return Array(out.utf8)
    }
}
