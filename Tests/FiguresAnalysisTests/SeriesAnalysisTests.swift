import FiguresAnalysis
import FiguresCore
import Testing

/// Grouping, unit assumption and ordering: the analysis must not depend on the order reports
/// arrive in (the store reads them in table order; dictionaries iterate in a per-process order).
@Suite struct SeriesAnalysisTests {
    @Test func twoSpellingsOfTheSameDaysAreOrderedTheSameWhateverTheInputOrder() throws {
        let reports = [Make.observation("2023", "5"), Make.observation("2023-01/2023-12", "6"), Make.observation("2022", "4")]
        for permutation in [[0, 1, 2], [1, 0, 2], [2, 1, 0], [1, 2, 0]] {
            let series = try #require(SeriesAnalysis.analyse(permutation.map { reports[$0] }).first)
            #expect(series.points.map { $0.period!.description } == ["2022", "2023", "2023-01/2023-12"])
        }
        #expect(Period("2023")! < Period("2023-01/2023-12")!)
        #expect(!(Period("2023-01/2023-12")! < Period("2023")!))
    }

    @Test func growthUsesTheKindWithMostPointsAndOnATieTheEarliest() throws {
        // Two years (one year apart) and two halves (four years apart): the halves start first.
        let reports = [Make.observation("2021", "10"), Make.observation("2022", "11"),
                       Make.observation("2020-S1", "2"), Make.observation("2024-S1", "4")]
        for permutation in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]] {
            let series = try #require(SeriesAnalysis.analyse(permutation.map { reports[$0] }).first)
            #expect(abs((series.growth?.years ?? 0) - 4) < 0.01)
        }
        let moreYears = reports + [Make.observation("2023", "12")]
        #expect(abs((try #require(SeriesAnalysis.analyse(moreYears).first).growth?.years ?? 0) - 2) < 0.01)
    }

    @Test func aUnitlessSeriesJoinsItsOnlySiblingWithAUnit() throws {
        let usd = Make.observation("2021", "2", unit: "USD")
        let unknown = Make.observation("2022", "3", unit: nil)
        let plans = SeriesAnalysis.plan([unknown.series, usd.series])
        #expect(plans.count == 1)
        #expect(plans[0].key == usd.series)
        #expect(plans[0].members.map(\.index) == [1, 0])
        #expect(plans[0].members.map(\.unitAssumed) == [false, true])
        let analysed = try #require(SeriesAnalysis.analyse([usd, unknown]).first)
        #expect(analysed.assumedUnits == 1)
        #expect(analysed.points.count == 2)
        // With two siblings the unit cannot be assumed: three series.
        let eur = Make.observation("2021", "2", unit: "EUR")
        #expect(SeriesAnalysis.plan([unknown.series, usd.series, eur.series]).count == 3)
    }

    @Test func plansAreInKeyOrderAndFiltered() {
        let a = Make.observation("2021", "1", indicator: .exports, from: "TR", to: "DE")
        let b = Make.observation("2021", "1", indicator: .exports, from: "AZ", to: "RU")
        let c = Make.observation("2021", "1", indicator: .imports, from: "AZ", to: "RU")
        #expect(SeriesAnalysis.plan([a.series, b.series, c.series]).map(\.key) == [b.series, a.series, c.series])
        var filter = SeriesFilter()
        filter.indicator = .imports
        #expect(SeriesAnalysis.plan([a.series, b.series, c.series], filter: filter).map(\.key) == [c.series])
    }
}
