import InvoiceModel

/// Every invoice line of every imported document, one row each, for pivot tables and checks in
/// a spreadsheet. Same dialect as ``CSVRenderer``, and the same amounts and dates as
/// `export --to lines-csv`: the language's decimal mark, `dd/mm/yyyy` dates in French and ISO 8601
/// in English.
public struct LinesCSVRenderer: JournalRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ journal: Journal) -> String {
        var table = CSVTable(language: language)
        table.append(JournalWords(language: language).lineColumns)
        for line in journal.lines {
            // Identifiers keep their leading zeros in Excel; other cells are text, or numbers
            // when they are plain numbers.
            let cell: (String) -> CSVTable.Cell = { CSVTable.isPlainNumber($0) ? .number($0) : .text($0) }
            table.appendRow([
                .text(line.location.file), .number(line.location.line.map(String.init) ?? ""),
                .identifier(line.documentNumber ?? ""), cell(line.issueDate?.text(language) ?? ""), .text(line.seller ?? ""),
                .text(line.buyer ?? ""), .identifier(line.lineID ?? ""), .text(line.description ?? ""),
                cell(line.quantity?.text(language) ?? ""), .text(line.unit ?? ""), cell(line.netPrice?.text(language) ?? ""),
                cell(line.netAmount?.text(language) ?? ""), .text(line.vatCategory ?? ""), cell(line.vatRate?.text(language) ?? ""),
            ])
        }
        return table.text
    }
}
