import CSQLite
import FiguresCore
import FiguresStore
import Foundation
import Testing

@Suite struct StoreTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // FIPS 180-2's two-block messages and its million "a"s.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array(("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                                  + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8))
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every length from 0 to 299 bytes (each padding case, one to five blocks): the digest of
    /// their hex digests laid end to end, against Python's hashlib.
    @Test func sha256OfEveryShortLength() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let chained = (0..<300).map { SHA256.hex(bytes[..<$0]) }.joined()
        #expect(SHA256.hex(Array(chained.utf8)) == "a5c8edb89f340337938f420fff4e8e77ec8025b62512c90e37b4a3f0c3854297")
    }

    @Test func seriesKeysSeparateUnitsAndNormaliseTurnoverPairs() throws {
        let usd = SeriesKey(StoreTestSupport.figure(.tradeTurnover, "1", from: "RU", to: "AZ"))
        let eur = SeriesKey(StoreTestSupport.figure(.tradeTurnover, "1", unit: "EUR", from: "AZ", to: "RU"))
        #expect(usd.from?.code == "AZ" && usd.to?.code == "RU")
        #expect(usd != eur)
        #expect(usd.with(unit: .currency(CurrencyCode("EUR")!)) == eur)
        #expect(SeriesKey(usd.description) == usd)
        let stock = SeriesKey(StoreTestSupport.figure(.investment, "1", period: "2022-04-16"))
        #expect(stock.measure == .stock)
        #expect(SeriesKey(stock.description) == stock)
    }

    @Test func reingestingTheSameContentAddsNothingButAnEditIsANewDocument() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("s.sqlite").path)
        let a = StoreTestSupport.item("a.txt", content: "A", published: "2022-01-10", [StoreTestSupport.figure(.exports, "5")])
        let first = try store.ingest([a])
        #expect(first.documents == 1 && first.observations == 1 && first.newSeries == 1)
        let again = try store.ingest([a])
        #expect(again.documents == 0 && again.duplicates == 1 && again.observations == 0)
        let edited = StoreTestSupport.item("a.txt", content: "A, corrected", published: "2022-01-11",
                                           [StoreTestSupport.figure(.exports, "5.5")])
        let third = try store.ingest([edited])
        #expect(third.documents == 1 && third.newSeries == 0)
        let observations = try store.observations()
        #expect(observations.count == 2)
        #expect(Set(observations.map(\.provenance.contentHash)).count == 2)
        #expect(observations.allSatisfy { $0.provenance.doc == "a.txt" })
        #expect(try store.documentCount() == 2)
    }

    @Test func valuesComeBackExactly() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("s.sqlite").path)
        let values = ["1200000000", "0.1", "123456789012345678901234567.89", "-5"]
        _ = try store.ingest([StoreTestSupport.item("x", content: "x", published: "2020-01-01",
                                                    values.enumerated().map { StoreTestSupport.figure(.exports, $0.1, at: $0.0 * 10) })])
        let back = Set(try store.observations().compactMap(\.value))
        #expect(back == Set(values.map { ExactDecimal($0)! }))
    }

    @Test func wordsAndSentencesComeBackWhateverTheirLength() throws {
        // Short texts share the statement's bind buffers (64 KB chunks, a row's texts may cross
        // into the next chunk); texts over 16 KB are handed to SQLite to copy.
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("s.sqlite").path)
        let sentences = [String(repeating: "é", count: 7_000), String(repeating: "x", count: 20_000), "Short.", "",
                         String(repeating: "trade ", count: 3_000)]
        var items: [IngestItem] = []
        for (n, sentence) in sentences.enumerated() {
            var item = StoreTestSupport.item("d\(n)", content: "content \(n)", published: "2021-05-05",
                                             (0..<3).map { StoreTestSupport.figure(.exports, "\($0 + 1)", at: $0 * 10) })
            item = IngestItem(doc: item.doc, published: item.published, source: item.source, contentHash: item.contentHash,
                              byteCount: item.byteCount, figures: item.figures.map { ($0.figure, "words \(n)", sentence) })
            items.append(item)
        }
        _ = try store.ingest(items)
        let stored = try store.observations()
        #expect(stored.count == sentences.count * 3)
        for (n, sentence) in sentences.enumerated() {
            let rows = stored.filter { $0.provenance.doc == "d\(n)" }
            #expect(rows.count == 3)
            #expect(rows.allSatisfy { $0.provenance.sentence == sentence && $0.provenance.text == "words \(n)" })
        }
    }

    @Test func vintagesAnswerWhatWasKnownOnADate() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("s.sqlite").path)
        _ = try store.ingest([
            StoreTestSupport.item("early", content: "1", published: "2022-03-01", [StoreTestSupport.figure(.tradeTurnover, "2.9")]),
            StoreTestSupport.item("late", content: "2", published: "2022-09-01", [StoreTestSupport.figure(.tradeTurnover, "3.1")]),
            StoreTestSupport.item("undated", content: "3", published: nil, [StoreTestSupport.figure(.tradeTurnover, "3.3")]),
        ])
        #expect(try store.observations().count == 3)
        let asOfMay = try store.observations(asOf: Day(iso: "2022-05-01"))
        #expect(asOfMay.map(\.value) == [ExactDecimal("2.9")])
        #expect(try store.observations(asOf: Day(iso: "2022-09-01")).count == 2)
        #expect(try store.series(asOf: Day(iso: "2021-01-01")).isEmpty)
        let summary = try #require(try store.series().first)
        #expect(summary.observations == 3 && summary.documents == 3)
    }

    @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.sqlite").path
        _ = try Store(path: path)
        var db: OpaquePointer?
        sqlite3_open(path, &db)
        sqlite3_exec(db, "PRAGMA user_version = 99", nil, nil, nil)
        sqlite3_close(db)
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: 1)) { try Store(path: path) }
        sqlite3_open(path, &db)
        var statement: OpaquePointer?
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nil)
        sqlite3_step(statement)
        #expect(sqlite3_column_int(statement, 0) == 99)
        sqlite3_finalize(statement)
        sqlite3_close(db)
    }

    @Test func badStorePathsGetAClearError() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: StoreError.isDirectory(path: folder.path)) { try Store(path: folder.path) }
        let text = folder.appendingPathComponent("notes.sqlite")
        try Data(String(repeating: "not a database at all\n", count: 200).utf8).write(to: text)
        #expect(throws: StoreError.notADatabase(path: text.path)) { try Store(path: text.path) }
        let foreign = folder.appendingPathComponent("other.sqlite").path
        var db: OpaquePointer?
        sqlite3_open(foreign, &db)
        sqlite3_exec(db, "CREATE TABLE t(x)", nil, nil, nil)
        sqlite3_close(db)
        #expect(throws: StoreError.notAFiguresStore(path: foreign)) { try Store(path: foreign) }
        do {
            _ = try Store(path: "/proc/figures-cannot-be-here/s.sqlite")
            Issue.record("opening a store in a missing folder should fail")
        } catch {
            guard case .cannotOpen = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.contains("/proc/figures-cannot-be-here/s.sqlite"))
        }
    }

    @Test func aTruncatedStoreIsReportedAsDamaged() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.sqlite").path
        do {
            let store = try Store(path: path)
            let figures = (0..<2000).map { StoreTestSupport.figure(.exports, "\($0)", at: $0 * 10) }
            _ = try store.ingest([StoreTestSupport.item("big", content: "big", published: "2022-01-01", figures)])
        }
        // Fold the WAL into the main file, then cut the file short.
        var db: OpaquePointer?
        sqlite3_open(path, &db)
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE", nil, nil, nil)
        sqlite3_close(db)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size / 3))
        try handle.close()
        do {
            let store = try Store(path: path)
            _ = try store.observations()
            #expect(try store.integrityCheck() == false)
        } catch {
            switch error {
            case .corrupt, .notADatabase: #expect(error.description.contains(path))
            default: Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func aFullDiskFailsTheBatchAndKeepsEarlierOnes() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, path) = try StoreTestSupport.nearlyFullStore(in: folder)
        let big = (0..<5000).map { StoreTestSupport.figure(.exports, "\($0)", at: $0 * 10) }
        #expect(throws: StoreError.diskFull(path: path)) {
            try store.ingest([StoreTestSupport.item("second", content: "2", published: "2022-01-02", big)])
        }
        let reopened = try Store(path: path)
        #expect(try reopened.integrityCheck())
        #expect(try reopened.documentCount() == 1)
        #expect(try reopened.observations().count == 1)
    }

    /// A large ingest (at least a quarter of the store) builds the query indexes at its end; a
    /// small one into a large store keeps them up to date.
    @Test func onlyALargeIngestDefersTheQueryIndexes() {
        #expect(Store.defersQueryIndexes(inputBytes: 0, storeBytes: 0))
        #expect(Store.defersQueryIndexes(inputBytes: 10 << 20, storeBytes: 40 << 20))
        #expect(!Store.defersQueryIndexes(inputBytes: 10 << 20, storeBytes: 41 << 20))
        #expect(!Store.defersQueryIndexes(inputBytes: 1 << 20, storeBytes: 1 << 30))
    }

    /// Query indexes that cannot be built (the disk is full) are an error of their own that says
    /// the figures are stored; the store stays sound and readable, and they are built later.
    @Test func queryIndexesThatCannotBeBuiltLeaveTheFiguresStored() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.sqlite").path
        let store = try Store(path: path)
        let figures = (0..<3000).map { StoreTestSupport.figure(.exports, "\($0)", period: "\(1000 + $0)", at: $0 * 10) }
        try store.dropQueryIndexes()
        _ = try store.ingest([StoreTestSupport.item("many", content: "m", published: "2022-01-01", figures)])
        try store.limitSize(toPages: try StoreTestSupport.pageCount(path))
        let failure = #expect(throws: StoreError.self) { try store.ensureQueryIndexes() }
        var named: String?
        if case .queryIndexesNotBuilt(let file, _)? = failure { named = file }
        #expect(named == path)
        #expect(failure?.description.contains("every figure was stored") == true)
        #expect(try store.integrityCheck())
        #expect(try store.observations().count == 3000)
        try store.limitSize(toPages: 1_000_000)
        // With a helper thread for the sort, as `figures ingest` builds them on two cores.
        try store.ensureQueryIndexes(sortThreads: 1)
        #expect(try store.integrityCheck())
    }

    /// A batch that fails after adding a series rolls the series back; the same process must not
    /// go on using the rolled-back id for that series in its next batches.
    @Test func aFailedBatchLeavesNoSeriesIdBehind() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, path) = try StoreTestSupport.nearlyFullStore(in: folder)
        // A new series (imports) first, then more than the quota holds.
        let big = [StoreTestSupport.figure(.imports, "7")] + (1..<5000).map { StoreTestSupport.figure(.exports, "\($0)", at: $0 * 10) }
        #expect(throws: StoreError.diskFull(path: path)) {
            try store.ingest([StoreTestSupport.item("second", content: "2", published: "2022-01-02", big)])
        }
        try store.limitSize(toPages: 1_000_000)
        let report = try store.ingest([StoreTestSupport.item("third", content: "3", published: "2022-01-03", [StoreTestSupport.figure(.imports, "8")])])
        #expect(report.newSeries == 1)
        let imports = try store.observations().filter { $0.series.indicator == .imports }
        #expect(imports.map(\.value) == [ExactDecimal(8)])
        #expect(try store.integrityCheck())
    }
}

