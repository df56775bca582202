import InvoiceModel

/// Document-level values that differ between the rows of one invoice in a line-level export.
///
/// The first row's values are kept. A difference usually means the column contains line amounts,
/// not invoice totals, so one warning per file names the first invoice and column concerned.
struct CSVRowConflicts: Sendable {
    struct Example: Sendable, Equatable {
        let number: String
        let firstLine: Int
        let line: Int
        let field: CSVField
        /// The values as messages quote them, amounts with a decimal comma in French.
        let firstValue: LocalizedText
        let laterValue: LocalizedText
    }

    private(set) var invoiceCount = 0
    private(set) var example: Example?

    /// Notes the first difference between `group`'s first row and its later rows with document values.
    mutating func note(_ group: [ParsedRow]) {
        guard let first = group.first else { return }
        for row in group.dropFirst() where row.hasDocumentValues {
            guard let (field, kept, other) = CSVRowConflicts.difference(first.document, row.document) else { continue }
            invoiceCount += 1
            if example == nil {
                example = Example(
                    number: first.document.number ?? first.numberCell, firstLine: first.line, line: row.line,
                    field: field, firstValue: kept, laterValue: other)
            }
            return
        }
    }

    /// Returns the warning for the file, naming columns by their headers in `layout`.
    func warning(file: String, layout: ColumnLayout) -> Rejection? {
        guard let example else { return nil }
        let column = layout.header(example.field)
        let othersFR = invoiceCount > 1 ? " (et \(LocalizedText.countFR(invoiceCount - 1, "autre facture", "autres factures")))" : ""
        let othersEN = invoiceCount > 1 ? " (and \(LocalizedText.countEN(invoiceCount - 1, "other invoice", "other invoices")))" : ""
        return Rejection(
            location: SourceLocation(file: file, line: example.line, element: column),
            reason: LocalizedText(
                fr: "la facture '\(example.number)'\(othersFR) donne dans la colonne '\(column)' '\(example.firstValue.fr)' à la ligne \(example.firstLine) puis '\(example.laterValue.fr)' à la ligne \(example.line) : la valeur de la première ligne est gardée ; vérifiez que la colonne contient un total de facture et non un montant de ligne",
                en: "invoice '\(example.number)'\(othersEN) gives '\(example.firstValue.en)' in column '\(column)' at line \(example.firstLine), then '\(example.laterValue.en)' at line \(example.line): the first row's value is kept; check that the column holds an invoice total, not a line amount"),
            documentNumber: example.number)
    }

    /// Returns the first document-level field whose value differs, with both values as messages
    /// quote them.
    private static func difference(_ first: Document, _ other: Document) -> (CSVField, LocalizedText, LocalizedText)? {
        let amounts: [(CSVField, Amount?, Amount?)] = [
            (.netTotal, first.totals.taxExclusive, other.totals.taxExclusive),
            (.vatTotal, first.totals.vat, other.totals.vat),
            (.grossTotal, first.totals.taxInclusive, other.totals.taxInclusive),
        ]
        for (field, kept, value) in amounts {
            if let kept, let value, kept != value { return (field, kept.localizedText, value.localizedText) }
        }
        if let kept = first.dueDate, let value = other.dueDate, kept != value {
            return (.dueDate, kept.localizedText, value.localizedText)
        }
        if let kept = first.buyer?.name, let value = other.buyer?.name, kept != value {
            return (.buyerName, LocalizedText(fr: kept, en: kept), LocalizedText(fr: value, en: value))
        }
        if let kept = first.currency, let value = other.currency, kept != value {
            return (.currency, LocalizedText(fr: kept, en: kept), LocalizedText(fr: value, en: value))
        }
        return nil
    }
}
