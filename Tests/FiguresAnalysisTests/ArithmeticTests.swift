import FiguresAnalysis
import FiguresCore
import Testing

/// The arithmetic of changes, table-driven: exact values, bounds, ranges, and the edge cases
/// (zero or negative base, open ends).
@Suite struct ArithmeticTests {
    // (from, to, expected absolute change)
    static let differences: [(Interval, Interval, Interval)] = [
        (Make.interval("2.9", "2.9"), Make.interval("4", "4"), Make.interval("1.1", "1.1")),
        (Make.interval("2.9", "2.9"), Make.interval("4", nil), Make.interval("1.1", nil)),          // to a lower bound
        (Make.interval("6.3", "6.3"), Make.interval("4", nil), Make.interval("-2.3", nil)),
        (Make.interval("5", "5"), Make.interval(nil, "3"), Make.interval(nil, "-2")),              // to an upper bound
        (Make.interval("1", "2"), Make.interval("3", "5"), Make.interval("1", "4")),                // ranges
        (Make.interval("1", nil), Make.interval("3", "3"), Make.interval(nil, "2")),                // from a lower bound
        (Make.interval("0.1", "0.1"), Make.interval("0.3", "0.3"), Make.interval("0.2", "0.2")),    // no binary drift
    ]

    @Test(arguments: differences.indices)
    func absoluteChange(_ index: Int) {
        let (from, to, expected) = Self.differences[index]
        #expect(to.minus(from) == expected)
    }

    // (from, to, expected relative change, nil when undefined)
    static let ratios: [(Interval, Interval, Interval?)] = [
        (Make.interval("2", "2"), Make.interval("3", "3"), Make.interval("0.5", "0.5")),
        (Make.interval("4", "4"), Make.interval("3", "3"), Make.interval("-0.25", "-0.25")),
        (Make.interval("2", "2"), Make.interval("3", nil), Make.interval("0.5", nil)),              // more than +50 %
        (Make.interval("2", "2"), Make.interval(nil, "3"), Make.interval(nil, "0.5")),              // less than +50 %
        (Make.interval("2", "4"), Make.interval("4", "4"), Make.interval("0", "1")),                // base a range
        (Make.interval("2", nil), Make.interval("4", "4"), Make.interval("-1", "1")),               // base a lower bound
        (Make.interval("0", "0"), Make.interval("4", "4"), nil),                                    // zero base
        (Make.interval("-2", "-2"), Make.interval("4", "4"), nil),                                  // negative base
        (Make.interval(nil, "2"), Make.interval("4", "4"), nil),                                    // base unbounded below
    ]

    @Test(arguments: ratios.indices)
    func relativeChange(_ index: Int) {
        let (from, to, expected) = Self.ratios[index]
        #expect(to.relativeChange(from: from) == expected)
    }

    @Test func theSeedTurnoverChangeIsMoreThan37Point9Percent() throws {
        let relative = try #require(Make.interval("4000000000", nil).relativeChange(from: Make.interval("2900000000", "2900000000")))
        #expect(relative.high == nil)
        #expect(Formatting.percent(relative) == "more than +37.9 %")
        #expect(relative.low!.description.hasPrefix("0.379310344827586206"))
    }

    @Test func formattingOfChanges() {
        #expect(Formatting.change(Make.interval("1100000000", "1100000000")) == "+1.1 billion")
        #expect(Formatting.change(Make.interval("-2300000000", nil)) == "more than −2.3 billion")
        #expect(Formatting.change(Make.interval(nil, "-2")) == "less than −2")
        #expect(Formatting.change(Make.interval("500000000", "900000000")) == "+500 million to +900 million")
        #expect(Formatting.percent(nil) == "n/a")
        #expect(Formatting.amount(ExactDecimal(1270)) == "1,270")
    }

    /// A scale word applies from its power of ten exactly, negative values by their magnitude.
    @Test func scaleWordsStartAtTheirPowerOfTen() {
        let cases: [(String, String)] = [
            ("999999", "999,999"), ("999999.999", "1,000,000"), ("1000000", "1 million"), ("-1000000", "-1 million"),
            ("999999999", "1000 million"), ("123456789", "123.457 million"), ("1e9", "1 billion"), ("2.5e12", "2.5 trillion"), ("1e15", "1000 trillion"),
            ("0", "0"), ("0.125", "0.13"),
        ]
        for (value, text) in cases {
            #expect(Formatting.amount(ExactDecimal(value)) == text, "\(value)")
        }
    }

