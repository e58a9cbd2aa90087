import FiguresCore

/// One document to store, with its figures' words and sentences already cut out.
public struct IngestItem: Sendable {
    public var doc: String
    public var published: Day?
    public var source: String
    public var contentHash: String
    public var byteCount: Int
    public var figures: [(figure: Figure, text: String, sentence: String)]

    public init(doc: String, published: Day?, source: String, contentHash: String, byteCount: Int,
                figures: [(figure: Figure, text: String, sentence: String)]) {
        self.doc = doc
        self.published = published
        self.source = source
        self.contentHash = contentHash
        self.byteCount = byteCount
        self.figures = figures
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
