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

    /// Misses the extractor still makes in the two files, with the reason; the list only shrinks.
    static let knownMisses: [String: String] = [
        "b2-21: '16,584': from CN (want null)":
            "\"16,584 …, of which 3,240 are with Chinese capital\": the part's capital origin is given to the whole",
        "b2-24: '$11.4 billion': from null (want KR)":
            "the exporter named only in an aside (\"Exports to China, South Korea's largest trading partner, rose\") is not read",
        "b2-25: '$1.8 billion': from CN (want JP)":
            "\"followed by Japan and Hong Kong (China) with $1.8 billion and $1.6 billion, respectively\": a list of investors before \"respectively\" is not paired",
        "b2-25: '$1.6 billion': from SG (want HK)": "the same list",
        "b2-30: '762.1 billion dollars': from MX (want CA)":
            "\"Canada and China, whose trade with the United States reached … and …, respectively\": partners listed before the keyword are not paired",
        "b2-30: '582.4 billion dollars': from MX (want CN)": "the same list",
        "b3-11: '$11.1 billion': from KZ (want EU), to EU (want KZ)":
            "\"The European Union remains Kazakhstan's largest investor, with EU companies investing …\": the host's possessive before \"largest investor\" is read as the investor",
        "b3-13: '$22.5 billion': from CN (want GE), to GE (want null)":
            "\"… 8.4 percent of Georgia's total external trade turnover of $22.5 billion\": a world total after a bilateral figure in the same sentence takes the pair",
        "b3-15: '$14.6 billion': to RU (want null)":
            "\"the country's exports\" after the country's total trade take the paragraph's other country as their destination",
        "b3-19: '20 billion U.S. dollars': to KG (want UZ)":
            "\"the two countries\" takes a country named later in the sentence (\"the China-Kyrgyzstan-Uzbekistan railway\")",
        "art-026: '$1.7 billion': from DE (want TR), to TR (want DE)":
            "\"Germany remained the largest market for Turkish goods, with exports to the country\": the subject is read as the exporter, and \"the country\" as the other country",
    ]

    /// Every annotated figure is found with every attribute right, apart from the known misses: a
    /// rule that breaks one case fails here even while the scores stay above their floors.
    @Test func everyFigureIsExactApartFromKnownMisses() throws {
        var all: [String] = []
        for file in ["corpus.jsonl", "articles.jsonl"] {
            let problems = ExtractionCorpus.score(try ExtractionCorpus.load(file)).problems
            all += problems
            #expect(problems.filter { Self.knownMisses[$0] == nil } == [], "\(file)")
        }
        for miss in Self.knownMisses.keys.sorted() where !all.contains(miss) {
            Issue.record("\(miss) no longer happens: remove it from knownMisses")
        }
    }
}