/// The content hash in pieces and the stored REAL values.
@Suite struct HashAndNumberTests {
    @Test func hashingInPiecesEqualsHashingAtOnce() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        for cut in [1, 55, 56, 63, 64, 65, 127, 999] {
            var hasher = SHA256()
            hasher.update(Array(bytes[..<cut]))
            hasher.update(Array(bytes[cut...]))
            #expect(hasher.finalize().map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() == whole)
        }
        #expect(SHA256.hex(bytes[10..<20]) == SHA256.hex(Array(bytes[10..<20])))
    }

    @Test func doubleValuesAreTheNearestDouble() {
        let cases: [(String, Double)] = [("0.001", 0.001), ("2.9e9", 2.9e9), ("-1.5", -1.5), ("81.777e9", 81.777e9),
                                         ("0.1", 0.1), ("123456789012345678", 123456789012345678), ("1e25", 1e25), ("7e-30", 7e-30)]
        for (text, expected) in cases {
            let value = ExactDecimal(text)!
            #expect(abs(value.doubleValue - expected) <= expected.magnitude.ulp, "\(text)")
        }
        #expect(ExactDecimal("0.001")!.doubleValue == 0.001)
        #expect(ExactDecimal("81.777e9")!.doubleValue == 81_777_000_000)
    }
}
