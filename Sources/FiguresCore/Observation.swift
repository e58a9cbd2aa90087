/// Where an observation came from: the article, its version and the exact words.
///
/// Immutable and shared: an observation is copied many times while it is analysed (into its
/// period's reports, the chosen report, each change), and a copy of a shared provenance is one
/// reference count instead of one per string. Equality and hashing are by value.
public final class Provenance: Hashable, Sendable {
    /// The document's name (file base name or JSON Lines `id`).
    public let doc: String
    /// SHA-256 of the document's bytes, in hex: an edited article is a new document.
    public let contentHash: String
    /// The publication date: the vintage of the observation ("as known on").
    public let published: Day?
    public let text: String
    public let span: Range<Int>
    public let sentence: String

    public init(doc: String, contentHash: String, published: Day?, text: String, span: Range<Int>, sentence: String) {
        self.doc = doc
        self.contentHash = contentHash
        self.published = published
        self.text = text
        self.span = span
        self.sentence = sentence
    }

    public static func == (a: Provenance, b: Provenance) -> Bool {
        a === b || (a.doc == b.doc && a.contentHash == b.contentHash && a.published == b.published && a.text == b.text
                    && a.span == b.span && a.sentence == b.sentence)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(doc)
        hasher.combine(contentHash)
        hasher.combine(published)
        hasher.combine(text)
        hasher.combine(span)
        hasher.combine(sentence)
    }
}

/// One figure from one article, placed in its series. It has no unit of its own: the unit is
/// the series key's.
public struct Observation: Hashable, Sendable {
    public var series: SeriesKey
    public var period: Period?
    public var value: ExactDecimal?
    public var bound: Bound
    public var low: ExactDecimal?
    public var high: ExactDecimal?
    public var status: FigureStatus
    public var provenance: Provenance
    /// The text gave no unit; the series' unit was assumed from the other reports of the series.
    public var unitAssumed: Bool

    public init(series: SeriesKey, period: Period?, value: ExactDecimal?, bound: Bound, low: ExactDecimal?, high: ExactDecimal?,
                status: FigureStatus, provenance: Provenance, unitAssumed: Bool = false) {
        self.series = series
        self.period = period
        self.value = value
        self.bound = bound
        self.low = low
        self.high = high
        self.status = status
        self.provenance = provenance
        self.unitAssumed = unitAssumed
    }

    public var unit: QuantityUnit? { series.unit }
}
