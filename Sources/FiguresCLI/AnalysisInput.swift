import FiguresAnalysis
import FiguresCore
import FiguresStore

/// What the analysis commands read: the store, or, when articles are given as arguments, an
/// in-memory store filled from them (so `figures report seeds/` needs no set-up).
struct AnalysisInput {
    var observations: [Observation]
    var documents: Int

    static func load(_ options: CommandLineOptions, inputs: [String], context: CommandContext,
                     sentences: Bool = false) throws(CLIError) -> AnalysisInput {
        let store: Store
        do throws(StoreError) {
            if inputs.isEmpty {
                store = try Store(path: StoreLocation.path(options, context), readOnly: true)
            } else {
                store = try Store(path: ":memory:")
                let reader = InputReader(diagnostics: context.diagnostics, standardInput: context.standardInput)
                let (_, failure) = IngestCommand.ingest(files: reader.files(for: inputs), reader: reader, into: store,
                                                        jobs: options.jobs, batchSize: nil)
                if let failure { throw failure }
            }
            return AnalysisInput(observations: try store.observations(asOf: options.asOf, sentences: sentences),
                                 documents: try store.documentCount())
        } catch {
            throw .store(error)
        }
    }

    func series(_ filter: SeriesFilter) -> [AnalysedSeries] {
        SeriesAnalysis.analyse(observations, filter: filter)
    }
}

extension CommandLineOptions {
    /// Options every analysis command takes.
    static let analysisOptions: Set<String> = [
        "--store", "--as-of", "--jobs", "-j", "--indicator", "--between", "--from", "--to", "--sector", "--unit", "--since", "--until",
    ]
}
