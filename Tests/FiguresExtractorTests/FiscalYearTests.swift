import FiguresCore
import FiguresExtractor
import Testing

/// Fiscal years: read in the fiscal calendar of the figure's reporting party, else left as
/// written (see `FiscalYear`).
@Suite struct FiscalYearTests {
    func period(_ text: String) -> String? { PeriodTests().period(text) }

    @Test(arguments: [
        // India: April to March, named by the year it ends in.
        ("India's exports to Japan reached $5.1 billion in FY24.", "2023-04/2024-03"),
        ("India's exports to Japan reached $5.1 billion in FY2023-24.", "2023-04/2024-03"),
        ("India's exports to Japan reached $5.1 billion in fiscal 2024.", "2023-04/2024-03"),
        ("India's exports to Japan reached $5.1 billion in the 2023/24 financial year.", "2023-04/2024-03"),
        // A bare span of two years in a row is fiscal only for a party that has a fiscal year.
        ("India's exports to Japan reached $5.1 billion in 2023-24.", "2023-04/2024-03"),
        ("Brazil's exports to China reached $89 billion in 2022-23.", "2022/2023"),
        // Japan: April to March, named by the year it starts in; Pakistan: July to June.
        ("Japanese investment in Brazil was ¥31.2 billion in fiscal 2018.", "2018-04/2019-03"),
        ("Pakistan's exports to China reached $2.8 billion in fiscal 2020-21.", "2020-07/2021-06"),
        // The reporter first: the importer of imports.
        ("Pakistan's imports from India reached $2 billion in FY2021.", "2020-07/2021-06"),
        // A country with calendar fiscal years, and none at all: the year as written.
        ("Brazil's exports to Chile reached $9 billion in fiscal 2023.", "2023"),
        // The twelve months up to the month a fiscal year ended in, whoever reports it.
        ("Brazil's exports to Chile were $9 billion in the fiscal year that ended June 30, 2023.", "2022-07/2023-06"),
        ("Brazil's exports to Chile were $9 billion in the fiscal year ended December 2023.", "2023"),
        // A year written with "fiscal" but no number of two digits: "fiscal 10 percent" is no year.
        ("India's exports to Japan reached $5.1 billion, a fiscal 10 per cent rise.", nil),
    ] as [(String, String?)])
    func resolves(_ text: String, _ expected: String?) {
        #expect(period(text) == expected, "\(text)")
    }

    @Test func theYearBeforeAFiscalYearIsTheFiscalYearBefore() {
        let figures = Extractor().extract("Trade between Pakistan and China reached $20.6 billion in fiscal 2020-21, against $17.2 billion the year before.",
                                          published: Day(iso: "2021-08-02"))
        #expect(figures.map { $0.period?.description } == ["2020-07/2021-06", "2019-07/2020-06"])
    }
}
