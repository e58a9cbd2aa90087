/// A sentence as a range of tokens, with the paragraph it belongs to.
struct Sentence: Sendable {
    /// Token range `[start, end)`.
    var start: Int
    var end: Int
    /// Paragraphs are numbered from 0 in document order.
    var paragraph: Int

    /// Up to `count` tokens from token `first`, those inside the sentence only: empty when `first`
    /// is at or past its end (the rules look ahead from tokens that may be, and a range whose
    /// start passed its end would trap).
    func tokens(from first: Int, count: Int) -> Range<Int> {
        first..<max(first, min(end, first + count))
    }
}
