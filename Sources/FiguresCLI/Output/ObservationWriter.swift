import FiguresCore

/// Observations as JSON Lines (the contract's figure fields plus `series`) and as readable values.
enum ObservationWriter {
    static func jsonLines(_ observations: [Observation]) -> [UInt8] {
        var writer = JSONWriter()
        for o in observations {
            writer.beginObject()
            writer.string("series", o.series.description)
            writer.string("doc", o.provenance.doc)
            writer.period("published", o.provenance.published.map(Period.day))
            writer.string("indicator", o.series.indicator.rawValue)
            writer.number("value", o.value)
            writer.string("unit", o.unit?.code)
            writer.string("bound", o.bound.rawValue)
            writer.number("low", o.low)
            writer.number("high", o.high)
            writer.string("from", o.series.from?.code)
            writer.string("to", o.series.to?.code)
            writer.string("sector", o.series.sector)
            writer.period("period", o.period)
            writer.string("status", o.status.rawValue)
            writer.string("text", o.provenance.text)
            writer.span("span", o.provenance.span)
            writer.string("sentence", o.provenance.sentence)
            writer.string("content_hash", o.provenance.contentHash)
            writer.endObject()
        }
        return writer.bytes
    }
}
