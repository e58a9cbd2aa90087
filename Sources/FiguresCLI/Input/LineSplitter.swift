import Foundation

/// Cuts bytes fed in chunks into lines (without their "\n"), keeping a partial line between
/// chunks, and numbers them from 1. The JSON Lines readers for files and for standard input share it.
struct LineSplitter {
    private var pending: [UInt8] = []
    private(set) var lineNumber = 0

    mutating func feed(_ p: UnsafeBufferPointer<UInt8>, _ line: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        guard let base = p.baseAddress else { return }
        var start = 0
        while start < p.count, let found = memchr(base + start, 10, p.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            lineNumber += 1
            if pending.isEmpty {
                line(UnsafeBufferPointer(rebasing: p[start..<end]), lineNumber)
            } else {
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
                let whole = pending
                pending.removeAll(keepingCapacity: false)
                whole.withUnsafeBufferPointer { line($0, lineNumber) }
            }
            start = end + 1
        }
        if start < p.count { pending.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<p.count])) }
    }

    /// Hands over the last line when the input did not end with "\n".
    mutating func finish(_ line: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        guard !pending.isEmpty else { return }
        lineNumber += 1
        let whole = pending
        pending.removeAll()
        whole.withUnsafeBufferPointer { line($0, lineNumber) }
    }
}
