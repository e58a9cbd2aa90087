import FiguresCore

/// A shared ``ByteBuffer`` for builders that are copied as values (``JSONWriter``): each copy
/// appends to the same bytes. A builder belongs to one thread and its methods never call out
/// while they change the buffer, so the run-time exclusivity check on every append (a fifth
/// of the cost of writing JSON) is left out.
final class ByteBuilder {
    @exclusivity(unchecked) private var buffer: ByteBuffer

    init(capacity: Int = 1024) {
        buffer = ByteBuffer(capacity: capacity)
    }

    var count: Int { buffer.count }

    @inline(__always)
    func append(_ byte: UInt8) { buffer.append(byte) }

    @inline(__always)
    func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) { buffer.append(bytes) }

    /// Appends a copy of bytes already written, `range` of this buffer.
    func appendCopy(of range: Range<Int>) { buffer.appendCopy(of: range) }

    /// Where the next `maximum` bytes go: write them there, then ``advance(by:)``.
    @inline(__always)
    func space(_ maximum: Int) -> UnsafeMutablePointer<UInt8> { buffer.space(maximum) }

    /// Counts `written` bytes put where ``space(_:)`` pointed.
    @inline(__always)
    func advance(by written: Int) { buffer.advance(by: written) }

    func append<S: Sequence<UInt8>>(contentsOf bytes: S) {
        for byte in bytes { buffer.append(byte) }
    }

    /// The bytes so far, copied into an array.
    var array: [UInt8] { buffer.array }
}
