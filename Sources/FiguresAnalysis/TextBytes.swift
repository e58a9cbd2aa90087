/// UTF-8 text built as bytes. Appending to a `String` that holds non-ASCII text checks for a
/// grapheme boundary at every join (hundreds of instructions); appending bytes is a copy. The
/// report is tens of megabytes of such joins.
public struct TextBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    public mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func append(_ value: Int) {
        append(String(value))
    }

    /// `text`, then spaces up to `width` characters (never cut; see ``Formatting/pad(_:_:)``).
    public mutating func append(_ text: String, paddedTo width: Int) {
        append(text)
        let count = Formatting.characterCount(text)
        if count < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - count)) }
    }

    /// The text as a `String` (the bytes are valid UTF-8 by construction: only strings were appended).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
