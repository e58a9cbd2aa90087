// figures-eval: scores the recogniser against gold cases in the JSON Lines format of
// ../shared/gold/dev (see its README), and checks the known-miss list.
//
//   swift run figures-eval [--misses] [--known Fixtures/gold/known-misses.tsv]
//                          [--min currency=95,number=90] FILE.jsonl...
//
// A case passes when the quantities of its `annotates` kind match the expected items one to one:
// same value (relative tolerance 1e-9) and, for currency, the same ISO code (or both none).
// Exit status: 0 when every threshold is met and every failing case is in the known-miss list;
// 1 otherwise; 2 for usage errors.
import FiguresCore
import FiguresRecognizer
import Foundation

struct Expected {
    var value: Double
    var unit: String?
    var bound: String?
    var text: String
}

struct Case {
    var id: String
    var spec: String
    var annotates: String
    var text: String
    var expected: [Expected]
}

struct Predicted {
    var value: Double
    var unit: String?
    var bound: String?
    var text: String
}

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("figures-eval: \(message)\n".utf8))
    exit(status)
}

var files: [String] = []
var showMisses = false
var knownPath: String?
var minimums: [String: Double] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--misses": showMisses = true
    case "--known":
        guard let path = arguments.popFirst() else { fail("--known needs a file", status: 2) }
        knownPath = path
    case "--min":
        guard let spec = arguments.popFirst() else { fail("--min needs kind=percent,...", status: 2) }
        for part in spec.split(separator: ",") {
            let pair = part.split(separator: "=")
            guard pair.count == 2, let v = Double(pair[1]) else { fail("bad --min '\(part)'", status: 2) }
            minimums[String(pair[0])] = v
        }
    case "-h", "--help":
        print("usage: figures-eval [--misses] [--known FILE] [--min kind=percent,...] GOLD.jsonl...")
        exit(0)
    default:
        if argument.hasPrefix("-") { fail("unknown option \(argument)", status: 2) }
        files.append(argument)
    }
}
guard !files.isEmpty else { fail("no gold files given", status: 2) }

var cases: [Case] = []
for file in files {
    guard let data = FileManager.default.contents(atPath: file) else { fail("\(file): cannot read", status: 1) }
    for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let id = object["id"] as? String, let text = object["text"] as? String,
              let annotates = object["annotates"] as? String, let items = object["expected"] as? [[String: Any]] else {
            fail("\(file):\(index + 1): not a gold case", status: 1)
        }
        let expected = items.compactMap { item -> Expected? in
            guard let value = (item["value"] as? NSNumber)?.doubleValue else { return nil }
            return Expected(value: value, unit: item["unit"] as? String, bound: item["bound"] as? String,
                            text: item["text"] as? String ?? "")
        }
        cases.append(Case(id: id, spec: object["spec"] as? String ?? "", annotates: annotates, text: text, expected: expected))
    }
}

var known: [String: String] = [:]
if let knownPath {
    guard let data = FileManager.default.contents(atPath: knownPath) else { fail("\(knownPath): cannot read", status: 1) }
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard let id = parts.first else { continue }
        known[String(id)] = parts.count > 1 ? String(parts[1]) : ""
    }
}

let recognizer = Recognizer()

func predictions(for c: Case) -> [Predicted] {
    var text = c.text
    let recognition = text.withUTF8 { recognizer.recognize($0) }
    let bytes = Array(c.text.utf8)
    var result: [Predicted] = []
    for q in recognition.quantities {
        let slice = String(decoding: bytes[q.span.clamped(to: 0..<bytes.count)], as: UTF8.self)
        func add(_ v: ExactDecimal?) {
            if let v { result.append(Predicted(value: v.doubleValue, unit: q.unit?.code, bound: q.bound.rawValue, text: slice)) }
        }
        switch c.annotates {
        case "currency":
            if q.kind == .money { add(q.value) }
        case "number":
            guard q.kind == .number || q.kind == .money || q.kind == .percent else { continue }
            if q.bound == .range { add(q.low); add(q.high) } else { add(q.value) }
        case "number-range":
            if q.kind != .date && q.kind != .ordinal && (q.bound == .lower || q.bound == .upper || (q.bound == .exact && q.qualified)) {
                add(q.value)
            }
        case "percent":
            if q.kind == .percent { add(q.value) }
        case "ordinal":
            if q.kind == .ordinal { add(q.value) }
        default:
            break
        }
    }
    return result
}

