import FiguresCore
import FiguresExtractor
import Testing

/// Inputs that crashed the extractor (a range whose start passed its end, or a token read before
/// the first), found by recombining fragments of the annotated articles
/// (`Benchmarks/Fuzz/fragments.py`). Each must now be read to the end, with the figures it holds.
@Suite struct FragmentCrashTests {
    let published = Day(year: 2024, month: 7, day: 18)

    /// "respectively" reads each keyword's stretch alone: the window of "Trade with China" ends at
    /// "exports", before its amount.
    @Test func aRespectivelyListWhoseFirstKeywordIsTrade() {
        let figures = Extractor().extract("Trade with China and exports to Japan were $5 billion and $3 billion, respectively.", published: published)
        #expect(figures.map(\.indicator) == [.tradeTurnover, .exports])
        #expect(figures.map(\.to) == [nil, CountryCode("JP")])
    }

    /// A fiscal year's end at the very start of a text ("year ended …"): no token before "year".
    @Test func aTextOpeningWithYearEnded() {
        let figures = Extractor().extract("year ended June 30, 2023, exports were $5 billion.", published: published)
        #expect(figures.map(\.indicator) == [.exports])
    }

    /// A keyword of purchases ending its paragraph, its "from" and country in the next: the
    /// country is looked for past the sentence's end.
    @Test func purchasesWhoseSourceOpensTheNextParagraph() {
        let figures = Extractor().extract("Poland approved $5 billion in purchases\n\nfrom the United States", published: published)
        #expect(figures.allSatisfy { $0.sentence.upperBound <= "Poland approved $5 billion in purchases".utf8.count })
    }

    /// A headline ending in a pledge verb, its amount in the next paragraph: the verb is no keyword
    /// of the amount's sentence (it was taken as one, before the sentence's first token).
    @Test func aHeadlineEndingInAPledgeVerb() {
        let figures = Extractor().extract("Samsung pledges\n\n$17 billion for a chip plant in Texas", published: published)
        #expect(figures.isEmpty)
    }

    /// A headline ending in its amount, the next paragraph opening with a bracket: the search for a
    /// bracketed conversion after the amount started past the sentence's end (found in review).
    @Test func aHeadlineEndingInAnAmountBeforeABracket() {
        let figures = Extractor().extract("Exports hit $5 billion\n\n($1 billion) went to China.", published: published)
        #expect(figures.first?.indicator == .exports)
        #expect(figures.first?.value == ExactDecimal(5_000_000_000))
    }
}
