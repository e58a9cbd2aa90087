/// A growable byte buffer in memory it owns, for output built a few bytes at a time: an append
/// is a capacity check and a copy, where an `Array` append also checks uniqueness and goes
/// through the generic sequence path (several times the cost for short pieces). It cannot be
/// copied; the bytes are read out once.
public struct ByteBuffer: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    /// The number of bytes written.
    @usableFromInline var storedCount = 0
    public var count: Int { storedCount }
    @usableFromInline var capacity: Int

    public init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes, doubling the capacity as needed.
    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        guard storedCount + extra > capacity else { return }
        grow(extra)
    }

    @usableFromInline
    mutating func grow(_ extra: Int) {
        var newCapacity = capacity * 2
        while newCapacity < storedCount + extra { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: base, count: storedCount)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        base[storedCount] = byte
        storedCount += 1
    }

    /// Short pieces (keys, codes, numbers) are copied byte by byte: a `memmove` call costs more
    /// than the copy itself.
    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        let target = base + storedCount
        if bytes.count <= 16 {
            for i in 0..<bytes.count { target[i] = source[i] }
        } else {
            target.update(from: source, count: bytes.count)
        }
        storedCount += bytes.count
    }

    /// Appends a copy of bytes already written, `range` of this buffer.
    public mutating func appendCopy(of range: Range<Int>) {
        reserve(range.count)
        (base + storedCount).update(from: base + range.lowerBound, count: range.count)
        storedCount += range.count
    }

    /// Where the next `maximum` bytes go: write them there, then ``advance(by:)``.
    @inlinable @inline(__always)
    public mutating func space(_ maximum: Int) -> UnsafeMutablePointer<UInt8> {
        reserve(maximum)
        return base + storedCount
    }

    /// Counts `written` bytes put where ``space(_:)`` pointed.
    @inlinable @inline(__always)
    public mutating func advance(by written: Int) { storedCount += written }

    /// The byte at `index` (below ``count``).
    @inlinable
    public subscript(index: Int) -> UInt8 { base[index] }

    /// The bytes so far, copied into an array.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: storedCount)) }

    /// Calls `body` with the bytes so far.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: storedCount))
    }
}
