import FiguresCore
import Testing

struct PeriodTextTests {
    @Test(arguments: [
        (Period.year(2021), "2021"), (.year(7), "0007"), (.year(12345), "12345"), (.year(999), "0999"), (.year(1000), "1000"),
        (.year(9999), "9999"), (.month(2023, 9), "2023-09"), (.month(2023, 10), "2023-10"),
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

    /// Texts near the common forms, which the byte reading of years, months, halves and quarters
    /// must leave to the general parse: each with what that parse makes of it.
    @Test(arguments: [
        ("0000", nil), ("2023-00", nil), ("2023-13", nil), ("2023-S0", nil), ("2023-S3", nil), ("2023-Q0", nil),
        ("2023-Q5", nil), ("2023-s1", nil), ("2023/09", nil), ("20a3", nil), ("2023-1", nil), ("2023-+1", Period.month(2023, 1)),
        ("+202", .year(202)), ("2023-12", .month(2023, 12)), ("1999-Q1", .quarter(1999, 1)), ("2024-S2", .half(2024, 2)),
        ("2023", .year(2023)), ("2022/2023", .years(2022, 2023)),
    ] as [(String, Period?)])
    func readsTheFormsNearTheCommonOnes(_ text: String, _ period: Period?) {
        #expect(Period(text) == period)
    }

    /// Periods order by their intervals' first day, then last day, then text, whether or not
    /// they are of the same kind: every pair of a spread of periods, against that definition.
    @Test func ordersByIntervalThenText() {
        var periods: [Period] = []
        for year in [1999, 2000, 2023, 2024] {
            periods += [.year(year), .years(year, year), .years(year - 1, year), .half(year, 1), .half(year, 2)]
            periods += (1...4).map { .quarter(year, $0) } + [1, 2, 6, 7, 12].map { .month(year, $0) }
            periods += [.months(fromYear: year, fromMonth: 1, toYear: year, toMonth: 12), .months(fromYear: year, fromMonth: 7, toYear: year + 1, toMonth: 6)]
            periods += [(1, 1), (6, 30), (7, 1), (12, 31)].map { .day(Day(year: year, month: $0.0, day: $0.1)!) }
        }
        func reference(_ a: Period, _ b: Period) -> Bool {
            let (a1, a2) = a.interval, (b1, b2) = b.interval
            return a1 != b1 ? a1 < b1 : a2 != b2 ? a2 < b2 : a.description < b.description
        }
        for a in periods {
            for b in periods {
                #expect((a < b) == reference(a, b), "\(a) < \(b)")
            }
        }
    }

    @Test func dayTextIsItsPeriodText() {
        let day = Day(year: 2024, month: 2, day: 29)!
        #expect(day.description == "2024-02-29")
    }
}
