/// Recognises the totals and subtotal rows that accounting and spreadsheet exports write below
/// their invoices (`Total;;;1 384,56;272,41;1 657,97`), which are sums, not invoices.
///
/// A row is a totals row when its number cell, or its first non-empty cell, is a totals word in
/// French or English (`Total`, `TOTAL GENERAL`, `Sous-total`, `Grand total`, `Somme`…). The
/// comparison ignores case, accents and punctuation. A row without number and issue date whose
/// non-empty cells are all amounts, with at least one document total, is a totals row too.
enum CSVTotalsRow {
    /// Returns true when `record` is a totals row of a table laid out as `layout`.
    static func matches(_ record: CSVRecord, layout: ColumnLayout) -> Bool {
        if let number = layout.column(.number), !record.isEmptyCell(number) {
            return isTotalsWord(record.text(number))
        }
        if let date = layout.column(.issueDate), !record.isEmptyCell(date) { return false }
        var fields: [Int: CSVField] = [:]
        for (field, column) in layout.columns { fields[column] = field }
        let filled = (0..<record.fieldCount).filter { !record.isEmptyCell($0) }
        guard let first = filled.first else { return false }
        // A customer named `Total` on a row without number must not hide that row.
        let names: Set<CSVField> = [.buyerName, .sellerName]
        if !names.contains(fields[first] ?? .number), isTotalsWord(record.text(first)) { return true }
        var hasDocumentTotal = false
        for index in filled {
            guard let field = fields[index], field.isAmount else { return false }
            if !field.isLineValue { hasDocumentTotal = true }
        }
        return hasDocumentTotal
    }

    /// True when `cell` is a totals word, alone or followed by words (`Total janvier`), but not
    /// followed by digits only, which reads as an invoice number (`TOTAL-001`).
    static func isTotalsWord(_ cell: String) -> Bool {
        // Most number cells start with a letter that no totals word starts with.
        guard let initial = cell.utf8.first, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "S"), UInt8(ascii: "s"),
            UInt8(ascii: "G"), UInt8(ascii: "g")].contains(initial) else { return false }
        let words = CSVColumnRecognition.normalise(cell).split(separator: " ").map(String.init)
        for prefix in prefixes where words.starts(with: prefix) {
            let rest = words.dropFirst(prefix.count)
            return rest.isEmpty || !rest.allSatisfy { $0.allSatisfy(\.isNumber) }
        }
        return false
    }

    /// Totals words as normalised word lists, longest first.
    private static let prefixes: [[String]] = [
        ["sous", "total"], ["sous", "totaux"], ["sub", "total"], ["grand", "total"], ["total"], ["totaux"], ["totals"],
        ["subtotal"], ["subtotals"], ["soustotal"], ["somme"], ["sommes"], ["sum"], ["sums"],
    ]
}
