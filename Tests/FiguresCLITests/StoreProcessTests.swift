import CSQLite
import FiguresStore
import Foundation
import Testing

/// Real `figures` processes against one store: concurrent writers and SIGKILL in mid-ingest.
@Suite(.serialized) struct StoreProcessTests {
    static var binary: URL { CLIHarness.root.appendingPathComponent(".build/debug/figures") }

    /// A JSON Lines file of `count` small articles, each with two figures.
    static func corpus(_ count: Int, prefix: String, in folder: URL) throws -> String {
        var lines: [String] = []
        for i in 0..<count {
            let text = "Trade between Kazakhstan and China reached $\(i % 90 + 1).\(i % 10) billion in \(2000 + i % 24). "
                + "Chinese investment in Kazakhstan totaled $\(i % 50 + 2) billion, said \(prefix) report \(i)."
            lines.append("{\"id\": \"\(prefix)-\(i)\", \"published\": \"2024-0\(i % 9 + 1)-15\", \"text\": \"\(text)\"}")
        }
        let url = folder.appendingPathComponent("\(prefix).jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func twoWritersAtOnceBothSucceedAndLoseNothing() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the figures executable first")
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("shared.sqlite").path
        let a = try Self.corpus(600, prefix: "a", in: folder)
        let b = try Self.corpus(600, prefix: "b", in: folder)
        let first = try Self.launch(["ingest", "--store", store, "--batch-size", "20", a])
        let second = try Self.launch(["ingest", "--store", store, "--batch-size", "20", b])
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        let opened = try Store(path: store)
        #expect(try opened.integrityCheck())
        #expect(try opened.documentCount() == 1200)
        #expect(try opened.observations().count == 2400)
    }

    @Test func aKilledIngestLeavesASoundStoreWithWholeBatches() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the figures executable first")
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("killed.sqlite").path
        let input = try Self.corpus(3000, prefix: "k", in: folder)
        // Twenty kills at moments spread over the run.
        for round in 0..<20 {
            let process = try Self.launch(["ingest", "--store", store, "--batch-size", "25", "--jobs", "1", input])
            usleep(useconds_t(60_000 + (round * 37_000) % 400_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let opened = try Store(path: store)
            #expect(try opened.integrityCheck())
            let documents = try opened.documentCount()
            // Batches are atomic: whole batches of 25 documents, each with both of its figures.
            #expect(documents % 25 == 0 || documents == 3000, "\(documents) documents after kill \(round)")
            #expect(try opened.observations().count == documents * 2)
        }
        // Ingesting again completes the store without duplicating what survived.
        let finish = try Self.launch(["ingest", "--store", store, input])
        finish.waitUntilExit()
        #expect(finish.terminationStatus == 0)
        let opened = try Store(path: store)
        #expect(try opened.documentCount() == 3000)
        #expect(try opened.observations().count == 6000)
        // Kills between dropping the query indexes and building them again left them out; the
        // ingest that finished built them.
        #expect(try Self.queryIndexes(store) == ["observations_published", "observations_series"])
        #expect(try opened.integrityCheck())
    }

    /// The names of the store's indexes on observations made by the schema (not SQLite's own).
    static func queryIndexes(_ path: String) throws -> [String] {
        var db: OpaquePointer?
        defer { sqlite3_close(db) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { throw CocoaError(.fileReadUnknown) }
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        let sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL ORDER BY name"
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw CocoaError(.fileReadUnknown) }
        var names: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW { names.append(String(cString: sqlite3_column_text(statement, 0))) }
        return names
    }
}

@Suite struct StoreCommandTests {
    @Test func ingestSeriesAndShow() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("s.sqlite").path
        let ingest = CLIHarness.run(["ingest", "--store", store, CLIHarness.path("seeds")])
        #expect(ingest.status == 0)
        #expect(ingest.output.contains("added 2 documents (0 already stored), 8 figures"))
        let again = CLIHarness.run(["ingest", "--store", store, CLIHarness.path("seeds")])
        #expect(again.output.contains("added 0 documents (2 already stored), 0 figures, 0 new series"))
        let series = CLIHarness.run(["series", "--store", store])
        #expect(series.status == 0)
        #expect(series.output.contains("investment:RU>AZ::USD:stock"))
        let show = CLIHarness.run(["show", "--store", store, "investment:RU>AZ::USD:stock"])
        #expect(show.status == 0)
        #expect(show.output.contains("2022-04-16") && show.output.contains("2024-08-19"))
        let asOf = CLIHarness.run(["show", "--store", store, "--as-of", "2023-01-01", "investment:RU>AZ::USD:stock"])
        #expect(asOf.output.contains("6.3 billion") && !asOf.output.contains("2024-08-19"))
        let missing = CLIHarness.run(["show", "--store", store, "exports:AZ>IT::USD:flow"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("no series"))
    }

    /// An ingest into a new store drops the query indexes and builds them at its end; an ingest
    /// that finds them missing (one killed in between) builds them, even when it adds nothing.
    @Test func ingestLeavesTheQueryIndexesInPlace() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("s.sqlite").path
        #expect(CLIHarness.run(["ingest", "--store", store, CLIHarness.path("seeds")]).status == 0)
        // The command closed the store before returning: its log is copied in and removed.
        #expect(!FileManager.default.fileExists(atPath: store + "-wal"))
        let all = ["observations_published", "observations_series"]
        #expect(try StoreProcessTests.queryIndexes(store) == all)
        #expect(try Store(path: store).integrityCheck())
        try Store(path: store).dropQueryIndexes()
        #expect(try StoreProcessTests.queryIndexes(store) == [])
        let again = CLIHarness.run(["ingest", "--store", store, CLIHarness.path("seeds")])
        #expect(again.output.contains("added 0 documents (2 already stored)"))
        #expect(try StoreProcessTests.queryIndexes(store) == all)
        let opened = try Store(path: store)
        #expect(try opened.integrityCheck())
        #expect(try opened.observations().count == 8)
    }

    @Test func theStoreComesFromTheEnvironmentWhenNotGiven() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("env.sqlite").path
        let run = CLIHarness.run(["ingest", CLIHarness.path("seeds")], environment: ["FIGURES_STORE": store])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: store))
    }

    @Test func storeProblemsAreStatusOneWithTheFileNamed() throws {
        let folder = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notDatabase = folder.appendingPathComponent("junk.sqlite")
        try Data(String(repeating: "junk ", count: 500).utf8).write(to: notDatabase)
        let before = try Data(contentsOf: notDatabase)
        for store in [folder.path, notDatabase.path] {
            let run = CLIHarness.run(["ingest", "--store", store, CLIHarness.path("seeds")])
            #expect(run.status == 1)
            #expect(run.errors.contains(store))
        }
        #expect(try Data(contentsOf: notDatabase) == before)
        let series = CLIHarness.run(["series", "--store", folder.appendingPathComponent("none.sqlite").path])
        #expect(series.status == 1)
        #expect(series.errors.contains("run 'figures ingest' first"))
    }
}
