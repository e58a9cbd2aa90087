import FiguresCore

/// UTF-8 text built as bytes. Appending to a `String` that holds non-ASCII text checks for a
/// grapheme boundary at every join (hundreds of instructions); appending bytes is a copy. The
/// report is tens of megabytes of such joins.
///
/// The bytes live in a ``ByteBuffer``, so it cannot be copied: it is built in place and read out once.
public struct TextBytes: ~Copyable {
    private var buffer: ByteBuffer

    public init(capacity: Int = 256) {
        buffer = ByteBuffer(capacity: capacity)
    }

    @inline(__always)
    public mutating func append(bytes: UnsafeBufferPointer<UInt8>) { buffer.append(bytes) }

    @inline(__always)
    public mutating func append(byte: UInt8) { buffer.append(byte) }

    @inline(__always)
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    @inline(__always)
    public mutating func append(_ text: StaticString) {
        append(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func append(_ value: Int) {
        append(String(value))
    }

    /// The decimal's text (``ExactDecimal/description``).
    public mutating func append(_ value: ExactDecimal) {
        value.withTextBytes { append(bytes: $0) }
    }

    /// The decimal rounded half away from zero to exactly `places` decimals ("37.9", "-2.0").
    public mutating func append(_ value: ExactDecimal, places: Int) {
        let start = buffer.count
        append(value.rounded(toPlaces: places))
        guard places > 0 else { return }
        var point: Int?
        for i in start..<buffer.count where buffer[i] == UInt8(ascii: ".") { point = i; break }
        let decimals = point.map { buffer.count - $0 - 1 }
        if decimals == nil { append(byte: UInt8(ascii: ".")) }
        for _ in 0..<max(0, places - (decimals ?? 0)) { append(byte: UInt8(ascii: "0")) }
    }

    /// Spaces after what `body` appends, up to `width` characters (never cut). Characters are
    /// counted as Unicode scalars: the formatted values and periods this pads have no
    /// combining marks, so each scalar is one character.
    public mutating func appendPadded(to width: Int, _ body: (inout TextBytes) -> Void) {
        let start = buffer.count
        body(&self)
        var characters = 0
        for i in start..<buffer.count where buffer[i] & 0xC0 != 0x80 { characters += 1 }
        for _ in characters..<max(characters, width) { append(byte: UInt8(ascii: " ")) }
    }

    /// The bytes so far, copied out.
    public var bytes: [UInt8] { buffer.array }

    /// The text as a `String` (valid UTF-8 by construction: only text was appended).
    public var string: String { buffer.withBytes { String(decoding: $0, as: UTF8.self) } }
}
