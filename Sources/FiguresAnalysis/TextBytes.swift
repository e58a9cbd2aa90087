import FiguresCore

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

    public mutating func append<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        self.bytes.append(contentsOf: bytes)
    }

    /// The decimal's text (``ExactDecimal/description``).
    public mutating func append(_ value: ExactDecimal) {
        value.withTextBytes { bytes.append(contentsOf: $0) }
    }

    /// The decimal rounded to exactly `places` decimals ("37.9", "-2.0"), as
    /// ``ExactDecimal/formatted(places:)`` writes it.
    public mutating func append(_ value: ExactDecimal, places: Int) {
        let start = bytes.count
        append(value.rounded(toPlaces: places))
        guard places > 0 else { return }
        let written = bytes[start...]
        let decimals = written.firstIndex(of: UInt8(ascii: ".")).map { bytes.count - $0 - 1 }
        if decimals == nil { bytes.append(UInt8(ascii: ".")) }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, places - (decimals ?? 0))))
    }

    /// Spaces after what `body` appends, up to `width` characters (never cut). Characters are
    /// counted as Unicode scalars: the formatted values and periods this pads have no
    /// combining marks, so each scalar is one character.
    public mutating func appendPadded(to width: Int, _ body: (inout TextBytes) -> Void) {
        let start = bytes.count
        body(&self)
        var count = 0
        for byte in bytes[start...] where byte & 0xC0 != 0x80 { count += 1 }
        if count < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - count)) }
    }

    /// The text as a `String` (the bytes are valid UTF-8 by construction: only strings were appended).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
