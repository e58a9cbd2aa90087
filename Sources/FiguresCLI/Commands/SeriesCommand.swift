import FiguresAnalysis
import FiguresCore
import FiguresStore

/// `figures series [--store PATH] [--as-of DATE] [--format table|jsonl]`: the series in the store.
struct SeriesCommand {
    static let usage = """
    usage: figures series [--store PATH] [--as-of YYYY-MM-DD] [--format table|jsonl]
      Lists the series in the store: key, unit, number of observations and sources, first and last period.
      --as-of DATE   only what had been published by that date (a vintage)
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "series", allowed: ["--store", "--as-of", "--format"],
                                                   formats: [.table, .jsonl])
        guard options.inputs.isEmpty else { throw .usage("'figures series' takes no inputs; use --store to choose the store") }
        let path = StoreLocation.path(options, context)
        let summaries: [SeriesSummary]
        do { summaries = try Store(path: path, readOnly: true).series(asOf: options.asOf) } catch { throw .store(error) }
        if (options.format ?? .table) == .jsonl {
            var writer = JSONWriter()
            for s in summaries {
                writer.beginObject()
                writer.string("series", s.key.description)
                writer.string("indicator", s.key.indicator.rawValue)
                writer.string("from", s.key.from?.code)
                writer.string("to", s.key.to?.code)
                writer.string("sector", s.key.sector)
                writer.string("unit", s.key.unit?.code)
                writer.string("measure", s.key.measure.rawValue)
                writer.number("observations", ExactDecimal(s.observations))
                writer.number("documents", ExactDecimal(s.documents))
                writer.string("first", s.firstPeriod?.description)
                writer.string("last", s.lastPeriod?.description)
                writer.endObject()
            }
            context.output.write(writer.bytes)
            return 0
        }
        var rows = [["series", "unit", "obs", "sources", "first", "last"]]
        for s in summaries {
            rows.append([s.key.description, s.key.unit?.code ?? "?", "\(s.observations)", "\(s.documents)",
                         s.firstPeriod?.description ?? "-", s.lastPeriod?.description ?? "-"])
        }
        context.output.write(TextTable.render(rows))
        if summaries.isEmpty { context.output.write("(no series yet: run 'figures ingest' on some articles)\n") }
        return 0
    }
}

/// `figures show SERIES [--store PATH] [--as-of DATE]`: a series' observations with their sources.
struct ShowCommand {
    static let usage = """
    usage: figures show SERIES [--store PATH] [--as-of YYYY-MM-DD] [--format table|jsonl]
      Lists the observations of one series (as 'figures series' names it) with their sources.
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "show", allowed: ["--store", "--as-of", "--format"],
                                                   formats: [.table, .jsonl])
        guard options.inputs.count == 1, let name = options.inputs.first else {
            throw .usage("'figures show' takes exactly one series name; 'figures series' lists them")
        }
        guard let key = SeriesKey(name) else {
            throw .invalidValue(option: "SERIES", value: name, expected: "a series name such as trade_turnover:AZ-RU::USD:flow")
        }
        let path = StoreLocation.path(options, context)
        let observations: [Observation]
        do {
            observations = try Store(path: path, readOnly: true).observations(series: key, asOf: options.asOf)
        } catch { throw .store(error) }
        guard !observations.isEmpty else { throw .store(.unknownSeries(name)) }
        if (options.format ?? .table) == .jsonl {
            context.output.write(ObservationWriter.jsonLines(observations))
            return 0
        }
        var rows = [["period", "value", "bound", "status", "published", "doc", "text"]]
        for o in observations {
            rows.append([o.period?.description ?? "-", Formatting.value(o), o.bound.rawValue, o.status.rawValue,
                         o.provenance.published?.description ?? "-", o.provenance.doc, o.provenance.text])
        }
        context.output.write("\(key.description)  (\(key.unit?.code ?? "unit unknown"), \(key.measure.rawValue))\n")
        context.output.write(TextTable.render(rows))
        return 0
    }
}
