import FiguresCLI
import Foundation
import Testing

@Suite struct QuantitiesCommandTests {
    @Test func seedsMatchTheGoldenFile() throws {
        let run = CLIHarness.run(["quantities", "--format", "jsonl", CLIHarness.path("seeds")])
        #expect(run.status == 0)
        let (expected, actual) = try CLIHarness.golden("quantities-seeds.jsonl", run.output)
        #expect(actual == expected)
    }

    @Test func outputIsTheSameForAnyNumberOfJobs() {
        let one = CLIHarness.run(["quantities", "--jobs", "1", CLIHarness.path("seeds")])
        let four = CLIHarness.run(["quantities", "--jobs", "4", CLIHarness.path("seeds")])
        #expect(one.output == four.output)
        #expect(!one.output.isEmpty)
    }

    @Test func everyLineIsAJSONObjectWithTheContractFields() throws {
        let run = CLIHarness.run(["quantities", CLIHarness.path("seeds")])
        for line in run.output.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["doc", "kind", "value", "unit", "bound", "low", "high", "text", "span"] {
                #expect(object[key] != nil, "missing \(key) in \(line)")
            }
        }
    }

    @Test func spansSliceTheDocumentToTheText() throws {
        let path = CLIHarness.path("seeds/000_96fc7f21711e4c2d.txt")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let run = CLIHarness.run(["quantities", path])
        for line in run.output.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let span = try #require(object["span"] as? [Int])
            let text = try #require(object["text"] as? String)
            #expect(String(decoding: bytes[span[0]..<span[1]], as: UTF8.self) == text)
        }
    }

    @Test func tableFormatOnATerminal() {
        let run = CLIHarness.run(["quantities", CLIHarness.path("seeds/000_96fc7f21711e4c2d.txt")], terminal: true)
        #expect(run.output.hasPrefix("doc"))
        #expect(run.output.contains("exceeded $1.2 billion"))
        #expect(!run.output.contains("{\""))
    }

    @Test func standardInputAsTextAndAsJSONLines() {
        let text = CLIHarness.run(["quantities", "-"], stdin: "date 2023-01-02 Exports rose to $3 billion.")
        #expect(text.status == 0)
        #expect(text.output.contains("\"value\":3000000000"))
        let jsonl = CLIHarness.run(["quantities", "-"], stdin: "{\"id\": \"a1\", \"published\": \"2023-01-02\", \"text\": \"about 40 percent\"}\n")
        #expect(jsonl.output.contains("\"doc\":\"a1\""))
        #expect(jsonl.output.contains("\"bound\":\"approx\""))
    }
}

@Suite struct UsageTests {
    @Test(arguments: [
        ["quantities"], ["quantities", "--format"], ["quantities", "--format", "xml", "x"], ["quantities", "--jobs", "0", "x"],
        ["quantities", "--bogus", "x"], ["frobnicate"], [],
    ])
    func misuseIsExitStatusTwoWithAMessage(_ arguments: [String]) {
        let run = CLIHarness.run(arguments)
        #expect(run.status == 2)
        #expect(run.errors.contains("usage") || run.errors.contains("unknown command"))
        #expect(run.output.isEmpty)
    }

    @Test func helpGoesToStandardOutput() {
        let run = CLIHarness.run(["help", "quantities"])
        #expect(run.status == 0)
        #expect(run.output.contains("figures quantities"))
    }
}

@Suite struct BadInputTests {
    func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func missingFileIsStatusOneAndNamed() {
        let run = CLIHarness.run(["quantities", "/nonexistent/figures/a.txt"])
        #expect(run.status == 1)
        #expect(run.errors.contains("/nonexistent/figures/a.txt: no such file"))
    }

