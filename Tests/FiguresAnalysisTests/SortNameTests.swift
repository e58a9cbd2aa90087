@testable import FiguresAnalysis
import Testing

/// Plans are sorted by name through ``SeriesAnalysis/SortNames``: its order must be `String`'s,
/// whatever the names share, however long they are, ASCII or not.
struct SortNameTests {
    @Test func ordersNamesExactlyAsStringsDo() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["trade_turnover:AZ-RU:", "exports:AZ>RU:", "a", "ab", "ab\u{1}", "", "é", "e\u{301}", "→", "Z", "z",
                      "investment:TR>DE:energy:", "USD:flow", "EUR:stock", "0", "\u{0}", "~"]
        for _ in 0..<200 {
            let names = (0..<40).map { _ in (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
            let sorted = SeriesAnalysis.SortNames(names).order().map { names[$0] }
            #expect(sorted == names.sorted())
        }
    }

    @Test func equalNamesKeepTheirOrder() {
        let names = ["b", "a", "b", "é", "a", "é"]
        #expect(SeriesAnalysis.SortNames(names).order() == [1, 4, 0, 2, 3, 5])
    }
}
