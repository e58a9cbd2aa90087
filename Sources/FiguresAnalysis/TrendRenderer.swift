import FiguresCore

/// `figures trend`: per series, a table of period, value (with its bound), change, percent
/// change and an inline bar, then where each value came from.
public enum TrendRenderer {
    static let barWidth = 24

    /// An inline bar scaled to the series' largest value: "█" for the value, "▸" for an open upper
    /// side (a lower bound), "◂" for an upper bound, "░" for the span of a range.
    public static func bar(_ interval: Interval, max scale: Double) -> String {
        guard scale > 0 else { return "" }
        let low = cells(interval.low, scale), high = cells(interval.high, scale)
        switch (interval.low, interval.high) {
        case let (l?, h?) where l == h: return String(repeating: "█", count: low)
        case (_?, _?): return String(repeating: "█", count: low) + String(repeating: "░", count: Swift.max(1, high - low))
        case (_?, nil): return String(repeating: "█", count: low) + "▸"
        case (nil, _?): return String(repeating: "█", count: high) + "◂"
        default: return ""
        }
    }

    /// Bar cells for `value` on a scale whose largest value fills ``barWidth`` cells.
    static func cells(_ value: ExactDecimal?, _ scale: Double) -> Int {
        guard let value else { return 0 }
        let width = value.doubleValue / scale * Double(barWidth)
        guard width.isFinite else { return 0 }
        return Swift.min(barWidth * 4, Swift.max(0, Int(width.rounded())))
    }

    static func largest(_ series: AnalysedSeries) -> Double {
        (series.points + series.targets).compactMap { ($0.interval.high ?? $0.interval.low)?.doubleValue }.max() ?? 0
    }

    public static func render(_ all: [AnalysedSeries]) -> String {
        var out = ""
        for series in all {
            out += "\(Formatting.title(series.key))  (\(series.key.unit?.code ?? "unit unknown"), \(series.key.measure.rawValue))\n"
            let scale = largest(series)
            var rows = [["period", "value", "change", "% change", "gap", ""]]
            for point in series.points {
                let change = series.change(to: point)
                let gap = change?.gap ?? ""
                rows.append([Formatting.period(point.period), Formatting.value(point.chosen),
                             change.map { Formatting.change($0.absolute) } ?? "",
                             change.map { Formatting.percent($0.relative) } ?? "", gap, bar(point.interval, max: scale)])
            }
            for point in series.targets {
                rows.append([Formatting.period(point.period) + " (target)", Formatting.value(point.chosen), "", "", "",
                             bar(point.interval, max: scale)])
            }
            out += indent(TextTable.render(rows))
            for point in series.points + series.targets {
                for report in point.reports {
                    out += "    \(Formatting.period(point.period)): \(report.provenance.doc) \"\(report.provenance.text)\""
                        + (report.unitAssumed ? " (unit assumed from the series)" : "")
                        + (report.provenance.published.map { ", published \($0)" } ?? "") + "\n"
                }
                for (a, b) in point.conflicts {
                    out += "    conflict in \(Formatting.period(point.period)): \(a.provenance.doc) says \(Formatting.value(a)), "
                        + "\(b.provenance.doc) says \(Formatting.value(b))\n"
                }
            }
            out += "\n"
        }
        return out.isEmpty ? "no series match\n" : out
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}

/// Aligned plain-text columns; the first row is the header. Widths count characters.
public enum TextTable {
    public static func render(_ rows: [[String]], maxWidth: Int = 60) -> String {
        guard let header = rows.first else { return "" }
        var widths = header.map { _ in 0 }
        let clipped = rows.map { row in row.map { cell in cell.count > maxWidth ? String(cell.prefix(maxWidth - 1)) + "…" : cell } }
        for row in clipped { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in clipped {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
