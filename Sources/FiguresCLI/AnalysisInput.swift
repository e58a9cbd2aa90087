import Dispatch
import FiguresAnalysis
import FiguresCore
import FiguresStore

/// What the analysis commands read: the store, or, when articles are given as arguments, an
/// in-memory store filled from them (so `figures report seeds/` needs no set-up).
struct AnalysisInput {
    var table: ObservationTable
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
            return AnalysisInput(table: try store.observationTable(asOf: options.asOf, sentences: sentences, jobs: options.jobs),
                                 documents: try store.documentCount())
        } catch {
            throw .store(error)
        }
    }

    /// The analysed series `filter` keeps, in key order.
    func series(_ filter: SeriesFilter) -> [AnalysedSeries] {
        SeriesAnalysis.plan(table.keys, filter: filter).compactMap { analyse($0, filter: filter) }
    }

    /// One planned series, its observations materialised from the table only for as long as it
    /// is analysed.
    func analyse(_ plan: SeriesPlan, filter: SeriesFilter) -> AnalysedSeries? {
        SeriesAnalysis.analyse(plan, filter: filter) { index, key, assumed in
            table.observations(of: index, as: key, unitAssumed: assumed)
        }
    }

    /// Analyses and renders the planned series on `jobs` threads, a chunk at a time, and hands
    /// each chunk's renderings to `consume` in plan order: the output is the same for any `jobs`.
    /// A chunk is consumed (written) on a queue of its own while the next one is analysed; chunks
    /// are large, as the threads wait for each other at the end of every chunk.
    func render<Output: Sendable>(_ plans: [SeriesPlan], filter: SeriesFilter, jobs: Int,
                                  _ render: @escaping @Sendable (AnalysedSeries) -> Output, consume: @escaping ([Output]) -> Void) {
        let chunk = 2048 * max(1, jobs)
        let consumer = DispatchQueue(label: "figures.render.consume")
        // One chunk is consumed at a time, and at most one more waits for it.
        let consumerIdle = DispatchSemaphore(value: 1)
        nonisolated(unsafe) let consume = consume
        var start = 0
        while start < plans.count {
            let slice = Array(plans[start..<min(start + chunk, plans.count)])
            start += slice.count
            let rendered = concurrentMap(slice.count, jobs: jobs) { analyse(slice[$0], filter: filter).map(render) }.compactMap { $0 }
            consumerIdle.wait()
            consumer.async {
                consume(rendered)
                consumerIdle.signal()
            }
        }
        consumerIdle.wait()
        consumerIdle.signal()
    }

    /// The series `series` and `render` give, planned but not analysed: the plans of series with at least one period `filter` keeps.
    func plans(_ filter: SeriesFilter) -> [SeriesPlan] {
        let plans = SeriesAnalysis.plan(table.keys, filter: filter)
        // Every stored series has observations: without a period filter each plan is kept.
        guard !filter.keepsEveryPeriod else { return plans }
        return plans.filter { plan in
            plan.members.contains { member in table.periods(of: member.index).contains(where: filter.accepts) }
        }
    }
}

extension CommandLineOptions {
    /// Options every analysis command takes.
    static let analysisOptions: Set<String> = [
        "--store", "--as-of", "--jobs", "-j", "--indicator", "--between", "--from", "--to", "--sector", "--unit", "--since", "--until",
    ]
}
