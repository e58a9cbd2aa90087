import FiguresCore

extension JSONWriter {
    /// One row of `figures extract --format jsonl` (CONTRACT.md: doc, published, indicator, value,
    /// unit, bound, low, high, from, to, sector, period, status, text, span, sentence), written
    /// into room taken once for the whole row. The bytes are those of writing it field by field
    /// (``FigureWriter/jsonLinesByField(_:document:bytes:)``); `doc` and the enum values come
    /// already quoted.
    mutating func figureRow(_ f: Figure, doc: UnsafeBufferPointer<UInt8>, published: Period?,
                            indicator: UnsafeBufferPointer<UInt8>, bound: UnsafeBufferPointer<UInt8>,
                            status: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>,
                            sentence: UnsafeBufferPointer<UInt8>) {
        var sector = f.sector
        sector?.makeContiguousUTF8()
        let sectorRoom = sector.map { Self.escapedRoom($0.utf8.count) } ?? 4
        // Keys and punctuation 152 bytes; a unit at most 16, the parties 4 each, `published` and
        // `period` 98 each (``RowCursor/period(_:)``), the span 43.
        let room = 152 + 16 + 2 * 4 + 2 * 98 + 43 + doc.count + indicator.count + bound.count + status.count + sectorRoom
            + Self.escapedRoom(text.count) + Self.escapedRoom(sentence.count)
            + RowCursor.numberRoom(f.value) + RowCursor.numberRoom(f.low) + RowCursor.numberRoom(f.high)
        var row = RowCursor(base: out.space(room))
        row.put("{\"doc\":"); row.put(doc)
        row.put(",\"published\":"); row.period(published)
        row.put(",\"indicator\":"); row.put(indicator)
        row.amount(value: f.value, unit: f.unit, bound: bound, low: f.low, high: f.high)
        row.put(",\"from\":"); row.country(f.from)
        row.put(",\"to\":"); row.country(f.to)
        row.put(",\"sector\":")
        if var sector { sector.withUTF8 { row.escaped($0) } } else { row.put("null") }
        row.put(",\"period\":"); row.period(f.period)
        row.put(",\"status\":"); row.put(status)
        row.put(",\"text\":"); row.escaped(text)
        row.put(",\"span\":"); row.span(f.span)
        row.put(",\"sentence\":"); row.escaped(sentence)
        row.put("}\n")
        out.advance(by: row.at)
    }
}

extension RowCursor {
    /// A country's two letters, quoted, or `null` (at most 4 bytes).
    mutating func country(_ code: CountryCode?) {
        guard let code else { put("null"); return }
        put(UInt8(ascii: "\""))
        code.write(to: base + at)
        at += 2
        put(UInt8(ascii: "\""))
    }

    /// A period's text, quoted, or `null` (at most 98 bytes).
    mutating func period(_ period: Period?) {
        guard let period else { put("null"); return }
        put(UInt8(ascii: "\""))
        period.withTextBytes { put($0) }
        put(UInt8(ascii: "\""))
    }
}
