@testable import FiguresExtractor
import FiguresCore
import FiguresRecognizer
import Foundation
import Testing

/// The extractor recognises amounts only in sentences that may hold a figure
/// (`Extractor.mayHoldFigure`). That is a shortcut, never a change: on every annotated text the
/// figures must be exactly those of recognising every sentence. A new way to classify an amount
/// that the shortcut does not know of fails here.
@Suite struct RecognitionRangeTests {
    static func texts() throws -> [(String, Day?)] {
        let cases = try ExtractionCorpus.load() + ExtractionCorpus.load("articles.jsonl")
        var texts = cases.map { ($0.text, $0.published) }
        // Every sentence of the corpus as one long article: parties and figures carried across
        // sentences and paragraphs, and sentences with and without cues side by side.
        texts.append((cases.map(\.text).joined(separator: "\n\n"), Day(year: 2024, month: 3, day: 1)))
        return texts
    }

    @Test func onlySentencesThatMayHoldAFigureAreRecognisedWithTheSameFigures() throws {
        var everySentence = Extractor()
        everySentence.recognizesEverySentence = true
        var figures = 0
        for (text, published) in try Self.texts() {
            let shortcut = Extractor().extract(text, published: published)
            #expect(shortcut == everySentence.extract(text, published: published), "\(text.prefix(200))")
            figures += shortcut.count
        }
        #expect(figures > 300)
    }

    @Test func sentencesWithoutCuesAreSkippedAndTheOnesBeforeCuesAreKept() {
        var text = """
            The minister arrived on Monday with 40 officials. Exports of wine reached $5 million in 2023. \
            About 12 people attended. Of this, $2 million went to Poland. Talks lasted 3 hours. \
            They want to raise it to $9 million. He is 45 years old. Turkish groups put $3 million into the port.             Exports of wine are growing fast. Exports reached half a billion dollars.
            """
        text.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            let context = DocumentContext(bytes: p, scanned: scanned, published: nil, lexicon: .shared)
            let sentences = SentenceSplitter.split(scanned, bytes: p)
            let may = sentences.map { Extractor.mayHoldFigure($0, context: context) }
            // (A cue with no number or numeral holds no amount: "Exports of wine are growing fast.")
            #expect(may == [false, true, false, true, false, true, false, true, false, true])
            let ranges = Extractor.recognitionRanges(sentences, context: context)
            // Each wanted sentence with the one before it: here they make one range.
            #expect(ranges == [sentences[0].start..<sentences[9].end])
            let skipped = Extractor.recognitionRanges([sentences[0], sentences[2], sentences[4]], context: context)
            #expect(skipped.isEmpty)
        }
    }
}
