import InvoiceModel

/// A table written inside one cell, as Invoice2Go writes its `Items`, `Taxes`, `Payments` and
/// `TotalTaxAmount` cells. Records are separated by `;` and fields by `,`, a field containing
/// either is quoted with `"`, and the first record names the columns.
struct CSVNestedTable: Sendable, Hashable {
    var header: [String]
    var records: [[String]]

    /// Column names whose values an amount cell adds up, in order of preference.
    private static let amountColumns = ["total", "amount", "tax amount", "total amount"]

    /// Reads `cell` as a nested table, or returns `nil` when it is not one: it needs a `;`, and a
    /// first record of at least two names that each contain a letter.
    init?(_ cell: String) {
        guard cell.contains(";") else { return nil }
        let rows = CSVNestedTable.split(cell)
        guard let first = rows.first, first.count >= 2, first.allSatisfy({ $0.contains(where: \.isLetter) }) else {
            return nil
        }
        header = first
        records = Array(rows.dropFirst())
    }

    /// True when `cell` may hold a nested table, so that it must not vote on the file's decimal mark.
    static func mayBeNested(_ cell: some StringProtocol) -> Bool {
        cell.contains(";")
    }

    /// Returns the sum of the column named `total` (or `amount`) over the records, `.empty` when
    /// the table has no record, and `.invalid` without such a column or with an unreadable value.
    func sum(decimal: DecimalSeparator) -> CellValue<Amount> {
        let names = header.map(CSVColumnRecognition.normalise)
        guard let column = CSVNestedTable.amountColumns.lazy.compactMap({ names.firstIndex(of: $0) }).first else {
            return .invalid
        }
        var total: Amount?
        for record in records where column < record.count {
            switch CSVAmountParsing.parse(record[column], decimal: decimal) {
            case .empty: continue
            case .invalid: return .invalid
            case .value(let amount): total = total.map { $0 + amount } ?? amount
            }
        }
        return total.map(CellValue.value) ?? .empty
    }

    /// Splits `text` into records of fields, honouring `"` quotes and `""` inside them.
    private static func split(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case ";":
                fields.append(field)
                rows.append(fields)
                fields = []
                field = ""
            default: field.append(character)
            }
        }
        fields.append(field)
        rows.append(fields)
        return rows
    }
}
