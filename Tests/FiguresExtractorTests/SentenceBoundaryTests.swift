import FiguresCore
import FiguresExtractor
import Testing

/// The recogniser may join a currency at the end of one paragraph with a number at the start of
/// the next ("AUD" … "0"). Such an amount runs past its sentence: the extractor must neither
/// crash on it (a fuzzed input did, reading a window that ended before the amount did) nor
/// report it, since a figure's words lie in its sentence.
@Suite struct SentenceBoundaryTests {
    @Test func anAmountRunningPastItsSentenceIsNoFigure() {
        let figures = Extractor().extract("Brokers invest AUD\n\n\n 0 \n\nIt rose.", published: Day(year: 2024, month: 1, day: 1))
        #expect(figures.isEmpty)
    }

    @Test func theSentencesAroundItKeepTheirFigures() {
        let text = "Exports to Japan reached $5 million in 2023. Brokers invest AUD\n\n\n 0 \n\nImports from Japan fell to $2 million in 2023."
        let figures = Extractor().extract(text, published: Day(year: 2024, month: 1, day: 1))
        #expect(figures.map(\.indicator) == [.exports, .imports])
        for f in figures { #expect(f.sentence.lowerBound <= f.span.lowerBound && f.span.upperBound <= f.sentence.upperBound) }
    }
}
