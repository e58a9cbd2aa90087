@testable import FiguresRecognizer
import Testing

/// Dates are written as bytes: the text must be what interpolation wrote before, for every
/// form (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `--MM-DD`, `YYYY/YYYY`), odd years and parts included.
struct DateTextTests {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    @Test func matchesInterpolation() {
        let years = [-5, 0, 7, 999, 1990, 2020, 12_345]
        let parts = [0, 1, 9, 10, 12, 31, 100]
        for year in years {
            #expect(DateText.date(year: year).description == "\(year)")
            for month in parts {
                #expect(DateText.date(year: year, month: month).description == "\(year)-\(two(month))")
                for day in parts {
                    #expect(DateText.date(year: year, month: month, day: day).description == "\(year)-\(two(month))-\(two(day))")
                    #expect(DateText.date(year: nil, month: month, day: day).description == "--\(two(month))-\(two(day))")
                }
            }
            for last in years {
                #expect(DateText.span(year, last).description == "\(year)/\(last)")
            }
        }
    }

    @Test func recognisedDatesCarryTheirText() {
        let found = Recognizer().recognize("On 10 November 2020, in March 2023, on April 15 and in the 1990s, between 2015 and 2022.").quantities
        #expect(found.compactMap(\.date) == ["2020-11-10", "2023-03", "--04-15", "1990/1999", "2015/2022"])
    }
}
