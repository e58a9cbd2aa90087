import FiguresCore

/// The `--format table` view of quantities: aligned columns for reading in a terminal.
enum QuantityTable {
    static let widths = [24, 8, 22, 8, 7]
    static var header: String {
        ColumnLayout.pad(["doc", "kind", "value", "unit", "bound"], widths) + "text\n"
    }

    static func rows(_ quantities: [Quantity], document: Document, bytes p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = ""
        for q in quantities {
            let value: String
            switch q.bound {
            case .range: value = "\(q.low.map { "\($0)" } ?? "?")–\(q.high.map { "\($0)" } ?? "?")"
            default: value = q.date ?? q.value.map { "\($0)" } ?? "-"
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[q.span]), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: " ")
            out += ColumnLayout.pad([document.id, q.kind.rawValue, value, q.unit?.code ?? q.unitName ?? "", q.bound.rawValue], widths) + text + "\n"
        }
        return Array(out.utf8)
    }
}
