import FiguresCore

/// `figures report`: every series in one readable report — latest value, change since the
/// previous period, CAGR over the span, number of sources, conflicts — as text or as one
/// self-contained HTML page with an SVG chart per series.
public enum ReportRenderer {
    public struct Summary {
        public var latest: String
        public var change: String
        public var growth: String
        public var sources: Int
        public var conflicts: Int
    }

    public static func summary(_ series: AnalysedSeries) -> Summary {
        let last = series.latest
        var latest = TextBytes(), change = TextBytes(), growth = TextBytes()
        appendLatest(last, to: &latest)
        appendChange(series, last: last, to: &change)
        appendGrowth(series, last: last, to: &growth)
        return Summary(latest: latest.string, change: change.string, growth: growth.string, sources: series.sources,
                       conflicts: series.conflictCount)
    }

    /// The summary's latest value: "1.5 billion (2023)", or "-".
    static func appendLatest(_ last: ResolvedPoint?, to out: inout TextBytes) {
        guard let point = last else { out.append("-" as StaticString); return }
        Formatting.appendValue(point.chosen, to: &out)
        out.append(" (" as StaticString)
        Formatting.appendPeriod(point.period, to: &out)
        out.append(")" as StaticString)
    }

    /// The summary's change to the latest value from the point before it of the same kind:
    /// "+200 million, +15.4 % since 2022 (gap: …)", or "-".
    static func appendChange(_ series: AnalysedSeries, last: ResolvedPoint?, to out: inout TextBytes) {
        guard let point = last, let c = series.change(to: point), let from = c.from.period else {
            out.append("-" as StaticString)
            return
        }
        Formatting.appendChange(c.absolute, to: &out)
        out.append(", " as StaticString)
        Formatting.appendPercent(c.relative, to: &out)
        out.append(" since " as StaticString)
        Formatting.appendPeriod(from, to: &out)
        if let gap = c.gap {
            out.append(" (" as StaticString)
            out.append(gap)
            out.append(")" as StaticString)
        }
    }

    /// The summary's compound annual growth over the span: "+17.4 % a year (2019 to 2023)", or "-".
    static func appendGrowth(_ series: AnalysedSeries, last: ResolvedPoint?, to out: inout TextBytes) {
        guard let g = series.growth, let first = series.points.first?.period, let lastPeriod = last?.period else {
            out.append("-" as StaticString)
            return
        }
        out.append(Formatting.growth(g))
        out.append(" (" as StaticString)
        Formatting.appendPeriod(first, to: &out)
        out.append(" to " as StaticString)
        Formatting.appendPeriod(lastPeriod, to: &out)
        out.append(")" as StaticString)
    }

    public static func text(_ all: [AnalysedSeries], documents: Int) -> String {
        all.reduce(textHeader(series: all.count, documents: documents)) { $0 + text($1) }
    }

    /// The first lines of the text report.
    public static func textHeader(series: Int, documents: Int) -> String {
        "Figures report: \(series) series from \(documents) document\(documents == 1 ? "" : "s")\n\n"
    }

    /// One series of the text report.
    public static func text(_ series: AnalysedSeries) -> String {
        var out = TextBytes()
        appendText(series, to: &out)
        return out.string
    }

