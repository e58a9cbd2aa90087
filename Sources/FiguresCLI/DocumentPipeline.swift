#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization
import FiguresCore

/// What one document produced: output bytes and messages, kept in document order.
struct DocumentOutput: Sendable {
    var bytes: [UInt8] = []
    var warnings: [(String, String)] = []
}

/// Reads documents in order, processes them in batches on `jobs` threads and hands each batch's
/// results over in document order, so the output is the same whatever `jobs` is.
///
/// Three stages overlap: the calling thread reads batch N+1 while batch N is processed and
/// batch N-1 is consumed (written or stored). Memory is bounded by those three batches (by
/// default ~1 MB of text and 256 articles per thread each), not by the corpus.
///
/// Batches start small and double: the first holds 32 articles, so a small input starts being
/// processed at once and little memory is faulted in. Later ones are long enough that what each
/// batch costs beyond its articles stays small: waking the threads that process it, and the
/// wait for its last article (the threads meet at the end of every batch). With batches of
/// 32-64 articles that overhead was 7-9 % of a 100 MB extraction. Ingest sets its batch size
/// (one transaction each), and every batch has it.
struct DocumentPipeline {
    var jobs: Int
    /// Documents per batch, every batch (ingest: one transaction each); nil for batches that
    /// start at 32 documents and double up to 256 per thread.
    var maxBatchDocuments: Int? = nil
    /// Documents in the first batch when ``maxBatchDocuments`` is nil.
    static let firstBatchDocuments = 32
    var maxBatchBytes = 1 << 20
    /// Runs on the processing thread while the first batch is read (lexicons built up front).
    var prepare: (@Sendable () -> Void)?

    /// Processes every document of `files` with `work` and passes each finished batch to `consume`.
    ///
    /// `consume` runs on a thread of its own, one batch at a time and in order. Each call
    /// finishes before the next starts, and all have finished when `run` returns.
    func run<Output: Sendable>(reader: InputReader, files: [String], work: @escaping @Sendable (Document) -> Output,
                               consume: @escaping ([Output]) -> Void) {
        var batch: [Document] = []
        var batchBytes = 0
        let maxBatchDocuments = self.maxBatchDocuments ?? 256 * max(1, jobs)
        var batchLimit = self.maxBatchDocuments == nil ? min(Self.firstBatchDocuments, maxBatchDocuments) : maxBatchDocuments
        let processor = DispatchQueue(label: "figures.pipeline.process")
        let consumer = DispatchQueue(label: "figures.pipeline.consume")
        // One batch in each later stage at a time; the semaphores order every hand-over.
        let processorIdle = DispatchSemaphore(value: 1)
        let consumerIdle = DispatchSemaphore(value: 1)
        nonisolated(unsafe) let consume = consume
        let pipeline = self
        if let prepare { processor.async(execute: prepare) }
        func flush() {
            guard !batch.isEmpty else { return }
            let documents = batch
            batch = []
            batchBytes = 0
            batchLimit = min(2 * batchLimit, maxBatchDocuments)
            processorIdle.wait()
            processor.async {
                let results = pipeline.process(documents, work: work)
                consumerIdle.wait()
                consumer.async {
                    consume(results)
                    consumerIdle.signal()
                }
                processorIdle.signal()
            }
            // Let the thread that processes the batch start now: it was just woken, both cores
            // are busy, and this thread would go on reading the next batch while the scheduler
            // let it wait (traced: up to 2 ms at a batch; the median of two threads on 10 MB
            // went from 0.171 to 0.157 s).
            _ = sched_yield()
        }
        for file in files {
            reader.read(file) { document in
                batch.append(document)
                batchBytes += document.bytes.count
                if batch.count >= batchLimit || batchBytes >= maxBatchBytes { flush() }
            }
        }
        flush()
        processorIdle.wait()
        processorIdle.signal()
        consumerIdle.wait()
        consumerIdle.signal()
    }

    /// The common case: each document's output bytes go to `output`, its warnings to `diagnostics`.
    func run(reader: InputReader, files: [String], output: ByteSink, diagnostics: Diagnostics,
             work: @escaping @Sendable (Document) -> DocumentOutput) {
        // One buffer for every batch, its capacity kept: a fresh one per batch meant new pages
        // (page faults) and copies as it grew, 8 % of the time of `figures quantities`.
        var chunk: [UInt8] = []
        run(reader: reader, files: files, work: work) { results in
            chunk.removeAll(keepingCapacity: true)
            for result in results {
                for (location, message) in result.warnings { diagnostics.warn(location, message) }
                chunk.append(contentsOf: result.bytes)
                if chunk.count >= Self.writeSize { output.write(chunk); chunk.removeAll(keepingCapacity: true) }
            }
            if !chunk.isEmpty { output.write(chunk) }
        }
    }

    /// Output is written in pieces of about this many bytes: enough to make system calls rare,
    /// small enough that the buffer stays in cache and is faulted in once (a 1 MB buffer cost
    /// 256 page faults, each about as dear as writing a page of output).
    static let writeSize = 1 << 16

    func process<Output: Sendable>(_ batch: [Document], work: @escaping @Sendable (Document) -> Output) -> [Output] {
        concurrentMap(batch.count, jobs: jobs) { work(batch[$0]) }
    }
}

/// `body(0) … body(count - 1)` on up to `jobs` threads, results in index order whatever `jobs` is.
/// Each thread claims the next unclaimed index as it finishes one, so a long item does not leave
/// the other threads idle at the end of the batch.
func concurrentMap<Output: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Output) -> [Output] {
    let workers = min(jobs, count)
    if workers <= 1 { return (0..<count).map(body) }
    var results = [Output?](repeating: nil, count: count)
    let next = Atomic<Int>(0)
    results.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let out = buffer
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                out[index] = body(index)
            }
        }
    }
    return results.map { $0! }
}

extension Document {
    /// The 1-based line of byte offset `offset` ("path:line" for text files; for JSON Lines the
    /// article's own line in its file).
    func location(ofByte offset: Int) -> String {
        if let line { return "\(path):\(line)" }
        var count = 1
        for byte in bytes[..<min(offset, bytes.count)] where byte == 10 { count += 1 }
        return "\(path):\(count)"
    }
}
