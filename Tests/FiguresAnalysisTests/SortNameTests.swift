@testable import FiguresAnalysis
import Testing

/// Plans are sorted by name through ``SeriesAnalysis/SortName``: its order must be `String`'s,
/// whatever the names share, however long they are, ASCII or not.
struct SortNameTests {
    @Test func ordersNamesExactlyAsStringsDo() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["trade_turnover:AZ-RU:", "exports:AZ>RU:", "a", "ab", "ab\u{1}", "", "é", "e\u{301}", "→", "Z", "z",
                      "investment:TR>DE:energy:", "USD:flow", "EUR:stock", "0", "\u{0}", "~"]
        for _ in 0..<200 {
            let names = (0..<40).map { _ in (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
            let keyed = names.enumerated().map { SeriesAnalysis.SortName($0.offset, $0.element) }
            let byKey = keyed.sorted(by: SeriesAnalysis.SortName.precedes).map(\.name)
            #expect(byKey == names.sorted())
        }
    }

    @Test func theHeadDecidesOnlyBetweenASCIINames() {
        let plain = SeriesAnalysis.SortName(0, "exports:AZ>RU:x")
        let accented = SeriesAnalysis.SortName(1, "é")
        #expect(plain.ascii && !accented.ascii)
        #expect(SeriesAnalysis.SortName.precedes(plain, accented) == ("exports:AZ>RU:x" < "é"))
        #expect(!SeriesAnalysis.SortName.precedes(plain, plain))
    }
}
