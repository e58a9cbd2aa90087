import Foundation

/// Warnings and errors for standard error, each naming the file (and line) at fault, and the
/// count of inputs that could not be read, which decides the exit status.
///
/// Thread-safe: the reader reports from the main thread while a pipeline's consumer reports
/// from its own.
public final class Diagnostics: @unchecked Sendable {
    let sink: ByteSink
    let lock = NSLock()
    private var counts = (warnings: 0, failures: 0)

    public init(sink: ByteSink) {
        self.sink = sink
    }

    public var warnings: Int { lock.withLock { counts.warnings } }
    public var failures: Int { lock.withLock { counts.failures } }

    /// Something was odd but the input was still read.
    public func warn(_ location: String, _ message: String) {
        lock.withLock {
            counts.warnings += 1
            sink.write("figures: warning: \(location): \(message)\n")
        }
    }

    /// An input (or part of it) could not be read: the command exits with status 1.
    public func fail(_ location: String, _ message: String) {
        lock.withLock {
            counts.failures += 1
            sink.write("figures: error: \(location): \(message)\n")
        }
    }

    /// Writes `text` as it is (a progress line, a note).
    public func write(_ text: String) {
        lock.withLock { sink.write(text) }
    }
}
