import FiguresCore

/// Builds JSON Lines output in a byte buffer: keys in a fixed order, strings escaped, invalid
/// UTF-8 replaced by U+FFFD so that every line is valid JSON whatever the input was.
struct JSONWriter {
    let out = ByteBuilder()
    var bytes: [UInt8] { out.array }
    private var needsComma = false
    /// The last number written and where its text is in `out`.
    private var lastNumber: (ExactDecimal, Range<Int>)?

    mutating func beginObject() { out.append(UInt8(ascii: "{")); needsComma = false }
    mutating func endObject() { out.append(UInt8(ascii: "}")); out.append(10) }

    /// A key the program spells (plain ASCII, nothing to escape). Inlined, so that each caller's
    /// key is a constant and its copy is unrolled.
    @inline(__always)
    private mutating func key(_ name: StaticString) {
        let comma = needsComma
        needsComma = true
        let length = name.utf8CodeUnitCount
        let source = name.utf8Start
        let target = out.space(length + 4)
        let at = comma ? 1 : 0
        target[0] = UInt8(ascii: ",")
        target[at] = UInt8(ascii: "\"")
        (target + at + 1).update(from: source, count: length)
        target[at + 1 + length] = UInt8(ascii: "\"")
        target[at + 2 + length] = UInt8(ascii: ":")
        out.advance(by: at &+ 3 &+ length)
    }

