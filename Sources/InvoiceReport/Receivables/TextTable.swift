/// Lays out rows of cells in aligned columns for a terminal, two spaces apart: the first
/// `leftAligned` columns and the last column when `lastLeftAligned` is set are left-aligned, the
/// others right-aligned. Widths count characters, so a narrow no-break space in a French amount
/// takes one column.
struct TextTable {
    private var rows: [[String]] = []
    let leftAligned: Int
    let lastLeftAligned: Bool

    init(leftAligned: Int = 1, lastLeftAligned: Bool = false) {
        self.leftAligned = leftAligned
        self.lastLeftAligned = lastLeftAligned
    }

    mutating func append(_ cells: [String]) {
        rows.append(cells.map(singleLine))
    }

    /// Renders every row, each line starting with `indent` and ending with a newline.
    func render(indent: String) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var out = ""
        for row in rows {
            var line = indent
            for (index, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                let separator = index == 0 ? "" : "  "
                if index < leftAligned || (lastLeftAligned && index == row.count - 1) {
                    line += separator + cell + padding
                } else {
                    line += separator + padding + cell
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
