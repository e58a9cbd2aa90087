/// Aligned plain-text columns for the terminal; the first row is the header.
enum TextTable {
    static func render(_ rows: [[String]], maxWidth: Int = 60) -> String {
        guard let header = rows.first else { return "" }
        var widths = header.map { _ in 0 }
        let clipped = rows.map { row in row.map { cell in cell.count > maxWidth ? String(cell.prefix(maxWidth - 1)) + "…" : cell } }
        for row in clipped { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in clipped {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            out += line + "\n"
        }
        return out
    }
}
