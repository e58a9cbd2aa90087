import FiguresCore

/// Builds JSON Lines output in a byte buffer: keys in a fixed order, strings escaped, invalid
/// UTF-8 replaced by U+FFFD so that every line is valid JSON whatever the input was.
struct JSONWriter {
    var bytes: [UInt8] = []
    private var needsComma = false

    mutating func beginObject() { bytes.append(UInt8(ascii: "{")); needsComma = false }
    mutating func endObject() { bytes.append(UInt8(ascii: "}")); bytes.append(10) }

    private mutating func key(_ name: StaticString) {
        key(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    private mutating func key(_ name: UnsafeBufferPointer<UInt8>) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        appendEscaped(name)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func key(_ name: String) {
        var copy = name
        copy.withUTF8 { key($0) }
    }

    /// A field whose name is only known at run time (export columns), written as a string.
    mutating func string(_ name: String, _ value: String?) {
        key(name)
        guard let value else { null(); return }
        var copy = value
        copy.withUTF8 { appendEscaped($0) }
    }

    /// A number field whose name is only known at run time.
    mutating func number(_ name: String, _ value: ExactDecimal?) {
        key(name)
        guard let value else { null(); return }
        bytes.append(contentsOf: value.description.utf8)
    }


    /// A literal JSON value (`true`, `false`) under a run-time name.
    mutating func raw(_ name: String, _ literal: String) {
        key(name)
        bytes.append(contentsOf: literal.utf8)
    }

    mutating func string(_ name: StaticString, _ value: String?) {
        key(name)
        guard let value else { null(); return }
        var copy = value
        copy.withUTF8 { appendEscaped($0) }
    }

    mutating func string(_ name: StaticString, bytes value: UnsafeBufferPointer<UInt8>) {
        key(name)
        appendEscaped(value)
    }

    mutating func number(_ name: StaticString, _ value: ExactDecimal?) {
        key(name)
        guard let value else { null(); return }
        bytes.append(contentsOf: value.description.utf8)
    }

    mutating func span(_ name: StaticString, _ range: Range<Int>) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        bytes.append(contentsOf: String(range.lowerBound).utf8)
        bytes.append(UInt8(ascii: ","))
        bytes.append(contentsOf: String(range.upperBound).utf8)
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func null() { bytes.append(contentsOf: "null".utf8) }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `p` as a JSON string: runs of plain bytes are copied at once; quotes, backslashes
    /// and control characters are escaped; invalid UTF-8 becomes U+FFFD.
    mutating func appendEscaped(_ p: UnsafeBufferPointer<UInt8>) {
        // Grow geometrically: reserving exactly what one string needs would copy the buffer every time.
        if bytes.capacity < bytes.count + p.count + 2 { bytes.reserveCapacity(max(bytes.count + p.count + 2, bytes.capacity * 2)) }
        bytes.append(UInt8(ascii: "\""))
        var i = 0
        var run = 0
        while i < p.count {
            let b = p[i]
            if b >= 0x20 && b < 0x80 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                i += 1; continue
            }
            if run < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
            if b < 0x80 {
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
                case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
                default:
                    bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, Self.hexDigits[Int(b >> 4)], Self.hexDigits[Int(b & 15)]])
                }
                i += 1
            } else if let (_, length) = decodeScalar(p, i) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + length)]))
                i += length
            } else {
                bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            }
            run = i
        }
        if run < p.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        bytes.append(UInt8(ascii: "\""))
    }
}
