import FiguresCore

extension JSONWriter {
    /// One row of `figures quantities` (CONTRACT.md: doc, kind, value, unit, bound, low, high,
    /// text, span, then unit_name and date when there are any), written into room taken once for
    /// the whole row. The bytes are those of writing it field by field (``number(_:_:)``,
    /// ``unit(_:_:)``, ``appendEscaped(_:)``), without a capacity check, a comma test and a call
    /// per field; `doc`, `kind` and `bound` come already quoted.
    mutating func quantityRow(_ q: Quantity, doc: UnsafeBufferPointer<UInt8>, kind: UnsafeBufferPointer<UInt8>,
                              bound: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>) {
        let unitName = q.unitNameText, date = q.dateText
        var room = 160 + doc.count + kind.count + bound.count + Self.escapedRoom(text.count)
            + Self.numberRoom(q.value) + Self.numberRoom(q.low) + Self.numberRoom(q.high)
        if let unitName { room += 16 + Self.escapedRoom(unitName.withUTF8 { $0.count }) }
        if let date { room += 16 + Self.escapedRoom(date.withUTF8 { $0.count }) }
        var row = RowCursor(base: out.space(room))
        row.put("{\"doc\":"); row.put(doc)
        row.put(",\"kind\":"); row.put(kind)
        row.put(",\"value\":"); row.number(q.value)
        row.put(",\"unit\":")
        switch q.unit {
        case nil: row.put("null")
        case .currency(let code)?:
            row.put(UInt8(ascii: "\"")); code.write(to: row.base + row.at); row.at += 3; row.put(UInt8(ascii: "\""))
        case let unit?:
            var code = unit.code
            row.put(UInt8(ascii: "\"")); code.withUTF8 { row.put($0) }; row.put(UInt8(ascii: "\""))
        }
        row.put(",\"bound\":"); row.put(bound)
        row.put(",\"low\":"); row.number(q.low)
        row.put(",\"high\":"); row.number(q.high)
        row.put(",\"text\":"); row.escaped(text)
        row.put(",\"span\":["); row.integer(q.span.lowerBound); row.put(UInt8(ascii: ",")); row.integer(q.span.upperBound)
        row.put(UInt8(ascii: "]"))
        if let unitName { row.put(",\"unit_name\":"); unitName.withUTF8 { row.escaped($0) } }
        if let date { row.put(",\"date\":"); date.withUTF8 { row.escaped($0) } }
        row.put("}\n")
        out.advance(by: row.at)
    }

    /// The most bytes a number's text takes: 128 and its exponent's size (see
    /// ``ExactDecimal/withTextBytes(_:)``), or four for `null`.
    static func numberRoom(_ value: ExactDecimal?) -> Int {
        guard let value else { return 4 }
        return 128 + Int(value.exponent.magnitude)
    }
}

/// Writes a row at a pointer with room for all of it (taken by the caller), counting bytes.
private struct RowCursor {
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
        if let count = v.writeWholeText(to: base + at) {
            at += count
        } else {
            let target = base + at
            var count = 0
            v.withTextBytes { text in
                target.update(from: text.baseAddress!, count: text.count)
                count = text.count
            }
            at += count
        }
        last = (v, start..<at)
    }
}
