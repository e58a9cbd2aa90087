import FiguresCore

/// One document to store, with its figures' words and sentences already cut out.
public struct IngestItem: Sendable {
    public var doc: String
    public var published: Day?
    public var source: String
    public var contentHash: String
    public var byteCount: Int
    public var figures: [IngestFigure]

    public init(doc: String, published: Day?, source: String, contentHash: String, byteCount: Int, figures: [IngestFigure]) {
        self.doc = doc
        self.published = published
        self.source = source
        self.contentHash = contentHash
        self.byteCount = byteCount
        self.figures = figures
    }

    public init(doc: String, published: Day?, source: String, contentHash: String, byteCount: Int,
                figures: [(figure: Figure, text: String, sentence: String)]) {
        self.init(doc: doc, published: published, source: source, contentHash: contentHash, byteCount: byteCount,
                  figures: figures.map { IngestFigure(figure: $0.figure, text: $0.text, sentence: $0.sentence) })
    }
}

/// A figure ready to be stored: its words and sentence, and the texts its rows need (series key,
/// period and its bounds, exact values). They are made where the item is made, on the threads
/// that extract, so that the single thread that writes to the store only binds them.
public struct IngestFigure: Sendable {
    public let figure: Figure
    /// The words the figure was read from, and its sentence.
    public let text: String
    public let sentence: String
    let key: SeriesKey
    /// ``SeriesKey/description``.
    let seriesName: String
    let period: String?
    let periodStart: String?
    let periodEnd: String?
    let value: String?
    let low: String?
    let high: String?

    public init(figure: Figure, text: String, sentence: String) {
        self.figure = figure
        self.text = text
        self.sentence = sentence
        key = SeriesKey(figure)
        seriesName = key.description
        period = figure.period?.description
        periodStart = figure.period.map { $0.interval.0.description }
        periodEnd = figure.period.map { $0.interval.1.description }
        // Low and high are often the value itself: its text is made once.
        let valueText = figure.value?.description
        value = valueText
        low = figure.low == figure.value ? valueText : figure.low?.description
        high = figure.high == figure.value ? valueText : figure.high?.description
    }
}

/// What one ingest added.
public struct IngestReport: Sendable, Equatable {
    public var documents = 0
    /// Documents skipped because a document with the same content is already stored.
    public var duplicates = 0
    public var observations = 0
    public var newSeries = 0

    public init() {}

    public static func += (lhs: inout IngestReport, rhs: IngestReport) {
        lhs.documents += rhs.documents
        lhs.duplicates += rhs.duplicates
        lhs.observations += rhs.observations
        lhs.newSeries += rhs.newSeries
    }
}
