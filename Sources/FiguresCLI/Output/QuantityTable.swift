import FiguresCore

/// The `--format table` view of quantities: aligned columns for reading in a terminal.
enum QuantityTable {
    static let widths = [24, 8, 22, 8, 7]
    static var header: String {
        pad(["doc", "kind", "value", "unit", "bound"]) + "text\n"
    }

    static func pad(_ cells: [String]) -> String {
        var line = ""
        for (cell, width) in zip(cells, widths) {
            let clipped = cell.count > width - 1 ? String(cell.prefix(width - 2)) + "…" : cell
            line += clipped + String(repeating: " ", count: max(1, width - clipped.count))
        }
        return line
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
            out += pad([document.id, q.kind.rawValue, value, q.unit?.code ?? q.unitName ?? "", q.bound.rawValue]) + text + "\n"
        }
        return Array(out.utf8)
    }
}