    @Test func growthOverYearsPropagatesBounds() throws {
        let series = SeriesAnalysis.analyse([
            Make.observation("2021", "100"), Make.observation("2023", "121"),
        ])
        let growth = try #require(series.first?.growth)
        #expect(abs(growth.low! - 0.1) < 0.002)  // 2 years and one leap day
        #expect(abs(growth.high! - growth.low!) < 1e-12)
        let bounded = SeriesAnalysis.analyse([
            Make.observation("2021", "100"), Make.observation("2023", "121", bound: .lower),
        ])
        let open = try #require(bounded.first?.growth)
        #expect(open.high == nil && open.low != nil)
        #expect(Formatting.growth(open).hasPrefix("more than +10."))
        // A zero first value has no growth rate.
        #expect(SeriesAnalysis.analyse([Make.observation("2021", "0"), Make.observation("2023", "5")]).first?.growth == nil)
    }

    @Test func changesCompareLikeWithLikeAndShowGaps() throws {
        let series = try #require(SeriesAnalysis.analyse([
            Make.observation("2021", "10"), Make.observation("2023-S1", "6"), Make.observation("2024", "16"),
            Make.observation("2024-S1", "9"),
        ]).first)
        #expect(series.changes.count == 2)
        let yearly = try #require(series.changes.first { $0.to.period == Period("2024") })
        #expect(yearly.from.period == Period("2021"))
        #expect(yearly.steps == 3)
        #expect(yearly.gap == "3 years")
        let halves = try #require(series.changes.first { $0.to.period == Period("2024-S1") })
        #expect(halves.steps == 2 && halves.gap == "2 halves")
    }
}

@Suite struct ResolutionTests {
    @Test func precedenceExactOverApproxOverBoundsThenLatestVintage() throws {
        let point = ResolvedPoint(period: Period("2021"), reports: [
            Make.observation("2021", "3", bound: .lower, published: "2022-06-01", doc: "lower"),
            Make.observation("2021", "2.9", bound: .approx, published: "2022-06-01", doc: "approx"),
            Make.observation("2021", "2.9", published: "2022-01-01", doc: "old"),
            Make.observation("2021", "2.91", published: "2022-03-01", doc: "new"),
        ])
        #expect(point.chosen.provenance.doc == "new")
        #expect(point.reports.map(\.provenance.doc) == ["new", "old", "approx", "lower"])
    }

    @Test func conflictsAreDisjointIntervalsOrValuesMoreThanTwoPercentApart() {
        let a = Make.observation("2021", "100", doc: "a")
        #expect(!ResolvedPoint.conflict(a, Make.observation("2021", "101.9", doc: "b")))
        #expect(ResolvedPoint.conflict(a, Make.observation("2021", "103", doc: "b")))
        #expect(ResolvedPoint.conflict(a, Make.observation("2021", "120", bound: .lower, doc: "b")))
        #expect(!ResolvedPoint.conflict(a, Make.observation("2021", "90", bound: .lower, doc: "b")))
        let point = ResolvedPoint(period: Period("2021"), reports: [a, Make.observation("2021", "150", doc: "b")])
        #expect(point.conflicts.count == 1)
    }

    @Test func targetsStayApartFromReportedValues() throws {
        let series = try #require(SeriesAnalysis.analyse([
            Make.observation("2021", "2.9"), Make.observation("2025", "10", status: .target),
        ]).first)
        #expect(series.points.count == 1)
        #expect(series.targets.count == 1)
        #expect(series.changes.isEmpty)
    }

    @Test func aUnitlessReportJoinsItsOnlySiblingSeries() throws {
        let all = SeriesAnalysis.analyse([
            Make.observation("2021", "2900000000"), Make.observation("2023", "4000000000", bound: .lower, unit: nil),
        ])
        #expect(all.count == 1)
        #expect(all.first?.key.unit?.code == "USD")
        #expect(all.first?.assumedUnits == 1)
        let ambiguous = SeriesAnalysis.analyse([
            Make.observation("2021", "1"), Make.observation("2022", "2", unit: "EUR"), Make.observation("2023", "3", unit: nil),
        ])
        #expect(ambiguous.count == 3)
    }

    @Test func filtersSelectSeriesAndPeriods() {
        var filter = SeriesFilter()
        filter.between = (CountryCode("RU")!, CountryCode("AZ")!)
        filter.since = Period("2022")
        let all = SeriesAnalysis.analyse([
            Make.observation("2021", "1"), Make.observation("2023", "2"),
            Make.observation("2023", "5", from: "KZ", to: "CN"),
        ], filter: filter)
        #expect(all.count == 1)
        #expect(all.first?.points.map(\.period) == [Period("2023")])
    }
}
