/// A sentence as a range of tokens, with the paragraph it belongs to.
struct Sentence: Sendable {
    /// Token range `[start, end)`.
    var start: Int
    var end: Int
    /// Paragraphs are numbered from 0 in document order.
    var paragraph: Int
}
