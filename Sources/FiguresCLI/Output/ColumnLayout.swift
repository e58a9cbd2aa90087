/// Fixed-width columns for streamed terminal tables: each cell padded to its width, or cut with
/// "…" when longer.
enum ColumnLayout {
    static func pad(_ cells: [String], _ widths: [Int]) -> String {
        var line = ""
        for (cell, width) in zip(cells, widths) {
            let clipped = cell.count > width - 1 ? String(cell.prefix(width - 2)) + "…" : cell
            line += clipped + String(repeating: " ", count: max(1, width - clipped.count))
        }
        return line
    }
}
