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
    /// The fourth and fifth blind sets' misses are listed as their first fixes left them.
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
        "b3-15: '$14.6 billion': to RU (want null)":
            "\"the country's exports\" after the country's total trade take the paragraph's other country as their destination",
        "b3-19: '20 billion U.S. dollars': to KG (want UZ)":
            "\"the two countries\" takes a country named later in the sentence (\"the China-Kyrgyzstan-Uzbekistan railway\")",
        "art-026: '$1.7 billion': from DE (want TR), to TR (want DE)":
            "\"Germany remained the largest market for Turkish goods, with exports to the country\": the subject is read as the exporter, and \"the country\" as the other country",
        // Sixth blind set (b6: Azerbaijani and neighbouring news sites, interviews).
        "b6-28: 'about $300 million': sector null (want renewable energy)":
            "\"invested about $300 million in the 240 MW Khizi-Absheron wind power plant, the largest renewable energy project\": a wind plant is not read as renewable energy",
        // Fourth and fifth blind sets (b4: scraped Caucasus and Central Asian news; b5: official releases).
        "b4-05: missed investment '$500 million'":
            "\"launch a joint investment fund of $500 million\": \"investment fund\" names a fund, not an investment figure (the annotator counted it as a planned investment)",
        "b4-10: 'more than $36.5 billion': period 2024-11-12 (want 1995/2024)":
            "\"since 1995, British companies have invested more than $36.5 billion\": a running total since a year takes the publication date (\"since\" names no period); the annotation reads the span 1995/2024",
        "b4-11: 'more than $23 billion': period 2023-05-18 (want 2013/2022)":
            "\"over the past 10 years … invested more than $23 billion\": \"the past N years\" is not read as a span; the running total takes the publication date",
        "b4-18: missed investment 'about $300 million'":
            "\"the investment portfolio of Saudi Arabia's ACWA Power in Azerbaijan's renewable energy sector amounts to about $300 million\": \"investment portfolio\" is left out (a fund's holdings are no figure, and a company's portfolio in a country is not told apart)",
        "b4-29: missed exports '$437.7 million'":
            "\"US $437.7 million\": the span keeps the currency letters \"US\" before a spaced \"$\"; the annotation leaves them out",
        "b4-29: extra exports 'US $437.7 million'":
            "\"US $437.7 million\": the span keeps the currency letters \"US\" before a spaced \"$\"; the annotation leaves them out",
        "b5-05: extra enterprises 'more than 60'":
            "\"more than 60 companies took part in the forum\": participants of an event are read as a count of enterprises",
        "b5-06: missed imports '$65.6 billion'":
            "\"Türkiye's energy imports, which weigh heavily on the deficit, dropped to …\": \"deficit\" in a relative clause between keyword and amount blocks the figure",
        "b5-06: missed imports '$96.5 billion'":
            "\"Türkiye's energy imports, which weigh heavily on the deficit, dropped to …\": \"deficit\" in a relative clause between keyword and amount blocks the figure",
        "b5-06: '$37.2 billion': sector null (want automotive)":
            "\"Türkiye's automotive industry remained the top exporter …, shipping $37.2 billion worth of goods\": a sector as the subject of \"exporter\" is not read",
        "b5-06: '$267 billion': from null (want TR)":
            "\"The Turkish government targets exports of $267 billion\": a government (a speaker noun) is not read as the exporter",
        "b5-06: '$375 billion': from null (want TR)":
            "the same sentence: the medium-term goal of the Turkish government",
        "b5-07: 'Dh185.4 billion': period null (want 2022-05/2023-04)":
            "\"the first 12 months of CEPA, which came into force on May 1, 2022\": a period counted from an agreement's start is not read",
        "b5-08: 'about $46.5 billion': sector null (want oil)":
            "\"Crude oil accounted for about $46.5 billion of India's imports from Russia in FY24\": the goods as the subject of \"accounted for\" are not read as the sector",
        "b5-11: '₦5.82 trillion': sector oil (want non-oil)":
            "\"non-crude oil exports\" is read as oil; the annotation counts it as non-oil",
        "b5-12: 'R22.4 billion': period 2021-Q2 (want 2021-Q1)":
            "\"down from R22.4 billion in the first\" (quarter left out) is not read as the first quarter",
        "b5-13: '$10 billion': to null (want UA)":
            "\"The government hopes to attract $10 billion in foreign investment\": \"the government\" does not name the country of the sentence before",
        "b5-16: '$40 billion': from CN (want null), sector null (want renewable energy)":
            "\"framework agreements for renewable energy projects in Egypt with planned investments of $40 billion, mostly with Gulf and European developers\": the investor comes from the article's pair (China) and the sector before the keyword's clause is not read",
        "b5-19: '$8.69 billion': period null (want 2023)":
            "\"pledges to Korea from the United States came to $8.69 billion\": \"pledges\" makes a target, and a target takes no period named before it; the annotation keeps 2023",
        "b5-19: '$5.54 billion': status reported (want target)":
            "\"while those from the European Union reached $5.54 billion\": the pledges' target status is not carried to \"those\"",
        "b5-21: 'US$25.1 billion': sector null (want agriculture)":
            "\"followed by the European Union with US$25.1 billion\" does not take the sector (\"agricultural products\") of the first ranked amount",
        "b5-21: 'R$5.5 billion': sector null (want automotive)":
            "\"a Chinese automaker will invest R$5.5 billion in its electric vehicle plant\": \"automaker\" and \"vehicle plant\" do not name the automotive sector",
        "b5-25: '$2.3 billion': to TR (want null)":
            "\"direct investment abroad amounted to $2.3 billion, mainly directed to Türkiye and Georgia\": a hedged destination (\"mainly directed to\") is read as the host",
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
