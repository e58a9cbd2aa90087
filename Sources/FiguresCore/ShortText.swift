import Synchronization

/// A short piece of text (a currency name, an ISO date) stored inline: no heap buffer and no
/// reference count, so a value holding it (``Quantity``) is trivially copyable and arrays of it are
/// copied and freed without a per-element walk.
///
/// Up to 15 UTF-8 bytes live in the value itself. Longer text, which the recogniser never
/// produces but a caller may set, is kept once in a process-wide table and referred to by index,
/// so nothing is ever cut. Equal texts give equal values either way.
public struct ShortText: Hashable, Sendable, CustomStringConvertible {
    /// Bytes 0–7 of the text, or the index of a long text.
    private var low: UInt64
    /// Bytes 8–14 of the text; the top byte is the length, or 0xFF for a long text.
    private var high: UInt64

    /// Most bytes kept inline.
    public static let inlineCapacity = 15

    public init(_ text: String) {
        var copy = text
        self = copy.withUTF8 { ShortText(utf8: $0) }
    }

    /// The text of `bytes`, which must be valid UTF-8.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.inlineCapacity else {
            low = UInt64(Self.longTexts.withLock { $0.index(of: String(decoding: bytes, as: UTF8.self)) })
            high = 0xFF << 56
            return
        }
        var low: UInt64 = 0
        var high: UInt64 = UInt64(bytes.count) << 56
        for (i, byte) in bytes.enumerated() {
            if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
        }
        self.low = low
        self.high = high
    }

    /// Calls `body` with the text's UTF-8 bytes.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let count = Int(high >> 56)
        if count == 0xFF {
            var text = Self.longTexts.withLock { $0.texts[Int(low)] }
            return try text.withUTF8(body)
        }
        var words = (low.littleEndian, high.littleEndian)
        return try withUnsafeBytes(of: &words) { raw in
            try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    public var description: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

    /// Texts longer than ``inlineCapacity``, each stored once.
    private struct LongTexts: ~Copyable {
        var texts: [String] = []
        var indices: [String: Int] = [:]

        mutating func index(of text: String) -> Int {
            if let index = indices[text] { return index }
            texts.append(text)
            indices[text] = texts.count - 1
            return texts.count - 1
        }
    }

    private static let longTexts = Mutex(LongTexts())
}
