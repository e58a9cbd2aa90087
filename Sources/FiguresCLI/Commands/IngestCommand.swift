import FiguresCore
import FiguresExtractor
import FiguresStore
import Foundation

/// `figures ingest INPUT... [--store PATH] [--jobs N]`: extracts and stores, one transaction per
/// batch; re-ingesting the same content adds nothing.
struct IngestCommand {
    static let usage = """
    usage: figures ingest [--store PATH] [--jobs N] INPUT...
      Extracts the figures of the articles and adds them to the store (an SQLite file), as typed series
      with provenance. An article already stored (same content) adds nothing; an edited one is a new document.
      --store PATH   the store (default: $FIGURES_STORE, else figures.sqlite in this folder)
      --jobs N       worker threads for extraction (default: all cores)
      --batch-size N documents per transaction (default 2048, or 4 MB of text)
    """

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        let options = try CommandLineOptions.parse(arguments, command: "ingest", allowed: ["--store", "--jobs", "-j", "--batch-size"], formats: [])
        guard !options.inputs.isEmpty else { throw .noInput(command: "ingest") }
        let path = StoreLocation.path(options, context)
        let store: Store
        do { store = try Store(path: path) } catch { throw .store(error) }
        let reader = InputReader(diagnostics: context.diagnostics, standardInput: context.standardInput)
        let files = reader.files(for: options.inputs)
        let progress = Progress(diagnostics: context.diagnostics, enabled: context.errorsAreTerminal)
        let (report, failure) = ingest(files: files, reader: reader, into: store, jobs: options.jobs,
                                       batchSize: options.batchSize, progress: progress)
        // Closed here, not when the pipeline's last block lets go of it on its own thread: the
        // command returns with the log copied into the file and no lock held.
        store.close()
        progress.finish()
        if let failure {
            context.diagnostics.fail(path, "\(failure)")
            context.output.write("stored before the failure: \(summary(report))\n")
            return 1
        }
        context.output.write("\(summary(report)) in \(path)\n")
        return context.diagnostics.failures > 0 ? 1 : 0
    }

    /// Extracts `files` and stores them batch by batch; stops at the first store error and
    /// returns what was stored before it.
    static func ingest(files: [String], reader: InputReader, into store: Store, jobs: Int, batchSize: Int?,
                       progress: Progress? = nil) -> (IngestReport, StoreError?) {
        let extractor = Extractor()
        var report = IngestReport()
        var failure: StoreError?
        // A large ingest drops the indexes only users' queries need and builds them at its end
        // (see ``Store/defersQueryIndexes(inputBytes:storeBytes:)``); every ingest ends by making
        // sure they exist, which also mends a store whose ingest was killed in between.
        do throws(StoreError) {
            let inputBytes = files.reduce(0) { total, file in
                total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
            }
            if Store.defersQueryIndexes(inputBytes: inputBytes, storeBytes: try store.byteCount) {
                try store.dropQueryIndexes()
            }
        } catch {
            return (report, error)
        }
        // A batch is one transaction: 2,048 articles or 4 MB of text unless --batch-size says otherwise
        // (larger batches write each index page they change to the log once: 100 MB ingests in
        // 4.5 s with 2,048 articles a batch, 5.5 s with 512).
        let pipeline = DocumentPipeline(jobs: jobs, maxBatchDocuments: batchSize ?? 2048, maxBatchBytes: 4 << 20,
                                        prepare: { Extractor.warmUp(threads: jobs) })
        pipeline.run(reader: reader, files: files, work: { document in
            let figures = extractor.extract(document)
            return document.bytes.withUnsafeBufferPointer { p in
                IngestItem(doc: document.id, published: document.published, source: document.location,
                           contentHash: SHA256.hex(p), byteCount: p.count,
                           figures: figures.map { f in
                               IngestFigure(figure: f, text: String(decoding: UnsafeBufferPointer(rebasing: p[f.span]), as: UTF8.self),
                                            sentence: String(decoding: UnsafeBufferPointer(rebasing: p[f.sentence]), as: UTF8.self))
                           })
            }
        }, consume: { batch in
            guard failure == nil else { return }
            do throws(StoreError) {
                report += try store.ingest(batch)
                progress?.update(documents: report.documents + report.duplicates, observations: report.observations)
            } catch {
                failure = error
            }
        })
        do throws(StoreError) {
            try store.ensureQueryIndexes(sortThreads: jobs - 1)
        } catch {
            failure = failure ?? error
        }
        return (report, failure)
    }

    static func summary(_ report: IngestReport) -> String {
        "added \(report.documents) document\(report.documents == 1 ? "" : "s") (\(report.duplicates) already stored), "
            + "\(report.observations) figure\(report.observations == 1 ? "" : "s"), \(report.newSeries) new series"
    }
}

/// A one-line progress display on standard error, shown only on a terminal and only once the
/// work has taken more than a second.
final class Progress {
    let sink: Diagnostics
    let enabled: Bool
    let start = Date()
    var shown = false

    init(diagnostics: Diagnostics, enabled: Bool) {
        self.sink = diagnostics
        self.enabled = enabled
    }

    func update(documents: Int, observations: Int) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        shown = true
        let rate = Double(documents) / max(Date().timeIntervalSince(start), 0.001)
        sink.write("\r\u{1B}[K[\(String(repeating: "#", count: min(30, documents / 1000 % 31)))] \(documents) documents, \(observations) figures, \(Int(rate)) documents/s")
    }

    func finish() {
        if shown { sink.write("\r\u{1B}[K") }
    }
}
