/// A growable byte buffer in raw memory, for output builders that append a few bytes at a time:
/// an append is a capacity check and a store, where `Array.append` also checks uniqueness.
final class ByteBuilder {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes, doubling the capacity as needed.
    @inline(__always)
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Short pieces (keys, codes, numbers) are copied byte by byte: a `memmove` call costs more
    /// than the copy itself.
    @inline(__always)
    func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        let target = base + count
        if bytes.count <= 16 {
            for i in 0..<bytes.count { target[i] = source[i] }
        } else {
            target.update(from: source, count: bytes.count)
        }
        count += bytes.count
    }

    /// Appends a copy of bytes already written, `range` of this buffer.
    func appendCopy(of range: Range<Int>) {
        reserve(range.count)
        (base + count).update(from: base + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Where the next `maximum` bytes go: write them there, then ``advance(by:)``.
    @inline(__always)
    func space(_ maximum: Int) -> UnsafeMutablePointer<UInt8> {
        reserve(maximum)
        return base + count
    }

    /// Counts `written` bytes put where ``space(_:)`` pointed.
    @inline(__always)
    func advance(by written: Int) { count += written }

    func append<S: Sequence<UInt8>>(contentsOf bytes: S) {
        for byte in bytes { append(byte) }
    }

    /// The bytes so far, copied into an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