func close(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
}

struct Tally { var cases = 0; var passed = 0; var expected = 0; var found = 0; var matched = 0; var spans = 0 }
var byKind: [String: Tally] = [:]
var bySpec: [String: Tally] = [:]
var failing: [(Case, [Predicted])] = []

for c in cases {
    let predicted = predictions(for: c)
    var unmatched = predicted
    var matched = 0
    var spans = 0
    for e in c.expected {
        let unitKind = c.annotates == "currency"
        if let index = unmatched.firstIndex(where: { p in
            close(p.value, e.value) && (!unitKind || p.unit == e.unit)
                && (c.annotates != "number-range" || p.bound == e.bound)
        }) {
            if unmatched[index].text == e.text { spans += 1 }
            unmatched.remove(at: index)
            matched += 1
        }
    }
    let pass = matched == c.expected.count && unmatched.isEmpty
    for key in [c.annotates] {
        var t = byKind[key, default: Tally()]
        t.cases += 1; t.passed += pass ? 1 : 0; t.expected += c.expected.count; t.found += predicted.count
        t.matched += matched; t.spans += spans
        byKind[key] = t
    }
    var s = bySpec[c.spec, default: Tally()]
    s.cases += 1; s.passed += pass ? 1 : 0; s.expected += c.expected.count; s.found += predicted.count; s.matched += matched
    s.spans += spans
    bySpec[c.spec] = s
    if !pass { failing.append((c, predicted)) }
}

func percent(_ a: Int, _ b: Int) -> String {
    b == 0 ? "   -  " : String(format: "%5.1f%%", 100 * Double(a) / Double(b))
}
print("kind          cases  passed   rate   precision recall  span-exact")
for (kind, t) in byKind.sorted(by: { $0.key < $1.key }) {
    print("\(kind.padding(toLength: 13, withPad: " ", startingAt: 0)) \(String(format: "%5d", t.cases))  \(String(format: "%5d", t.passed))  \(percent(t.passed, t.cases))  \(percent(t.matched, t.found))   \(percent(t.matched, t.expected)) \(percent(t.spans, t.matched))")
}
print("")
print("spec                              cases  passed   rate")
for (spec, t) in bySpec.sorted(by: { $0.key < $1.key }) {
    print("\(spec.padding(toLength: 33, withPad: " ", startingAt: 0)) \(String(format: "%5d", t.cases))  \(String(format: "%5d", t.passed))  \(percent(t.passed, t.cases))")
}
let total = byKind.values.reduce(Tally()) { var r = $0; r.cases += $1.cases; r.passed += $1.passed; return r }
print("\nall: \(total.passed) of \(total.cases) cases pass (\(percent(total.passed, total.cases)))")

if showMisses {
    print("\nmisses:")
    for (c, predicted) in failing {
        let expected = c.expected.map { "\($0.text)=\($0.value)\($0.unit.map { " " + $0 } ?? "")\($0.bound.map { " " + $0 } ?? "")" }
        let got = predicted.map { "\($0.text)=\($0.value)\($0.unit.map { " " + $0 } ?? "")\($0.bound.map { " " + $0 } ?? "")" }
        print("\(c.id)\t\(c.text.prefix(100))\n    expected \(expected)\n    got      \(got)")
    }
}

var status: Int32 = 0
for (kind, minimum) in minimums {
    guard let t = byKind[kind] else { continue }
    let rate = 100 * Double(t.passed) / Double(max(t.cases, 1))
    if rate < minimum {
        print("FAIL: \(kind) pass rate \(String(format: "%.1f", rate))% is below \(minimum)%")
        status = 1
    }
}
if knownPath != nil {
    let unexpected = failing.filter { known[$0.0.id] == nil }
    for (c, _) in unexpected { print("FAIL: \(c.id) fails and is not in the known-miss list") }
    if !unexpected.isEmpty { status = 1 }
    let fixed = Set(known.keys).subtracting(failing.map { $0.0.id }).intersection(cases.map { $0.id })
    for id in fixed.sorted() { print("note: \(id) now passes; remove it from the known-miss list") }
    if !fixed.isEmpty { status = 1 }
}
print(status == 0 ? "evaluation: ok" : "evaluation: FAILED")
exit(status)
