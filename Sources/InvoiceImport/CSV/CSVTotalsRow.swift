import InvoiceModel

/// Recognises the totals and subtotal rows that accounting and spreadsheet exports write below
/// their invoices (`Total;;;1 384,56;272,41;1 657,97`), which are sums, not invoices.
///
/// A row is a totals row when its number cell, or its first non-empty cell, is a totals word in
/// French or English (`Total`, `TOTAL GENERAL`, `Sous-total`, `Grand total`, `Somme`…). The
/// comparison ignores case, accents and punctuation. A number cell that is a totals word, a space
/// and digits (`TOTAL 2025`) is a totals row when the row has no issue date. On a row without
/// number and issue date, the label may sit in any column, the customer's too (`;;Total;120,00`).
/// Such a row is also a totals row when its non-empty cells are all amounts, with at least one
/// document total, or when its document totals add up the invoices above it (see ``CSVRunningTotals``).
enum CSVTotalsRow {
    /// Returns true when `record` is a totals row of a table laid out as `layout`, `sums` holding
    /// the document totals of the invoices above it.
    static func matches(_ record: CSVRecord, layout: ColumnLayout, sums: CSVRunningTotals? = nil) -> Bool {
        let dateColumn = layout.column(.issueDate)
        let hasDate = dateColumn.map { !record.isEmptyCell($0) } ?? false
        if let number = layout.column(.number), !record.isEmptyCell(number) {
            let cell = record.text(number)
            return isTotalsWord(cell) || (!hasDate && dateColumn != nil && isTotalsWordAndYear(cell))
        }
        if hasDate { return false }
        var fields: [Int: CSVField] = [:]
        for (field, column) in layout.columns { fields[column] = field }
        let filled = (0..<record.fieldCount).filter { !record.isEmptyCell($0) }
        guard let first = filled.first else { return false }
        // Without a date column, a customer named `Total` on a row without number stays a row.
        let names: Set<CSVField> = [.buyerName, .sellerName]
        let labelMayBeAName = dateColumn != nil
        if labelMayBeAName || !names.contains(fields[first] ?? .number), isTotalsWord(record.text(first)) { return true }
        if let sums, sums.addsUp(record, fields: fields, filled: filled) { return true }
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
        guard let (_, rest) = totalsPrefix(cell) else { return false }
        return rest.isEmpty || !rest.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// True when `cell` is a totals word, a space and digits (`TOTAL 2025`), which reads as an
    /// invoice number only on a row with an issue date.
    static func isTotalsWordAndYear(_ cell: String) -> Bool {
        guard let (_, rest) = totalsPrefix(cell), rest.count == 1, let digits = rest.first, digits.allSatisfy(\.isNumber) else { return false }
        // `TOTAL-2025` reads as a number, `TOTAL 2025` as a label.
        let words = cell.split(whereSeparator: \.isWhitespace)
        return words.count >= 2 && words.last.map(String.init) == digits
    }

    /// Returns the totals words `cell` starts with and the words after them, once normalised.
    private static func totalsPrefix(_ cell: String) -> ([String], ArraySlice<String>)? {
        // Most number cells start with a letter that no totals word starts with.
        guard let initial = cell.utf8.first, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "S"), UInt8(ascii: "s"),
            UInt8(ascii: "G"), UInt8(ascii: "g")].contains(initial) else { return nil }
        let words = CSVColumnRecognition.normalise(cell).split(separator: " ").map(String.init)
        for prefix in prefixes where words.starts(with: prefix) {
            return (prefix, words.dropFirst(prefix.count))
        }
        return nil
    }

    /// Totals words as normalised word lists, longest first.
    private static let prefixes: [[String]] = [
        ["sous", "total"], ["sous", "totaux"], ["sub", "total"], ["grand", "total"], ["total"], ["totaux"], ["totals"],
        ["subtotal"], ["subtotals"], ["soustotal"], ["somme"], ["sommes"], ["sum"], ["sums"],
    ]
}

/// The sums of the document totals (without VAT, VAT, with VAT) of the invoices read so far, since
/// the start of the table and since the last totals row. An unlabelled row without number and
/// date whose totals equal one of these sums (`;;Dupont et Martin;360,00`) is a subtotal. Each
/// invoice counts once, even over several rows of a line-level export.
struct CSVRunningTotals {
    private static let fields: [CSVField] = [.netTotal, .vatTotal, .grossTotal]
    private let decimal: DecimalSeparator
    private var sinceStart = Sums()
    private var sinceLastTotal = Sums()
    private var lastNumber: String?

    private struct Sums {
        var values: [CSVField: Amount] = [:]
        /// The fields whose sum overflowed, which match no row.
        var overflowed: Set<CSVField> = []
        var documents = 0
    }

    init(decimal: DecimalSeparator) {
        self.decimal = decimal
    }

    /// Adds the document totals of `record`, a data row, unless it continues the invoice above.
    mutating func add(_ record: CSVRecord, layout: ColumnLayout) {
        let number = layout.column(.number).map { record.text($0) } ?? ""
        if !number.isEmpty, number == lastNumber { return }
        lastNumber = number
        sinceStart.documents += 1
        sinceLastTotal.documents += 1
        for field in Self.fields {
            guard let column = layout.column(field), case .value(let amount) = CSVAmountParsing.parse(record.text(column), decimal: decimal)
            else { continue }
            Self.add(amount, field, to: &sinceStart)
            Self.add(amount, field, to: &sinceLastTotal)
        }
    }

    private static func add(_ amount: Amount, _ field: CSVField, to sums: inout Sums) {
        guard !sums.overflowed.contains(field) else { return }
        if let total = (sums.values[field] ?? .zero).addingReportingOverflow(amount) {
            sums.values[field] = total
        } else {
            sums.values[field] = nil
            sums.overflowed.insert(field)
        }
    }

    /// Starts a new section below a totals row.
    mutating func closeSection() {
        sinceLastTotal = Sums()
        lastNumber = nil
    }

    /// Returns true when `record` fills no line value, fills at least one document total, and each of its
    /// document totals equals the sum of two invoices or more above it.
    func addsUp(_ record: CSVRecord, fields: [Int: CSVField], filled: [Int]) -> Bool {
        var totals: [CSVField: Amount] = [:]
        for index in filled {
            guard let field = fields[index] else { continue }
            if field.isLineValue { return false }
            guard Self.fields.contains(field) else { continue }
            guard case .value(let amount) = CSVAmountParsing.parse(record.text(index), decimal: decimal) else { return false }
            totals[field] = amount
        }
        guard !totals.isEmpty else { return false }
        return [sinceStart, sinceLastTotal].contains { sums in
            sums.documents >= 2 && totals.allSatisfy { field, amount in sums.values[field].map { $0 == amount } ?? false }
        }
    }
}
