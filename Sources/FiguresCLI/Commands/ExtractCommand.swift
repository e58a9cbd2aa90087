import FiguresCore
import FiguresExtractor

/// `figures extract [--format table|jsonl|csv] [--jobs N] INPUT...`: the indicator figures of
/// each article (CONTRACT.md).
struct ExtractCommand {
    static let usage = """
    usage: figures extract [--format table|jsonl|csv] [--jobs N] INPUT...
      Lists the investment, trade-turnover, export, import and enterprise-count figures in the articles,
      with unit, bound, parties (from/to), sector, period, status and the words and sentence they came from.
      INPUT is a date-header text file, a .jsonl file of articles, a folder, or - for standard input.
      --format   table (default on a terminal), jsonl (default otherwise; see CONTRACT.md) or csv
      --jobs N   worker threads (default: all cores); the output is the same for any N
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "extract", allowed: ["--format", "--jobs", "-j"],
                                                   formats: [.jsonl, .table, .csv])
        guard !options.inputs.isEmpty else { throw .noInput(command: "extract") }
        let format = options.format ?? (context.outputIsTerminal ? .table : .jsonl)
        let reader = InputReader(diagnostics: context.diagnostics, standardInput: context.standardInput)
        let files = reader.files(for: options.inputs)
        let extractor = Extractor()
        switch format {
        case .table: context.output.write(FigureWriter.tableHeader)
        case .csv: context.output.write(FigureWriter.csvHeader)
        case .jsonl: break
        }
        let jobs = options.jobs
        DocumentPipeline(jobs: jobs, prepare: { Extractor.warmUp(threads: jobs) }).run(reader: reader, files: files, output: context.output,
                                                 diagnostics: context.diagnostics) { document in
            var result = DocumentOutput()
            let figures = extractor.extract(document)
            document.bytes.withUnsafeBufferPointer { p in
                switch format {
                case .jsonl: result.bytes = FigureWriter.jsonLines(figures, document: document, bytes: p)
                case .csv: result.bytes = FigureWriter.csv(figures, document: document, bytes: p)
                case .table: result.bytes = FigureWriter.table(figures, document: document, bytes: p)
                }
            }
            return result
        }
        return context.diagnostics.failures > 0 ? 1 : 0
    }
}
