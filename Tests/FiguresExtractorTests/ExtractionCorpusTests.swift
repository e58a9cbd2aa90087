import FiguresCore
import FiguresExtractor
import Foundation
import Testing

@Suite struct ExtractionCorpusTests {
    @Test func corpusIsLargeAndVaried() throws {
        let cases = try ExtractionCorpus.load()
        #expect(cases.filter { !$0.expected.isEmpty }.count >= 150)
        #expect(cases.filter { $0.expected.isEmpty }.count >= 40)
    }

    /// Whole articles written blind (without reading the extractor): paragraphs, quotes,
    /// distracting numbers, parties named only in earlier sentences.
    @Test func articlesScoreAtLeast90PercentF1() throws {
        let score = ExtractionCorpus.score(try ExtractionCorpus.load("articles.jsonl"))
        print("articles: " + score.summary)
        if ProcessInfo.processInfo.environment["FIGURES_CORPUS_REPORT"] != nil {
            print(score.problems.joined(separator: "\n"))
        }
        #expect(score.f1 >= 0.90, "\(score.summary)\n\(score.problems.joined(separator: "\n"))")
    }

    /// Scores every annotated sentence; prints precision, recall and attribute accuracy.
    @Test func scoresAtLeast95PercentF1() throws {
        let score = ExtractionCorpus.score(try ExtractionCorpus.load())
        print(score.summary)
        if ProcessInfo.processInfo.environment["FIGURES_CORPUS_REPORT"] != nil {
            print(score.problems.joined(separator: "\n"))
        }
        #expect(score.f1 >= 0.95, "\(score.summary)\n\(score.problems.joined(separator: "\n"))")
        for attribute in ["from", "to", "period", "bound", "sector"] {
            #expect(score.accuracy(attribute) >= 0.9, "\(attribute): \(score.summary)\n\(score.problems.joined(separator: "\n"))")
        }
    }
}
