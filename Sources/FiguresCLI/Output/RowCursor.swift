import FiguresCore

/// Writes a row at a pointer with room for all of it (taken by the caller), counting bytes.
struct RowCursor {
    let base: UnsafeMutablePointer<UInt8>
    var at = 0
    /// The last number written and where its text is, for equal numbers to copy.
    var last: (ExactDecimal, Range<Int>)?

    init(base: UnsafeMutablePointer<UInt8>) { self.base = base }

    mutating func put(_ s: StaticString) {
        (base + at).update(from: s.utf8Start, count: s.utf8CodeUnitCount)
        at += s.utf8CodeUnitCount
    }

    mutating func put(_ byte: UInt8) {
        base[at] = byte
        at += 1
    }

    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        (base + at).update(from: source, count: bytes.count)
        at += bytes.count
    }

    mutating func integer(_ value: Int) { at += IntegerText.write(value, to: base + at) }

    mutating func escaped(_ bytes: UnsafeBufferPointer<UInt8>) { at += JSONWriter.escape(bytes, to: base + at) }

    /// A number's text, or `null`; equal numbers (value, low and high often are) copy the first.
    mutating func number(_ v: ExactDecimal?) {
        guard let v else { put("null"); return }
        if let (written, range) = last, written == v {
            (base + at).update(from: base + range.lowerBound, count: range.count)
            at += range.count
            return
        }
        let start = at
        numberText(v)
        last = (v, start..<at)
    }

    /// A number's text (room: ``numberRoom(_:)``): whole numbers straight in, others through a
    /// buffer on the stack.
    mutating func numberText(_ v: ExactDecimal) {
        if let count = v.writeWholeText(to: base + at) {
            at += count
            return
        }
        let target = base + at
        var count = 0
        v.withTextBytes { text in
            target.update(from: text.baseAddress!, count: text.count)
            count = text.count
        }
        at += count
    }

    /// The most bytes a number's text takes: 128 and its exponent's size (see
    /// ``ExactDecimal/withTextBytes(_:)``), or four for `null`.
    static func numberRoom(_ value: ExactDecimal?) -> Int {
        guard let value else { return 4 }
        return 128 + Int(value.exponent.magnitude)
    }

    /// A unit's code, quoted (at most 9 bytes), or `null`: a currency's three letters from its
    /// packed bytes, no string built.
    mutating func unit(_ unit: QuantityUnit?) {
        switch unit {
        case nil: put("null")
        case .currency(let code)?:
            put(UInt8(ascii: "\""))
            code.write(to: base + at)
            at += 3
            put(UInt8(ascii: "\""))
        case let unit?:
            var code = unit.code
            put(UInt8(ascii: "\"")); code.withUTF8 { put($0) }; put(UInt8(ascii: "\""))
        }
    }

    /// `,"value":…,"unit":…,"bound":…,"low":…,"high":…`: the amount's fields, in the order both
    /// `figures extract` and `figures quantities` rows have them (CONTRACT.md); `bound` comes
    /// already quoted.
    mutating func amount(value: ExactDecimal?, unit: QuantityUnit?, bound: UnsafeBufferPointer<UInt8>,
                         low: ExactDecimal?, high: ExactDecimal?) {
        put(",\"value\":"); number(value)
        put(",\"unit\":"); self.unit(unit)
        put(",\"bound\":"); put(bound)
        put(",\"low\":"); number(low)
        put(",\"high\":"); number(high)
    }

    /// `[start,end]` (at most 43 bytes).
    mutating func span(_ range: Range<Int>) {
        put(UInt8(ascii: "["))
        integer(range.lowerBound)
        put(UInt8(ascii: ","))
        integer(range.upperBound)
        put(UInt8(ascii: "]"))
    }
}
