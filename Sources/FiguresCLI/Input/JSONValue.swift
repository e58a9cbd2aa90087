#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// A parsed JSON value (the subset of work the CLI needs: reading article lines).
enum JSONValue: Equatable {
    case string([UInt8])
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value of `key` in an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    var typeName: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Why a JSON text could not be parsed, with the byte offset.
struct JSONParseError: Error, Equatable {
    var offset: Int
    var reason: String
}

/// A strict RFC 8259 parser over UTF-8 bytes, with a nesting limit so that hostile input
/// ("[[[[…") fails cleanly instead of exhausting the stack.
struct JSONParser {
    let p: UnsafeBufferPointer<UInt8>
    var i = 0
    static let maxDepth = 512

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(p: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.i == bytes.count else { throw JSONParseError(offset: parser.i, reason: "unexpected text after the value") }
        return value
    }

    mutating func skipSpace() {
        while i < p.count, p[i] == 32 || p[i] == 9 || p[i] == 10 || p[i] == 13 { i += 1 }
    }

    mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < Self.maxDepth else { throw JSONParseError(offset: i, reason: "nested too deeply") }
        guard i < p.count else { throw JSONParseError(offset: i, reason: "unexpected end of line") }
        switch p[i] {
        case UInt8(ascii: "{"):
            i += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if i < p.count, p[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: "\"") else { throw JSONParseError(offset: i, reason: "expected a key in quotes") }
                let key = try string()
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: ":") else { throw JSONParseError(offset: i, reason: "expected ':'") }
                i += 1
                skipSpace()
                pairs.append((String(decoding: key, as: UTF8.self), try value(depth: depth + 1)))
                skipSpace()
                guard i < p.count else { throw JSONParseError(offset: i, reason: "unexpected end of line in an object") }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                throw JSONParseError(offset: i, reason: "expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < p.count, p[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < p.count else { throw JSONParseError(offset: i, reason: "unexpected end of line in an array") }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw JSONParseError(offset: i, reason: "expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default:
            return try number()
        }
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard i + count <= p.count else { throw JSONParseError(offset: i, reason: "invalid literal") }
        for k in 0..<count where p[i + k] != word.utf8Start[k] { throw JSONParseError(offset: i, reason: "invalid literal") }
        i += count
        return value
    }

    mutating func number() throws(JSONParseError) -> JSONValue {
        let start = i
        if i < p.count, p[i] == UInt8(ascii: "-") { i += 1 }
        var digits = 0
        while i < p.count, isNumberByte(p[i]) { i += 1; digits += 1 }
        guard digits > 0 else { throw JSONParseError(offset: start, reason: "unexpected character") }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
    }

    func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    func hex(_ at: Int) -> UInt32? {
        guard at + 4 <= p.count else { return nil }
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let b = p[k]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    /// True when one of the eight bytes in `w` may be a quote, a backslash or a control byte
    /// (below 0x20): the classic "has a zero byte" test, `(v - 0x01…) & ~v & 0x80…`, applied to
    /// `w` XOR the quote and the backslash, and its "has a byte less than n" form for controls.
    @inline(__always)
    static func mayEndRun(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let found = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- ones &* 0x20) & ~w)
        return found & high != 0
    }

    /// The offset of the first `byte` in `p[from..<to]`, or `to`: the C library's `memchr`,
    /// which reads many bytes per instruction (article texts are long runs with no quote or
    /// backslash, and this loop was most of reading JSON Lines).
    @inline(__always)
    static func find(_ byte: UInt8, in p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let found = memchr(p.baseAddress! + from, Int32(byte), to - from) else { return to }
        return p.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset of the first control byte (below 0x20) in `p[from..<to]`, if any. Eight bytes
    /// at a time by the "has a byte less than n" test, `(w - n·0x01…) & ~w & 0x80…`: zero
    /// exactly when no byte is below n (no byte borrows then), so only a word that holds a
    /// control byte is looked at byte by byte.
    static func firstControl(in p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var k = from
        let base = UnsafeRawPointer(p.baseAddress!)
        @inline(__always) func below20(_ offset: Int) -> UInt64 {
            let w = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return (w &- 0x2020_2020_2020_2020) & ~w
        }
        // 32 bytes a round: the four words' tests OR-ed.
        while k + 32 <= to {
            if (below20(k) | below20(k + 8) | below20(k + 16) | below20(k + 24)) & 0x8080_8080_8080_8080 != 0 {
                for j in k..<(k + 32) where p[j] < 0x20 { return j }
            }
            k += 32
        }
        while k + 8 <= to {
            if below20(k) & 0x8080_8080_8080_8080 != 0 {
                for j in k..<(k + 8) where p[j] < 0x20 { return j }
            }
            k += 8
        }
        while k < to {
            if p[k] < 0x20 { return k }
            k += 1
        }
        return nil
    }

    /// Reads a string at `i` (on the opening quote) into UTF-8 bytes, resolving escapes. Raw
    /// invalid UTF-8 inside the string is kept as it is; the writers replace it on output.
    mutating func string() throws(JSONParseError) -> [UInt8] {
        let start = i
        i += 1
        var out: [UInt8] = []
        var runStart = i
        // The next quote at or after `i` (an escaped one is passed over and looked for again).
        var quote = -1
        while i < p.count {
            if quote < i { quote = Self.find(UInt8(ascii: "\""), in: p, from: i, to: p.count) }
            let stop = Self.find(UInt8(ascii: "\\"), in: p, from: i, to: quote)
            if let control = Self.firstControl(in: p, from: i, to: stop) {
                throw JSONParseError(offset: control, reason: "control character in a string")
            }
            i = stop
            guard i < p.count else { break }
            if p[i] == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
                i += 1
                return out
            }
            // The first escape: room for the rest of the input, which the string cannot outgrow
            // (an escape never writes more bytes than it reads), so the list never regrows.
            if out.capacity == 0 { out.reserveCapacity(p.count - runStart) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
            guard i + 1 < p.count else { break }
            let e = p[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                guard var scalar = hex(i) else { throw JSONParseError(offset: i, reason: "bad \\u escape") }
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00, i + 6 <= p.count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u"),
                   let low = hex(i + 2), low >= 0xDC00 && low < 0xE000 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if scalar >= 0xD800 && scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &out)
            default:
                throw JSONParseError(offset: i - 1, reason: "bad escape")
            }
            runStart = i
        }
        throw JSONParseError(offset: start, reason: "unterminated string")
    }
}

func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80: out.append(UInt8(scalar))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
    default:
        out.append(UInt8(0xF0 | scalar >> 18)); out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
        out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
    }
}
