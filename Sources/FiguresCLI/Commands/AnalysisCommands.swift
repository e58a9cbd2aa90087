import FiguresAnalysis
import FiguresCore
import Foundation

/// Filters shared by the analysis commands, for their usage texts.
private let filterHelp = """
      --store PATH          read this store (default $FIGURES_STORE, else figures.sqlite); ignored when INPUTs are given
      --as-of DATE          only what had been published by that date
      --indicator NAME      investment, trade_turnover, exports, imports or enterprises
      --between A B         series between two countries (ISO codes, either direction)
      --from CC, --to CC    series from or to a country
      --sector S, --unit U  one sector, one unit (USD, count, ...)
      --since P, --until P  periods within a range (2021, 2023-S1, 2022-Q1, 2023-03, 2022-04-16)
    """

/// `figures trend [FILTERS] [INPUT...]`: per series, period, value, change, % change and a bar.
struct TrendCommand {
    static let usage = """
    usage: figures trend [FILTERS] [INPUT...]
      Prints each series as a table of period, value (with its bound), change and percent change from the
      previous period of the same kind, with an inline bar and the source of every value.
    \(filterHelp)
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "trend", allowed: CommandLineOptions.analysisOptions, formats: [])
        let input = try AnalysisInput.load(options, inputs: options.inputs, context: context)
        context.output.write(TrendRenderer.render(input.series(options.filter)))
        return context.diagnostics.failures > 0 ? 1 : 0
    }
}

/// `figures report [FILTERS] [--html FILE] [INPUT...]`: every series in one report.
struct ReportCommand {
    static let usage = """
    usage: figures report [FILTERS] [--html FILE] [INPUT...]
      Prints every series: its values with sources, the latest value, the change since the previous period,
      compound annual growth over the span, the number of sources and any conflicting reports.
      --html FILE           also write the report as one self-contained HTML page with an SVG chart per series
    \(filterHelp)
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "report",
                                                   allowed: CommandLineOptions.analysisOptions.union(["--html"]), formats: [])
        let input = try AnalysisInput.load(options, inputs: options.inputs, context: context)
        let plans = input.plans(options.filter)
        let count = plans.count
        // Series by series as they are analysed: memory holds one series, not the report.
        var text = ChunkedWriter(context.output)
        var html: (ChunkedWriter, FileDescriptorSink)?
        if let path = options.html {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else {
                throw .unreadable(path: path, reason: "cannot write the HTML report here; check the folder exists and is writable")
            }
            let sink = FileDescriptorSink(descriptor: descriptor)
            html = (ChunkedWriter(sink), sink)
            html!.0.write(ReportRenderer.htmlHead(series: count, documents: input.documents))
        }
        defer { if let (_, sink) = html { close(sink.descriptor) } }
        text.write(ReportRenderer.textHeader(series: count, documents: input.documents))
        let wantsHTML = options.html != nil
        input.render(plans, filter: options.filter, jobs: options.jobs, { series in
            var part = TextBytes()
            ReportRenderer.appendText(series, to: &part)
            return (part.bytes, wantsHTML ? ReportRenderer.html(series) : "")
        }, consume: { rendered in
            for (part, page) in rendered {
                text.write(bytes: part)
                html?.0.write(page)
            }
        })
        text.flush()
        if let path = options.html, let sink = html?.1, var writer = html?.0 {
            writer.write(ReportRenderer.htmlTail)
            writer.flush()
            guard !sink.failed else {
                throw .unreadable(path: path, reason: "writing the HTML report failed (is the disk full?)")
            }
            context.diagnostics.sink.write("figures: wrote \(path)\n")
        }
        return context.diagnostics.failures > 0 ? 1 : 0
    }
}

/// `figures export --format csv|jsonl [--wide] [FILTERS] [INPUT...]`: the tidy table, or one
/// row per period and one column per series.
struct ExportCommand {
    static let usage = """
    usage: figures export [--format csv|jsonl] [--wide] [FILTERS] [INPUT...]
      Writes one row per observation, with its series and source (RFC 4180 CSV with a header, or JSON Lines).
      --wide                one row per period and one column per series (the resolved value), for spreadsheet charts
    \(filterHelp)
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "export",
                                                   allowed: CommandLineOptions.analysisOptions.union(["--format", "--wide"]),
                                                   formats: [.csv, .jsonl])
        let input = try AnalysisInput.load(options, inputs: options.inputs, context: context, sentences: true)
        let series = input.series(options.filter)
        let format = options.format ?? .csv
        if options.wide {
            context.output.write(ExportWriter.wide(series, format: format))
        } else {
            context.output.write(ExportWriter.tidy(series, format: format))
        }
        return context.diagnostics.failures > 0 ? 1 : 0
    }
}

/// `figures chart [SERIES...] --out FILE.svg [FILTERS] [INPUT...]`: selected series in one SVG.
struct ChartCommand {
    static let usage = """
    usage: figures chart [SERIES...] --out FILE.svg [FILTERS] [INPUT...]
      Draws the named series (as 'figures series' or 'figures report' names them; all when none is named)
      in one SVG chart; bounds are drawn as such.
    \(filterHelp)
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "chart",
                                                   allowed: CommandLineOptions.analysisOptions.union(["--out", "-o"]), formats: [])
        guard let out = options.out else { throw .usage("'figures chart' needs --out FILE.svg") }
        let names = options.inputs.filter { SeriesKey($0) != nil }
        let inputs = options.inputs.filter { SeriesKey($0) == nil }
        let input = try AnalysisInput.load(options, inputs: inputs, context: context)
        var series = input.series(options.filter)
        if !names.isEmpty {
            let wanted = Set(names.compactMap(SeriesKey.init))
            series = series.filter { wanted.contains($0.key) }
            let missing = wanted.subtracting(series.map(\.key))
            if let first = missing.first { throw .store(.unknownSeries(first.description)) }
        }
        let svg = SVGChart.render(series)
        guard FileManager.default.createFile(atPath: out, contents: Data(svg.utf8)) else {
            throw .unreadable(path: out, reason: "cannot write the chart here; check the folder exists and is writable")
        }
        context.output.write("wrote \(out): \(series.count) series\n")
        return context.diagnostics.failures > 0 ? 1 : 0
    }
}
