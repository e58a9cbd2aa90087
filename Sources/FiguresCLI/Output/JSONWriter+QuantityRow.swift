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
            + RowCursor.numberRoom(q.value) + RowCursor.numberRoom(q.low) + RowCursor.numberRoom(q.high)
        if let unitName { room += 16 + Self.escapedRoom(unitName.withUTF8 { $0.count }) }
        if let date { room += 16 + Self.escapedRoom(date.withUTF8 { $0.count }) }
        var row = RowCursor(base: out.space(room))
        row.put("{\"doc\":"); row.put(doc)
        row.put(",\"kind\":"); row.put(kind)
        row.amount(value: q.value, unit: q.unit, bound: bound, low: q.low, high: q.high)
        row.put(",\"text\":"); row.escaped(text)
        row.put(",\"span\":"); row.span(q.span)
        if let unitName { row.put(",\"unit_name\":"); unitName.withUTF8 { row.escaped($0) } }
        if let date { row.put(",\"date\":"); date.withUTF8 { row.escaped($0) } }
        row.put("}\n")
        out.advance(by: row.at)
    }
}
