import FiguresCore
import FiguresExtractor
import Testing

/// Periods as the extractor resolves them, through whole sentences.
@Suite struct PeriodTests {
    func period(_ text: String, published: String = "2024-08-19") -> String? {
        Extractor().extract(text, published: Day(iso: published)).first?.period?.description
    }

    @Test(arguments: [
        ("Trade between Kazakhstan and China reached $41 billion in 2023.", "2023"),
        ("Trade between Kazakhstan and China reached $20 billion in the first half of 2023.", "2023-S1"),
        ("Trade between Kazakhstan and China reached $9 billion in Q1 2022.", "2022-Q1"),
        ("Trade between Kazakhstan and China reached $30 billion in January-November 2023.", "2023-01/2023-11"),
        ("Trade between Kazakhstan and China reached $30 billion last year.", "2023"),
        ("Trade between Kazakhstan and China reached $12 billion in the first six months of the year.", "2024-S1"),
        ("Trade between Kazakhstan and China reached $3 billion last month.", "2024-07"),
        ("Chinese investment in Kazakhstan reached $7 billion at the end of 2022.", "2022-12-31"),
        ("Chinese investment in Kazakhstan has exceeded $25 billion.", "2024-08-19"),
        ("Annual trade between Kazakhstan and China stands at about $40 billion.", "2023"),
        ("Kazakhstan and China aim to raise trade to $80 billion by 2030.", "2030"),
        ("Trade between Kazakhstan and China reached $25 billion between January and July.", "2024-01/2024-07"),
        ("Trade between Kazakhstan and China reached $25 billion between January and July 2023.", "2023-01/2023-07"),
        ("Trade between Kazakhstan and China reached $44 billion in the year to June 2024.", "2023-07/2024-06"),
        ("Trade between Kazakhstan and China reached $44 billion in the 12 months to the end of March 2024.", "2023-04/2024-03"),
        ("Trade between Kazakhstan and China reached $44 billion in the four quarters to the end of the second quarter of 2024.",
         "2023-07/2024-06"),
    ])
    func resolves(_ text: String, _ expected: String) {
        #expect(period(text) == expected, "\(text)")
    }

    @Test func aFlowWithNoPeriodHasNone() {
        #expect(period("Trade between Kazakhstan and China reached $41 billion.") == nil)
    }

    @Test func targetsAreTargets() {
        let figures = Extractor().extract("Kazakhstan and China aim to raise trade to $80 billion by 2030, from $41 billion in 2023.",
                                          published: Day(iso: "2024-08-19"))
        #expect(figures.map(\.status) == [.target, .reported])
        #expect(figures.map { $0.period?.description } == ["2030", "2023"])
    }
}