    @Test func emptyBinaryNonUTF8AndHeaderlessFiles() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try write([], "empty.txt", in: folder)
        let binary = try write([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2], "binary.txt", in: folder)
        let latin1 = try write(Array("date 2023-05-01 line one\nCaf".utf8) + [0xE9] + Array(" paid $5 million".utf8), "latin1.txt", in: folder)
        let headerless = try write(Array("Exports hit $2 billion.".utf8), "noheader.txt", in: folder)
        let run = CLIHarness.run(["quantities", empty, binary, latin1, headerless])
        #expect(run.status == 1)  // the binary file could not be read as text
        #expect(run.errors.contains("empty.txt: empty file"))
        #expect(run.errors.contains("binary.txt: binary data"))
        #expect(run.errors.contains("latin1.txt:2: invalid UTF-8"))
        #expect(run.errors.contains("noheader.txt: no 'date YYYY-MM-DD' header"))
        #expect(run.output.contains("\"value\":5000000"))
        #expect(run.output.contains("\"value\":2000000000"))
    }

    @Test func brokenJSONLinesAreReportedWithTheirLineAndTheRestRead() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            "{\"id\": \"ok1\", \"published\": \"2023-01-01\", \"text\": \"$1 billion\"}",
            "{not json",
            "[1, 2]",
            "{\"id\": \"x\", \"text\": 42}",
            "{\"id\": \"nodate\", \"text\": \"5%\"}",
            String(repeating: "[", count: 10_000),
            "{\"id\": \"ok2\", \"date\": \"2023-01-01\", \"text\": \"\\u00e9 \\ud83d\\ude00 3 million euros\"}",
        ]
        let path = try write(Array(lines.joined(separator: "\n").utf8), "articles.jsonl", in: folder)
        let run = CLIHarness.run(["quantities", path])
        #expect(run.status == 1)
        #expect(run.errors.contains("articles.jsonl:2: not valid JSON"))
        #expect(run.errors.contains("articles.jsonl:3: expected a JSON object"))
        #expect(run.errors.contains("articles.jsonl:4: \"text\" must be a string"))
        #expect(run.errors.contains("articles.jsonl:5: no \"published\" date"))
        #expect(run.errors.contains("articles.jsonl:6: not valid JSON (nested too deeply"))
        #expect(run.output.contains("\"doc\":\"ok1\""))
        #expect(run.output.contains("\"doc\":\"ok2\""))
        #expect(run.output.contains("\"unit\":\"EUR\""))
    }

    @Test func aHundredMegabyteLineWithNoNewline() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Array("date 2024-01-01 Exports reached $5 billion. ".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
        bytes += Array(" and imports $2 billion".utf8)
        let path = try write(bytes, "huge.txt", in: folder)
        bytes = []
        let run = CLIHarness.run(["quantities", path])
        #expect(run.status == 0)
        #expect(run.output.contains("\"value\":5000000000"))
        #expect(run.output.contains("\"value\":2000000000"))
    }

    @Test func aVanishedFileIsReportedAndTheOthersAreRead() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try write(Array("date 2023-01-01 $1 million".utf8), "good.txt", in: folder)
        let gone = try write(Array("date 2023-01-01 $2 million".utf8), "gone.txt", in: folder)
        try FileManager.default.removeItem(atPath: gone)
        let run = CLIHarness.run(["quantities", gone, good])
        #expect(run.status == 1)
        #expect(run.errors.contains("gone.txt"))
        #expect(run.output.contains("\"value\":1000000"))
    }

    @Test func oversizedAndWrongTypedJSONLines() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = String(repeating: "a", count: 5 << 20)
        let lines = [
            "{\"id\": \"big\", \"published\": \"2023-01-01\", \"text\": \"\(big) $9 million\"}",
            "{\"id\": [1], \"published\": 20230101, \"text\": \"$3 million\"}",
            "{\"id\": \"ok\", \"published\": \"2023-01-01\", \"text\": \"$4 million\"}",
        ]
        let path = try write(Array(lines.joined(separator: "\n").utf8), "mixed.jsonl", in: folder)
        let run = CLIHarness.run(["quantities", path])
        #expect(run.output.contains("\"value\":9000000"))
        #expect(run.errors.contains("mixed.jsonl:2: \"id\" should be a string"))
        #expect(run.errors.contains("mixed.jsonl:2: \"published\" is not a YYYY-MM-DD date"))
        #expect(run.output.contains("\"doc\":\"ok\""))
    }

    @Test func folderInputReadsTxtAndJsonlInPathOrder() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        _ = try write(Array("date 2023-01-01 $2 million".utf8), "b.txt", in: folder)
        _ = try write(Array("date 2023-01-01 $1 million".utf8), "a.txt", in: folder)
        _ = try write(Array("{\"id\":\"c\",\"published\":\"2023-01-01\",\"text\":\"$3 million\"}\n".utf8), "sub/c.jsonl", in: folder)
        _ = try write(Array("ignored $9".utf8), "notes.md", in: folder)
        let run = CLIHarness.run(["quantities", folder.path])
        #expect(run.status == 0)
        let docs = run.output.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["doc"] as? String
        }
        #expect(docs == ["a.txt", "b.txt", "c"])
    }
}