    /// A string that never needs escaping (an enum's raw value, a code): its bytes go straight out.
    mutating func plainString(_ name: StaticString, _ value: String?) {
        key(name)
        guard let value else { null(); return }
        assert(value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }, "\(value) needs escaping")
        var copy = value
        copy.withUTF8 { bytes in
            let target = out.space(bytes.count + 2)
            target[0] = UInt8(ascii: "\"")
            for i in 0..<bytes.count { target[1 + i] = bytes[i] }
            target[bytes.count + 1] = UInt8(ascii: "\"")
            out.advance(by: bytes.count + 2)
        }
    }

    /// A unit's code (``RowCursor/unit(_:)``).
    mutating func unit(_ name: StaticString, _ unit: QuantityUnit?) {
        key(name)
        var row = RowCursor(base: out.space(16))
        row.unit(unit)
        out.advance(by: row.at)
    }

    /// A string enum's value, from the table of its cases' JSON text made once per type.
    mutating func plainCase<E>(_ name: StaticString, _ value: E, _ table: QuotedCases<E>) {
        key(name)
        out.append(contentsOf: table.bytes(of: value))
    }

    /// A value already written as JSON (a string escaped once for many rows).
    mutating func json(_ name: StaticString, _ bytes: [UInt8]) {
        key(name)
        bytes.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    }

    /// `text` as a JSON string, quotes included.
    static func quoted(_ text: String) -> [UInt8] {
        var writer = JSONWriter()
        var copy = text
        copy.withUTF8 { writer.appendEscaped($0) }
        return writer.bytes
    }

    private mutating func key(_ name: String) {
        if needsComma { out.append(UInt8(ascii: ",")) }
        needsComma = true
        var copy = name
        copy.withUTF8 { appendEscaped($0) }
        out.append(UInt8(ascii: ":"))
    }

    /// A field whose name is only known at run time (export columns), written as a string.
    mutating func string(named name: String, _ value: String?) {
        key(name)
        guard let value else { null(); return }
        var copy = value
        copy.withUTF8 { appendEscaped($0) }
    }

    /// A number field whose name is only known at run time.
    mutating func number(named name: String, _ value: ExactDecimal?) {
        key(name)
        guard let value else { null(); return }
        value.withTextBytes { out.append(contentsOf: $0) }
    }

    /// A literal JSON value (`true`, `false`) under a run-time name.
    mutating func raw(named name: String, _ literal: String) {
        key(name)
        out.append(contentsOf: literal.utf8)
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

    /// A period (or a day, as `.day`) as a string, written from its bytes.
    mutating func period(_ name: StaticString, _ value: Period?) {
        key(name)
        guard let value else { null(); return }
        out.append(UInt8(ascii: "\""))
        value.withTextBytes { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
    }

    mutating func number(_ name: StaticString, _ value: ExactDecimal?) {
        key(name)
        guard let value else { null(); return }
        // "value", "low" and "high" are often one number: its text is copied, not rebuilt.
        if let (last, range) = lastNumber, last == value {
            out.appendCopy(of: range)
            return
        }
        let start = out.count
        var row = RowCursor(base: out.space(RowCursor.numberRoom(value)))
        row.numberText(value)
        out.advance(by: row.at)
        lastNumber = (value, start..<out.count)
    }

    mutating func span(_ name: StaticString, _ range: Range<Int>) {
        key(name)
        var row = RowCursor(base: out.space(43))
        row.span(range)
        out.advance(by: row.at)
    }

    private mutating func null() {
        let target = out.space(4)
        target[0] = UInt8(ascii: "n"); target[1] = UInt8(ascii: "u"); target[2] = UInt8(ascii: "l"); target[3] = UInt8(ascii: "l")
        out.advance(by: 4)
    }

    /// Appends `p` as a JSON string: runs of plain bytes are copied at once; quotes, backslashes
    /// and control characters are escaped; invalid UTF-8 becomes U+FFFD.
    mutating func appendEscaped(_ p: UnsafeBufferPointer<UInt8>) {
        out.advance(by: Self.escape(p, to: out.space(Self.escapedRoom(p.count))))
    }

    /// The most bytes ``escape(_:to:)`` writes for `count` bytes: six each ("\u001f"), and quotes.
    static func escapedRoom(_ count: Int) -> Int { count * 6 + 2 }

    /// Writes `p` as a JSON string, quotes included, at `target` (which has
    /// ``escapedRoom(_:)`` bytes) and returns how many bytes it wrote.
    static func escape(_ p: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\"")
        var at = 1
        // Most strings need no escaping: check first, then copy them whole.
        var plain = true
        var checked = 0
        // Eight bytes at a time: no quote, backslash, control byte or non-ASCII byte among them.
        while checked + 8 <= p.count {
            let w = UnsafeRawPointer(p.baseAddress! + checked).loadUnaligned(as: UInt64.self)
            if JSONParser.mayEndRun(w) || w & 0x8080_8080_8080_8080 != 0 { break }
            checked += 8
        }
        for b in p[checked...] where b < 0x20 || b >= 0x80 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { plain = false; break }
        func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
            (target + at).update(from: source, count: bytes.count)
            at += bytes.count
        }
        func put(_ byte: UInt8) { target[at] = byte; at += 1 }
        if plain {
            put(p)
            put(UInt8(ascii: "\""))
            return at
        }
        let hexDigits: StaticString = "0123456789abcdef"
        var i = 0
        var run = 0
        while i < p.count {
            let b = p[i]
            if b >= 0x20 && b < 0x80 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                i += 1; continue
            }
            if run < i { put(UnsafeBufferPointer(rebasing: p[run..<i])) }
            if b < 0x80 {
                put(92)
                switch b {
                case UInt8(ascii: "\""): put(34)
                case UInt8(ascii: "\\"): put(92)
                case 10: put(UInt8(ascii: "n"))
                case 13: put(UInt8(ascii: "r"))
                case 9: put(UInt8(ascii: "t"))
                default:
                    put(UInt8(ascii: "u")); put(48); put(48)
                    put(hexDigits.utf8Start[Int(b >> 4)]); put(hexDigits.utf8Start[Int(b & 15)])
                }
                i += 1
            } else if let (_, length) = decodeScalar(p, i) {
                put(UnsafeBufferPointer(rebasing: p[i..<(i + length)]))
                i += length
            } else {
                put(0xEF); put(0xBF); put(0xBD)
                i += 1
            }
            run = i
        }
        if run < p.count { put(UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        put(UInt8(ascii: "\""))
        return at
    }
}
