import Dispatch
import FiguresCore

/// What one document produced: output bytes and messages, kept in document order.
struct DocumentOutput: Sendable {
    var bytes: [UInt8] = []
    var warnings: [(String, String)] = []
}

/// Reads documents in order, processes them in batches on `jobs` threads and hands each batch's
/// results over in document order, so the output is the same whatever `jobs` is. Memory is
/// bounded by two batches (a thousand articles or ~8 MB of text each), not by the corpus.
struct DocumentPipeline {
    var jobs: Int
    var maxBatchDocuments = 1024
    var maxBatchBytes = 8 << 20

    /// Processes every document of `files` with `work` and passes each finished batch to `consume`.
    ///
    /// `consume` runs on a thread of its own, one batch at a time and in order, while the next
    /// batch is read and processed: writing output or storing overlaps extraction. Each call
    /// finishes before the next starts, and all have finished when `run` returns.
    func run<Output: Sendable>(reader: InputReader, files: [String], work: @escaping @Sendable (Document) -> Output,
                               consume: @escaping ([Output]) -> Void) {
        var batch: [Document] = []
        var batchBytes = 0
        let consumer = DispatchQueue(label: "figures.pipeline.consume")
        // One batch in the consumer's hands at a time; the semaphore orders every call after the previous one.
        let idle = DispatchSemaphore(value: 1)
        nonisolated(unsafe) let consume = consume
        func flush() {
            guard !batch.isEmpty else { return }
            let results = process(batch, work: work)
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
            idle.wait()
            consumer.async {
                consume(results)
                idle.signal()
            }
        }
        for file in files {
            reader.read(file) { document in
                batch.append(document)
                batchBytes += document.bytes.count
                if batch.count >= maxBatchDocuments || batchBytes >= maxBatchBytes { flush() }
            }
        }
        flush()
        idle.wait()
        idle.signal()
    }

    /// The common case: each document's output bytes go to `output`, its warnings to `diagnostics`.
    func run(reader: InputReader, files: [String], output: ByteSink, diagnostics: Diagnostics,
             work: @escaping @Sendable (Document) -> DocumentOutput) {
        run(reader: reader, files: files, work: work) { results in
            var chunk: [UInt8] = []
            for result in results {
                for (location, message) in result.warnings { diagnostics.warn(location, message) }
                chunk.append(contentsOf: result.bytes)
                if chunk.count > 1 << 20 { output.write(chunk); chunk.removeAll(keepingCapacity: true) }
            }
            if !chunk.isEmpty { output.write(chunk) }
        }
    }

    func process<Output: Sendable>(_ batch: [Document], work: @escaping @Sendable (Document) -> Output) -> [Output] {
        let workers = min(jobs, batch.count)
        if workers <= 1 { return batch.map(work) }
        var results = [Output?](repeating: nil, count: batch.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            batch.withUnsafeBufferPointer { documents in
                nonisolated(unsafe) let input = documents
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var index = worker
                    while index < input.count {
                        out[index] = work(input[index])
                        index += workers
                    }
                }
            }
        }
        return results.map { $0! }
    }
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
