import FiguresCore
@testable import FiguresExtractor
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

    /// The order by which a carried period's source is kept (``Extractor/carryPeriod``): by the
    /// last month covered, with no `Day` built, so a year past 9999 orders instead of trapping.
    @Test func lastMonthOrdersPeriodsByTheirEnd() {
        #expect(PeriodFinder.lastMonth(.year(2023)) == PeriodFinder.lastMonth(.month(2023, 12)))
        #expect(PeriodFinder.lastMonth(.months(fromYear: 2022, fromMonth: 7, toYear: 2023, toMonth: 6)) == PeriodFinder.lastMonth(.half(2023, 1)))
        #expect(PeriodFinder.lastMonth(.quarter(2024, 1)) < PeriodFinder.lastMonth(.half(2024, 1)))
        #expect(PeriodFinder.lastMonth(.day(Day(year: 2024, month: 2, day: 29)!)) == PeriodFinder.lastMonth(.month(2024, 2)))
        #expect(PeriodFinder.lastMonth(.years(9999, 10000)) > PeriodFinder.lastMonth(.year(9999)))
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
