import Foundation

/// Where a command writes: standard output and error in the executable, buffers in tests.
public protocol ByteSink: AnyObject {
    func write(_ bytes: [UInt8])
}

extension ByteSink {
    public func write(_ text: String) { write(Array(text.utf8)) }
}

/// Writes to a file descriptor, retrying short writes; stops quietly on a closed pipe.
public final class FileDescriptorSink: ByteSink, @unchecked Sendable {
    let descriptor: Int32
    public private(set) var failed = false

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func write(_ bytes: [UInt8]) {
        guard !failed else { return }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += written
            }
        }
    }

    public var isTerminal: Bool { isatty(descriptor) != 0 }
}

/// Collects bytes in memory (tests).
public final class BufferSink: ByteSink, @unchecked Sendable {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Gathers text and hands it to a sink in chunks of about a megabyte, so that a long report is
/// written as it is made without a system call per line.
struct ChunkedWriter {
    let sink: ByteSink
    var buffer: [UInt8] = []

    init(_ sink: ByteSink) {
        self.sink = sink
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
