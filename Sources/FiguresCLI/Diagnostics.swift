/// Warnings and errors for standard error, each naming the file (and line) at fault, and the
/// count of inputs that could not be read, which decides the exit status.
public final class Diagnostics: @unchecked Sendable {
    let sink: ByteSink
    public private(set) var warnings = 0
    public private(set) var failures = 0

    public init(sink: ByteSink) {
        self.sink = sink
    }

    /// Something was odd but the input was still read.
    public func warn(_ location: String, _ message: String) {
        warnings += 1
        sink.write("figures: warning: \(location): \(message)\n")
    }

    /// An input (or part of it) could not be read: the command exits with status 1.
    public func fail(_ location: String, _ message: String) {
        failures += 1
        sink.write("figures: error: \(location): \(message)\n")
    }
}
