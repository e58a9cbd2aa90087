import FiguresCLI
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct AnalysisCommandTests {
    @Test(arguments: [("trend", "trend-seeds.txt"), ("report", "report-seeds.txt")])
    func seedsMatchTheGoldenFile(_ command: String, _ golden: String) throws {
        let run = CLIHarness.run([command, CLIHarness.path("seeds")])
        #expect(run.status == 0)
        let (expected, actual) = try CLIHarness.golden(golden, run.output)
        #expect(actual == expected)
    }

    @Test func theReportShowsTheTurnoverChangeAndTheInvestmentStock() {
        let run = CLIHarness.run(["report", CLIHarness.path("seeds")])
        #expect(run.output.contains("2021                   2.9 billion"))
        #expect(run.output.contains("change: more than +1.1 billion, more than +37.9 % since 2021 (2 years)"))
        #expect(run.output.contains("investment RU → AZ  (USD, stock)"))
        #expect(run.output.contains("2022-04-16") && run.output.contains("2024-08-19"))
        #expect(run.output.contains("enterprises RU → AZ"))
    }

    @Test func tidyCSVParsesBackColumnByColumn() throws {
        let run = CLIHarness.run(["export", "--format", "csv", CLIHarness.path("seeds")])
        let (expected, actual) = try CLIHarness.golden("export-seeds.csv", run.output)
        #expect(actual == expected)
        let rows = CSVTestParser.parse(run.output)
        let header = try #require(rows.first)
        for column in ["series", "indicator", "from", "to", "sector", "unit", "period", "value", "bound", "low", "high",
                       "status", "published", "doc", "text"] {
            #expect(header.contains(column), "missing column \(column)")
        }
        #expect(rows.count == 9)
        func column(_ name: String) -> [String] { rows.dropFirst().map { $0[header.firstIndex(of: name)!] } }
        #expect(column("indicator").filter { $0 == "investment" }.count == 5)
        #expect(Set(column("unit")) == ["USD", "count"])
        #expect(column("value").allSatisfy { Double($0) != nil })
        #expect(column("bound").contains("lower"))
        #expect(column("text").contains("slightly over 4 billion"))
        #expect(column("from").contains("RU") && column("to").contains("AZ"))
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
    }

    @Test func wideCSVHasOneColumnPerSeries() throws {
        let run = CLIHarness.run(["export", "--wide", CLIHarness.path("seeds")])
        let (expected, actual) = try CLIHarness.golden("export-wide-seeds.csv", run.output)
        #expect(actual == expected)
        let rows = CSVTestParser.parse(run.output)
        #expect(rows.first?.first == "period")
        #expect(rows.first?.contains("trade_turnover:AZ-RU::USD:flow") == true)
        #expect(rows.map { $0.first ?? "" }.dropFirst() == ["2021", "2022-04-16", "2023", "2024-08-19"])
    }

    @Test func htmlReportIsWellFormedWithOneChartPerSeries() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.html").path
        let run = CLIHarness.run(["report", "--html", path, CLIHarness.path("seeds")])
        #expect(run.status == 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let (expected, _) = try CLIHarness.golden("report-seeds.html", html)
        #expect(html == expected)
        #expect(XMLParser(data: Data(html.utf8)).parse(), "the HTML is not well-formed")
        #expect(html.components(separatedBy: "<svg").count - 1 == 6)
        #expect(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&gt; 4 billion (2023)"))
        #expect(html.contains("class=\"lower\""))
    }

    @Test func chartDrawsTheNamedSeriesWithBounds() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("c.svg").path
        let run = CLIHarness.run(["chart", "trade_turnover:AZ-RU::USD:flow", "investment:RU>AZ::USD:stock", "--out", path,
                                  CLIHarness.path("seeds")])
        #expect(run.status == 0)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        let (expected, _) = try CLIHarness.golden("chart-seeds.svg", svg)
        #expect(svg == expected)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("2.9 billion (2021)") && svg.contains("&gt; 4 billion (2023)"))
        #expect(svg.contains("6.3 billion (2022-04-16)"))
        let unknown = CLIHarness.run(["chart", "exports:AZ>IT::USD:flow", "--out", path, CLIHarness.path("seeds")])
        #expect(unknown.status == 1)
    }

    @Test func filtersNarrowTheTrend() {
        let run = CLIHarness.run(["trend", "--indicator", "trade_turnover", "--since", "2022", CLIHarness.path("seeds")])
        #expect(run.output.contains("trade_turnover AZ–RU"))
        #expect(!run.output.contains("investment"))
        #expect(!run.output.contains("2.9 billion"))
        let bad = CLIHarness.run(["trend", "--between", "AZ", CLIHarness.path("seeds")])
        #expect(bad.status == 2 || bad.status == 1)
        let badIndicator = CLIHarness.run(["trend", "--indicator", "gdp", CLIHarness.path("seeds")])
        #expect(badIndicator.status == 2)
        #expect(badIndicator.errors.contains("trade_turnover"))
    }

    @Test func analysisReadsTheStoreWhenNoInputIsGiven() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("s.sqlite").path
        _ = CLIHarness.run(["ingest", "--store", store, CLIHarness.path("seeds")])
        let fromStore = CLIHarness.run(["report", "--store", store])
        let fromInputs = CLIHarness.run(["report", CLIHarness.path("seeds")])
        #expect(fromStore.status == 0)
        #expect(fromStore.output == fromInputs.output)
    }

    @Test func theReportIsTheSameForAnyNumberOfJobs() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = CLIHarness.path("Fixtures/extract/articles.jsonl")
        var outputs: [String] = []
        var pages: [String] = []
        for jobs in ["1", "3"] {
            let page = folder.appendingPathComponent("r\(jobs).html").path
            let run = CLIHarness.run(["report", "--jobs", jobs, "--html", page, articles])
            #expect(run.status == 0)
            outputs.append(run.output)
            pages.append(try String(contentsOfFile: page, encoding: .utf8))
        }
        #expect(outputs[0] == outputs[1])
        #expect(pages[0] == pages[1])
        // Many series, each heading once, in key order.
        let headings = outputs[0].split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains("(") && !$0.hasPrefix("Figures") }
        #expect(headings.count > 20)
        let documents = try String(contentsOfFile: articles, encoding: .utf8).split(separator: "\n").count
        #expect(outputs[0].hasPrefix("Figures report: \(headings.count) series from \(documents) documents"))
        #expect(pages[0].components(separatedBy: "<section>").count - 1 == headings.count)
    }
}
