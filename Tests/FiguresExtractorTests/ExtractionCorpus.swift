import FiguresCore
import FiguresExtractor
import Foundation

/// The annotated corpus in `Fixtures/extract/corpus.jsonl` (conventions in its README) and a
/// scorer: precision and recall of figures (matched by indicator and exact words), and the
/// accuracy of each attribute over the matched ones.
struct ExtractionCorpus {
    struct Case {
        var id: String
        var published: Day?
        var text: String
        var expected: [[String: Any]]
    }

    struct Score {
        var expected = 0
        var predicted = 0
        var matched = 0
        var attributeHits: [String: Int] = [:]
        var problems: [String] = []
        var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        func accuracy(_ attribute: String) -> Double { matched == 0 ? 1 : Double(attributeHits[attribute, default: 0]) / Double(matched) }

        var summary: String {
            var lines = [String(format: "figures: %d expected, %d found, %d matched; precision %.3f recall %.3f F1 %.3f",
                                expected, predicted, matched, precision, recall, f1)]
            lines.append(ExtractionCorpus.attributes.map { String(format: "%@ %.3f", $0, accuracy($0)) }.joined(separator: ", "))
            return lines.joined(separator: "\n")
        }
    }

    static let attributes = ["value", "unit", "bound", "from", "to", "sector", "period", "status"]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/extract")

    static func load(_ name: String = "corpus.jsonl") throws -> [Case] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return Case(id: object["id"] as! String, published: (object["published"] as? String).flatMap { Day(iso: $0) },
                        text: object["text"] as! String, expected: object["expected"] as! [[String: Any]])
        }
    }

    static func string(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let number as NSNumber: return ExactDecimal(number.stringValue).map { "\($0)" } ?? number.stringValue
        case let text as String: return text
        default: return "\(value!)"
        }
    }

    static func actual(_ figure: Figure, _ attribute: String) -> String {
        switch attribute {
        case "value": return figure.value.map { "\($0)" } ?? "null"
        case "unit": return figure.unit?.code ?? "null"
        case "bound": return figure.bound.rawValue
        case "from": return figure.from?.code ?? "null"
        case "to": return figure.to?.code ?? "null"
        case "sector": return figure.sector ?? "null"
        case "period": return figure.period?.description ?? "null"
        case "status": return figure.status.rawValue
        default: return "?"
        }
    }

    static func score(_ cases: [Case], extractor: Extractor = Extractor()) -> Score {
        var score = Score()
        for c in cases {
            let figures = extractor.extract(c.text, published: c.published)
            let bytes = Array(c.text.utf8)
            var unmatched = Array(figures.indices)
            score.expected += c.expected.count
            score.predicted += figures.count
            for e in c.expected {
                let words = e["text"] as! String
                let indicator = e["indicator"] as! String
                guard let position = unmatched.firstIndex(where: {
                    String(decoding: bytes[figures[$0].span], as: UTF8.self) == words && figures[$0].indicator.rawValue == indicator
                }) else {
                    score.problems.append("\(c.id): missed \(indicator) '\(words)'")
                    continue
                }
                let figure = figures[unmatched.remove(at: position)]
                score.matched += 1
                var wrong: [String] = []
                for attribute in attributes {
                    let want = string(e[attribute])
                    let got = actual(figure, attribute)
                    if want == got { score.attributeHits[attribute, default: 0] += 1 } else { wrong.append("\(attribute) \(got) (want \(want))") }
                }
                if !wrong.isEmpty { score.problems.append("\(c.id): '\(words)': \(wrong.joined(separator: ", "))") }
            }
            for index in unmatched {
                let words = String(decoding: bytes[figures[index].span], as: UTF8.self)
                score.problems.append("\(c.id): extra \(figures[index].indicator.rawValue) '\(words)'")
            }
        }
        return score
    }
}
