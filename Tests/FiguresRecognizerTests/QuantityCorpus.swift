import FiguresCore
import Foundation

/// One example of a corpus file in `Fixtures/quantities` (format in its README): a line with an
/// expected quantity marked ⟦like this⟧, or a line that must yield nothing of some kinds.
struct CorpusExample {
    enum Expectation {
        case quantity(header: [String: String], span: Range<Int>)
        case nothing(kinds: Set<QuantityKind>)
    }
    var file: String
    var line: Int
    var text: String
    var expectation: Expectation
}

enum QuantityCorpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/quantities")

    static let open = "\u{27E6}"
    static let close = "\u{27E7}"

    /// Reads one corpus file; a malformed line is a test failure reported by the caller.
    static func load(_ name: String) throws -> (examples: [CorpusExample], errors: [String]) {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        var examples: [CorpusExample] = []
        var errors: [String] = []
        var header: [String: String]?
        var nothing: Set<QuantityKind>?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("@") {
                var fields: [String: String] = [:]
                var isNothing = false
                for part in trimmed.dropFirst().split(separator: " ") {
                    if part == "nothing" { isNothing = true; continue }
                    let pair = part.split(separator: "=", maxSplits: 1)
                    if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
                }
                if isNothing {
                    let kinds = fields["kinds"].map { $0.split(separator: ",").compactMap { QuantityKind(rawValue: String($0)) } }
                        ?? [.money, .percent, .number, .ordinal]
                    nothing = Set(kinds); header = nil
                } else {
                    header = fields; nothing = nil
                }
                continue
            }
            if let kinds = nothing {
                examples.append(CorpusExample(file: name, line: index + 1, text: line, expectation: .nothing(kinds: kinds)))
            } else if let header {
                guard let a = line.range(of: open), let b = line.range(of: close), a.upperBound <= b.lowerBound else {
                    errors.append("\(name):\(index + 1): no ⟦marked⟧ span"); continue
                }
                let before = String(line[..<a.lowerBound])
                let inside = String(line[a.upperBound..<b.lowerBound])
                let after = String(line[b.upperBound...])
                let start = before.utf8.count
                examples.append(CorpusExample(file: name, line: index + 1, text: before + inside + after,
                                              expectation: .quantity(header: header, span: start..<(start + inside.utf8.count))))
            } else {
                errors.append("\(name):\(index + 1): example before any @ header")
            }
        }
        return (examples, errors)
    }
}
