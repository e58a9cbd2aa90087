import FiguresCore
import Testing

struct PeriodTextTests {
    @Test(arguments: [
        (Period.year(2021), "2021"), (.year(7), "0007"), (.year(12345), "12345"),
        (.half(2023, 1), "2023-S1"), (.quarter(2022, 4), "2022-Q4"), (.month(2023, 3), "2023-03"), (.month(2023, 11), "2023-11"),
        (.months(fromYear: 2023, fromMonth: 1, toYear: 2023, toMonth: 11), "2023-01/2023-11"), (.years(2015, 2022), "2015/2022"),
        (.day(Day(year: 2022, month: 4, day: 6)!), "2022-04-06"), (.day(Day(year: 999, month: 12, day: 31)!), "0999-12-31"),
    ])
    func writesTheContractText(_ period: Period, _ text: String) {
        #expect(period.description == text)
        var bytes: [UInt8] = []
        period.withTextBytes { bytes = Array($0) }
        #expect(bytes == Array(text.utf8))
        #expect(Period(text) == period || text == "12345")
    }

    @Test func dayTextIsItsPeriodText() {
        let day = Day(year: 2024, month: 2, day: 29)!
        #expect(day.description == "2024-02-29")
    }
}
