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
            table.append([
                line.location.file, line.location.line.map(String.init) ?? "", line.documentNumber ?? "",
                line.issueDate?.text(language) ?? "", line.seller ?? "", line.buyer ?? "", line.lineID ?? "",
                line.description ?? "", line.quantity?.text(language) ?? "", line.unit ?? "",
                line.netPrice?.text(language) ?? "", line.netAmount?.text(language) ?? "", line.vatCategory ?? "",
                line.vatRate?.text(language) ?? "",
            ])
        }
        return table.text
    }
}
