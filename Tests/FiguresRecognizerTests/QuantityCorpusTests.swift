import FiguresCore
import FiguresRecognizer
import Testing

/// The executable spec: every example in `Fixtures/quantities/*.txt` (see its README).
@Suite struct QuantityCorpusTests {
    static let files = ["numbers.txt", "money.txt", "bounds.txt", "percent.txt", "dates.txt"]

    @Test(arguments: files)
    func corpus(_ file: String) throws {
        let (examples, errors) = try QuantityCorpus.load(file)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        #expect(examples.count >= 40, "\(file) has too few examples")
        let recognizer = Recognizer()
        var failures: [String] = []
        for example in examples {
            let found = recognizer.recognize(example.text).quantities
            let bytes = Array(example.text.utf8)
            func describe(_ q: Quantity) -> String {
                let text = String(decoding: bytes[q.span], as: UTF8.self)
                return "'\(text)' \(q.kind) \(q.value.map { "\($0)" } ?? "-") \(q.unit?.code ?? "none") \(q.bound)"
                    + (q.bound == .range ? " [\(q.low.map { "\($0)" } ?? "-"), \(q.high.map { "\($0)" } ?? "-")]" : "")
                    + (q.date.map { " date=\($0)" } ?? "")
            }
            let where_ = "\(example.file):\(example.line): \(example.text)"
            switch example.expectation {
            case .nothing(let kinds):
                let unwanted = found.filter { kinds.contains($0.kind) }
                if !unwanted.isEmpty {
                    failures.append("\(where_)\n    expected nothing, got \(unwanted.map(describe))")
                }
            case .quantity(let header, let span):
                let expectedText = String(decoding: bytes[span], as: UTF8.self)
                guard let q = found.first(where: { $0.span == span }) else {
                    failures.append("\(where_)\n    expected '\(expectedText)', got \(found.map(describe))")
                    continue
                }
                if let problem = mismatch(q, header) {
                    failures.append("\(where_)\n    '\(expectedText)': \(problem); got \(describe(q))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(examples.count) examples fail:\n\(failures.joined(separator: "\n"))")
    }

    /// What differs between a recognised quantity and a corpus header, if anything.
    func mismatch(_ q: Quantity, _ header: [String: String]) -> String? {
        if let kind = header["kind"], q.kind.rawValue != kind { return "kind should be \(kind)" }
        if q.kind == .date {
            if let date = header["date"], q.date != date { return "date should be \(date)" }
            return nil
        }
        let bound = header["bound"] ?? "exact"
        if q.bound.rawValue != bound { return "bound should be \(bound)" }
        let unit = header["unit"] ?? "none"
        if (q.unit?.code ?? "none") != unit { return "unit should be \(unit)" }
        if bound == "range" {
            if let low = header["low"], q.low != ExactDecimal(low) { return "low should be \(low)" }
            if let high = header["high"], q.high != ExactDecimal(high) { return "high should be \(high)" }
            return nil
        }
        if let value = header["value"], q.value != ExactDecimal(value) { return "value should be \(value)" }
        return nil
    }
}