    /// Appends one series of the text report to `out`.
    public static func appendText(_ series: AnalysedSeries, to out: inout TextBytes) {
        let last = series.latest
        Formatting.appendTitle(series.key, to: &out)
        out.append("  (" as StaticString)
        out.append(series.key.unit?.code ?? "unit unknown")
        out.append(", " as StaticString)
        out.append(series.key.measure.rawValue)
        out.append(")\n" as StaticString)
        /// One line per point, the point borrowed from its array rather than copied (a copy
        /// retains its reports, its conflicts and the chosen report's strings).
        func line(_ point: borrowing ResolvedPoint) {
            let source = point.chosen.provenance
            out.append("  " as StaticString)
            out.appendPadded(to: 22) { out in
                Formatting.appendPeriod(point.period, to: &out)
                if point.chosen.status == .target { out.append(" (target)" as StaticString) }
            }
            out.append(" " as StaticString)
            out.appendPadded(to: 20) { Formatting.appendValue(point.chosen, to: &$0) }
            out.append(" " as StaticString)
            out.append(source.doc)
            out.append(" \"" as StaticString)
            out.append(source.text)
            out.append("\"" as StaticString)
            if point.chosen.unitAssumed { out.append(" (unit assumed)" as StaticString) }
            if point.reportCount > 1 {
                out.append(" +" as StaticString)
                out.append(point.reportCount - 1)
                out.append(" more" as StaticString)
            }
            out.append("\n" as StaticString)
        }
        for i in series.points.indices { line(series.points[i]) }
        for i in series.targets.indices { line(series.targets[i]) }
        out.append("  latest: " as StaticString)
        appendLatest(last, to: &out)
        out.append("; change: " as StaticString)
        appendChange(series, last: last, to: &out)
        out.append("\n  CAGR: " as StaticString)
        appendGrowth(series, last: last, to: &out)
        out.append("; sources: " as StaticString)
        out.append(series.sources)
        out.append("; conflicts: " as StaticString)
        let conflicts = series.conflictCount
        if conflicts == 0 { out.append("none" as StaticString) } else { out.append(conflicts) }
        out.append("\n" as StaticString)
        for (a, b) in series.conflicts {
            out.append("  conflict: ")
            out.append(a.provenance.doc)
            out.append(" ")
            out.append(Formatting.value(a))
            out.append(" vs ")
            out.append(b.provenance.doc)
            out.append(" ")
            out.append(Formatting.value(b))
            out.append("\n")
        }
        out.append("\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// One HTML page, no scripts and no network: inline CSS and an inline SVG per series.
    public static func html(_ all: [AnalysedSeries], documents: Int) -> String {
        all.reduce(htmlHead(series: all.count, documents: documents)) { $0 + html($1) } + htmlTail
    }

    /// The HTML page up to the first series.
    public static func htmlHead(series: Int, documents: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>Figures report</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 760px; color: #222; }
        h2 { font-size: 1.1em; margin-top: 2em; }
        .meta { color: #555; font-size: 0.9em; }
        table { border-collapse: collapse; font-size: 0.85em; margin-top: 0.5em; }
        td, th { border-bottom: 1px solid #ddd; padding: 0.2em 0.6em; text-align: left; }
        svg { background: #fafafa; border: 1px solid #eee; }
        </style>
        </head>
        <body>
        <h1>Figures report</h1>
        <p>\(series) series from \(documents) document\(documents == 1 ? "" : "s"). Open markers are bounds: ▲ more than, ▼ less than; bars are ranges.</p>

        """
    }

    /// The end of the HTML page.
    public static let htmlTail = "</body>\n</html>\n"

    /// One series of the HTML page: a heading, a summary line, a chart and every report.
    public static func html(_ series: AnalysedSeries) -> String {
        let s = summary(series)
        var body = "<section>\n<h2>\(escape(Formatting.title(series.key)))</h2>\n"
        body += "<p class=\"meta\">\(escape(series.key.unit?.code ?? "unit unknown")), \(series.key.measure.rawValue); "
            + "latest \(escape(s.latest)); change \(escape(s.change)); CAGR \(escape(s.growth)); "
            + "\(s.sources) source\(s.sources == 1 ? "" : "s"); conflicts: \(s.conflicts)</p>\n"
        body += SVGChart.render([series], width: 640, height: 260) + "\n"
        body += "<table>\n<tr><th>period</th><th>value</th><th>bound</th><th>status</th><th>source</th><th>words</th></tr>\n"
        for point in series.points + series.targets {
            for report in point.reports {
                body += "<tr><td>\(escape(Formatting.period(point.period)))</td><td>\(escape(Formatting.value(report)))</td>"
                    + "<td>\(report.bound.rawValue)</td><td>\(report.status.rawValue)</td>"
                    + "<td>\(escape(report.provenance.doc))\(report.provenance.published.map { " (\($0))" } ?? "")</td>"
                    + "<td>\(escape(report.provenance.text))</td></tr>\n"
            }
        }
        body += "</table>\n</section>\n"
        return body
    }
}
