import FiguresCLI
import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test(arguments: ["jsonl", "csv", "table"])
    func seedsMatchTheGoldenFile(_ format: String) throws {
        let run = CLIHarness.run(["extract", "--format", format, CLIHarness.path("seeds")])
        #expect(run.status == 0)
        let (expected, actual) = try CLIHarness.golden("extract-seeds.\(format)", run.output)
        #expect(actual == expected)
    }

    @Test func jsonLinesCarryEveryContractField() throws {
        let run = CLIHarness.run(["extract", "--format", "jsonl", CLIHarness.path("seeds")])
        let fields = ["doc", "published", "indicator", "value", "unit", "bound", "low", "high", "from", "to", "sector",
                      "period", "status", "text", "span", "sentence"]
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 8)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(fields), "\(object.keys.sorted())")
        }
    }

    @Test func csvParsesBackWithTheHeaderColumns() throws {
        let run = CLIHarness.run(["extract", "--format", "csv", CLIHarness.path("seeds")])
        let rows = CSVTestParser.parse(run.output)
        #expect(rows.first?.count == 17)
        #expect(rows.count == 9)
        for row in rows.dropFirst() { #expect(row.count == 17) }
        let header = try #require(rows.first)
        let text = try #require(header.firstIndex(of: "text"))
        #expect(rows[1][text] == "exceeded $1.2 billion")
        let sentence = try #require(header.firstIndex(of: "sentence"))
        #expect(rows[1][sentence].hasPrefix("Azerbaijani investments in Russia's economy"))
    }

    @Test func tableIsTheDefaultOnATerminal() {
        let run = CLIHarness.run(["extract", CLIHarness.path("seeds")], terminal: true)
        #expect(run.output.hasPrefix("doc"))
        #expect(run.output.contains("RU→AZ"))
    }

    @Test func sameOutputForAnyNumberOfJobs() {
        let one = CLIHarness.run(["extract", "--jobs", "1", CLIHarness.path("seeds")])
        let three = CLIHarness.run(["extract", "--jobs", "3", CLIHarness.path("seeds")])
        #expect(one.output == three.output)
    }
}

/// A minimal RFC 4180 reader for checking CSV output in tests.
enum CSVTestParser {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
            case "\r": break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
