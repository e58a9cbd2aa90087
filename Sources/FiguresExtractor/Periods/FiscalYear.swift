import FiguresCore

/// Fiscal years that are not the calendar year, by country: the month they start in and the
/// year that names them. India's FY2024 (also "FY2023-24") runs April 2023 to March 2024;
/// Pakistan's fiscal 2020-21 July 2020 to June 2021; Japan's fiscal 2018 April 2018 to March 2019
/// (named by the year it starts in); the US federal FY2024 October 2023 to September 2024.
///
/// A period read as fiscal ("in FY24", "in fiscal 2020-21", "in the 2023/2024 fiscal year")
/// becomes the months of the fiscal year of the first country in order (the figure's parties,
/// then the sentence's and the article's countries) that has one; "in 2020-21" only that of a
/// party. With none, it stays as read: a calendar year, or the span of two years.
enum FiscalYear {
    /// How a period came to be read as fiscal: named so ("FY24", "fiscal 2020-21", "the
    /// 2023/2024 fiscal year"), or written as two years in a row in one word ("in 2020-21"), which
    /// is a fiscal year only for a party of the figure that has one; or "the current fiscal year"
    /// on the day of publication (read as the calendar year when no party has a fiscal year).
    enum Mark: Equatable { case named, span, current(Day) }

    struct Rule {
        /// The month the fiscal year starts in (2…12).
        let startMonth: Int
        /// Whether a single year names the fiscal year that starts in it (Japan) rather than the
        /// one that ends in it.
        let namedByStart: Bool
        /// Whether the country writes its fiscal years as two years ("2022-23"); the United
        /// States, Japan and Thailand write one ("FY2024", "fiscal 2018").
        let writesSpans: Bool
    }

    static let rules: [CountryCode: Rule] = {
        var table: [CountryCode: Rule] = [:]
        func add(_ codes: String, _ month: Int, byStart: Bool = false, spans: Bool = true) {
            for code in codes.split(separator: " ") {
                table[CountryCode(String(code))!] = Rule(startMonth: month, namedByStart: byStart, writesSpans: spans)
            }
        }
        // (Myanmar's fiscal year has run April to March since 2022; October to September before.)
        add("IN CA ZA GB HK BW NA LS SZ KW MM", 4)
        add("JP SG", 4, byStart: true, spans: false)
        add("PK BD EG KE UG TZ AU NZ ET NP RW MU BT", 7)
        add("US TH", 10, spans: false)
        return table
    }()

    /// The fiscal-year months for `period` (a year, or two consecutive years) in the first of
    /// `countries` with a fiscal year of its own; `nil` when none has one or the period is no year.
    /// With `mark` `.current(day)` the fiscal year is the one `day` falls in, whatever `period`.
    /// With `firstMonths` n (1…11), only the fiscal year's first n months: "the first 11 months of
    /// the 2023-24 fiscal year" of India is April 2023 to February 2024.
    static func period(_ period: Period, countries: [CountryCode], mark: Mark = .named, firstMonths: Int? = nil) -> Period? {
        var span = false
        if case .years = period { span = true }
        // ("US FDI into India in FY2022-23" is India's: the United States writes no such span.)
        guard let rule = countries.lazy.compactMap({ rules[$0] }).first(where: { !span || $0.writesSpans }) else { return nil }
        let first: Int
        switch (period, mark) {
        case (_, .current(let day)): first = day.month >= rule.startMonth ? day.year : day.year - 1
        case (.years(let a, let b), _) where b == a + 1: first = a
        case (.year(let y), _): first = rule.namedByStart ? y : y - 1
        default: return nil
        }
        // The last month: n − 1 months after the start month, into the next year past December.
        let last = rule.startMonth - 1 + (firstMonths.map { min(max($0, 1), 12) } ?? 12)
        return .months(fromYear: first, fromMonth: rule.startMonth, toYear: last > 12 ? first + 1 : first, toMonth: last > 12 ? last - 12 : last)
    }

    /// The twelve months ending with `month` of `year`: "the fiscal year that ended June 30, 2023"
    /// is July 2022 to June 2023. A year that ends before the last day of its month (Iran's, on
    /// 20 March) began in that month a year earlier: March 2020 to March 2021.
    static func ending(year: Int, month: Int, day: Int? = nil) -> Period {
        if let day, day < Day.daysIn(month: month, year: year) {
            return .months(fromYear: year - 1, fromMonth: month, toYear: year, toMonth: month)
        }
        return month == 12 ? .year(year) : .months(fromYear: year - 1, fromMonth: month + 1, toYear: year, toMonth: month)
    }
}
