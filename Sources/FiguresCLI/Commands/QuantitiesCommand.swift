import FiguresCore
import FiguresRecognizer

/// `figures quantities [--format jsonl|table] [--jobs N] INPUT...`: every amount the recogniser
/// finds (CONTRACT.md), whether or not it belongs to an indicator.
struct QuantitiesCommand {
    static let usage = """
    usage: figures quantities [--format jsonl|table] [--jobs N] INPUT...
      Lists every amount in the articles: money, percentages, numbers, ordinals and dates.
      INPUT is a date-header text file, a .jsonl file of articles, a folder, or - for standard input.
      --format   jsonl (one JSON object per amount) or table; default table on a terminal, else jsonl
      --jobs N   worker threads (default: all cores); the output is the same for any N
    """

    static let kinds = QuotedCases<QuantityKind>()
    static let bounds = QuotedCases<Bound>()

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "quantities", allowed: ["--format", "--jobs", "-j"],
                                                   formats: [.jsonl, .table])
        guard !options.inputs.isEmpty else { throw .noInput(command: "quantities") }
        let format = options.format ?? (context.outputIsTerminal ? .table : .jsonl)
        let reader = InputReader(diagnostics: context.diagnostics, standardInput: context.standardInput)
        let files = reader.files(for: options.inputs)
        let recognizer = Recognizer()
        if format == .table {
            context.output.write(QuantityTable.header)
        }
        DocumentPipeline(jobs: options.jobs, prepare: Recognizer.warmUp).run(reader: reader, files: files, output: context.output,
                                                 diagnostics: context.diagnostics) { document in
            var result = DocumentOutput()
            let recognition = document.bytes.withUnsafeBufferPointer { recognizer.recognize($0) }
            for span in recognition.unparsable {
                result.warnings.append((document.location(ofByte: span.lowerBound),
                                        "a number of \(span.count) characters is too long to represent exactly; skipped"))
            }
            var writer = JSONWriter()
            var rows: [Quantity] = []
            rows.reserveCapacity(recognition.quantities.count)
            for q in recognition.quantities {
                if let header = document.header, q.span.overlaps(header) { continue }
                rows.append(q)
            }
            document.bytes.withUnsafeBufferPointer { p in
                if format == .table {
                    result.bytes = QuantityTable.rows(rows, document: document, bytes: p)
                    return
                }
                let doc = JSONWriter.quoted(document.id)
                let (kinds, bounds) = (Self.kinds, Self.bounds)
                doc.withUnsafeBufferPointer { doc in
                    for q in rows {
                        writer.quantityRow(q, doc: doc, kind: kinds.bytes(of: q.kind), bound: bounds.bytes(of: q.bound),
                                           text: UnsafeBufferPointer(rebasing: p[q.span]))
                    }
                }
                result.bytes = writer.bytes
            }
            return result
        }
        return context.diagnostics.failures > 0 ? 1 : 0
    }
}
