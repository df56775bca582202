import InvoiceModel
import InvoiceReport

/// The export's CSV rows: the journal's CSV writer (``InvoiceReport/CSVTable``, with its dialect,
/// quoting and formula neutralisation) plus the way exports format amounts and dates.
///
/// Text cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'`.
/// Numeric cells written by ``amount(_:)``, ``decimal(_:)`` and ``date(_:)`` are left alone: a
/// negative amount must stay a number.
struct ExportTable {
    typealias Cell = CSVTable.Cell

    let language: Language
    private var table: CSVTable

    init(language: Language, header: [String]) {
        self.language = language
        table = CSVTable(language: language)
        table.appendRow(header.map(Cell.text))
    }

    var text: String { table.text }

    mutating func appendRow(_ cells: [Cell]) {
        table.appendRow(cells)
    }

    /// Formats an amount with at least two decimals, with a decimal comma in French.
    func amount(_ value: Amount?) -> Cell {
        guard let value else { return .text("") }
        let digits = value.formatted(minimumScale: 2)
        return .number(language == .fr ? digits.replacing(".", with: ",") : digits)
    }

    /// Formats a quantity or rate as written, with a decimal comma in French.
    func decimal(_ value: Amount?) -> Cell {
        guard let value else { return .text("") }
        return .number(value.text(language))
    }

    /// Formats the dates of the cited invoices (BT-26) in the order of their numbers, joined by
    /// `, ` as the CSV importer reads them back. A date all of them share is written once, and a
    /// citation without a date leaves its part empty.
    func citedDates(_ values: [CivilDate?]) -> Cell {
        guard let first = values.first else { return .text("") }
        if values.allSatisfy({ $0 == first }) { return date(first) }
        return .text(values.map { $0?.text(language) ?? "" }.joined(separator: ", "))
    }

    /// Formats a date as `dd/mm/yyyy` in French and ISO 8601 in English.
    func date(_ value: CivilDate?) -> Cell {
        guard let value else { return .text("") }
        return .number(value.text(language))
    }
}
