import FiguresAnalysis
import FiguresCore

/// `figures export`: the tidy table of CONTRACT.md and the wide table for spreadsheets.
enum ExportWriter {
    static let tidyColumns = ["series", "indicator", "from", "to", "sector", "unit", "measure", "period", "value", "bound", "low",
                              "high", "status", "published", "doc", "text", "span_start", "span_end", "sentence", "content_hash",
                              "unit_assumed"]

    static func tidy(_ all: [AnalysedSeries], format: CommandLineOptions.Format) -> [UInt8] {
        let observations = all.flatMap { s in (s.points + s.targets).flatMap(\.reports) }
        if format == .jsonl {
            var writer = JSONWriter()
            for o in observations {
                writer.beginObject()
                for (column, value) in zip(tidyColumns, cells(o)) {
                    switch column {
                    case "value", "low", "high", "span_start", "span_end": writer.number(named: column, value.flatMap { ExactDecimal($0) })
                    case "unit_assumed": writer.raw(named: column, value ?? "false")
                    default: writer.string(named: column, value)
                    }
                }
                writer.endObject()
            }
            return writer.bytes
        }
        var out = tidyColumns.joined(separator: ",") + "\r\n"
        for o in observations { out += cells(o).map { FigureWriter.csvField($0 ?? "") }.joined(separator: ",") + "\r\n" }
        return Array(out.utf8)
    }

    static func cells(_ o: Observation) -> [String?] {
        [o.series.description, o.series.indicator.rawValue, o.series.from?.code, o.series.to?.code, o.series.sector,
         o.unit?.code, o.series.measure.rawValue, o.period?.description, o.value?.description, o.bound.rawValue,
         o.low?.description, o.high?.description, o.status.rawValue, o.provenance.published?.description, o.provenance.doc,
         o.provenance.text, String(o.provenance.span.lowerBound), String(o.provenance.span.upperBound), o.provenance.sentence,
         o.provenance.contentHash, o.unitAssumed ? "true" : "false"]
    }

    /// One row per period (in order), one column per series: the resolved reported value (for a
    /// range, its low end; bounds are in the tidy table).
    static func wide(_ all: [AnalysedSeries], format: CommandLineOptions.Format) -> [UInt8] {
        let periods = Set(all.flatMap { $0.points.compactMap(\.period) }).sorted()
        let columns = all.map { $0.key.description }
        var rows: [[String]] = []
        for period in periods {
            var row = [period.description]
            for series in all {
                let point = series.points.first { $0.period == period }
                row.append(point.map { ($0.chosen.value ?? $0.chosen.low)?.description ?? "" } ?? "")
            }
            rows.append(row)
        }
        if format == .jsonl {
            var writer = JSONWriter()
            for row in rows {
                writer.beginObject()
                writer.string("period", row[0])
                for (column, cell) in zip(columns, row.dropFirst()) { writer.number(named: column, ExactDecimal(cell)) }
                writer.endObject()
            }
            return writer.bytes
        }
        var out = (["period"] + columns).map(FigureWriter.csvField).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map(FigureWriter.csvField).joined(separator: ",") + "\r\n" }
        return Array(out.utf8)
    }
}
