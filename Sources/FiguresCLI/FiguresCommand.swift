import Foundation

/// What a command runs against: streams and the environment, injected so that every command
/// can be run in-process by tests.
public struct CommandContext {
    public var output: ByteSink
    public var diagnostics: Diagnostics
    public var standardInput: () -> [UInt8]
    public var outputIsTerminal: Bool
    public var errorsAreTerminal: Bool
    public var environment: [String: String]

    public init(output: ByteSink, errors: ByteSink, standardInput: @escaping () -> [UInt8] = { [] },
                outputIsTerminal: Bool = false, errorsAreTerminal: Bool = false, environment: [String: String] = [:]) {
        self.output = output
        self.diagnostics = Diagnostics(sink: errors)
        self.standardInput = standardInput
        self.outputIsTerminal = outputIsTerminal
        self.errorsAreTerminal = errorsAreTerminal
        self.environment = environment
    }
}

/// The `figures` command line: dispatches to a subcommand and maps errors to exit statuses
/// (0 success, 1 unreadable input or store failure, 2 usage error).
public enum FiguresCommand {
    static let usage = """
    usage: figures COMMAND [OPTIONS] INPUT...

    Turns the figures in economic news into typed time series.

    commands:
      extract      the indicator figures: investment, trade turnover, exports, imports, enterprises
      ingest       extract and add to the store (SQLite): typed series with provenance
      series       the series in the store
      show         one series' observations with their sources
      trend        per series: values, changes, percent changes and bars
      report       every series: latest value, change, growth, sources, conflicts (--html FILE)
      export       the tidy table (CSV or JSON Lines), or --wide for spreadsheets
      chart        selected series as an SVG chart
      quantities   every amount in the articles (money, percentages, numbers, dates)
      version      version and build configuration
      help         this text, or 'figures help COMMAND'

    INPUT is a text article with a 'date YYYY-MM-DD' header, a .jsonl file of articles
    ({"id", "published", "text"} per line), a folder of those, or - for standard input.
    """

    static func command(_ name: String) -> (usage: String, run: ([String], CommandContext) throws(CLIError) -> Int32)? {
        switch name {
        case "extract": return (ExtractCommand.usage, ExtractCommand.run)
        case "ingest": return (IngestCommand.usage, IngestCommand.run)
        case "series": return (SeriesCommand.usage, SeriesCommand.run)
        case "show": return (ShowCommand.usage, ShowCommand.run)
        case "trend": return (TrendCommand.usage, TrendCommand.run)
        case "report": return (ReportCommand.usage, ReportCommand.run)
        case "export": return (ExportCommand.usage, ExportCommand.run)
        case "chart": return (ChartCommand.usage, ChartCommand.run)
        case "version": return (VersionCommand.usage, VersionCommand.run)
        case "quantities": return (QuantitiesCommand.usage, QuantitiesCommand.run)
        default: return nil
        }
    }

    /// Runs the command line in `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        guard let name = arguments.first else {
            context.diagnostics.sink.write(usage + "\n")
            return 2
        }
        if name == "help" || name == "--help" || name == "-h" {
            if arguments.count > 1, let command = command(arguments[1]) {
                context.output.write(command.usage + "\n")
            } else {
                context.output.write(usage + "\n")
            }
            return 0
        }
        guard let command = command(name) else {
            context.diagnostics.sink.write("figures: \(CLIError.unknownCommand(name))\n")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            context.output.write(command.usage + "\n")
            return 0
        }
        do {
            return try command.run(rest, context)
        } catch {
            context.diagnostics.sink.write("figures: \(error)\n")
            if error.exitStatus == 2 { context.diagnostics.sink.write(command.usage + "\n") }
            return error.exitStatus
        }
    }

    /// Entry point for the executable: real standard streams and environment.
    public static func main(arguments: [String]) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let output = FileDescriptorSink(descriptor: 1)
        let errors = FileDescriptorSink(descriptor: 2)
        let context = CommandContext(
            output: output, errors: errors,
            standardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
            outputIsTerminal: output.isTerminal, errorsAreTerminal: errors.isTerminal,
            environment: ProcessInfo.processInfo.environment)
        return run(arguments, context: context)
    }
}
