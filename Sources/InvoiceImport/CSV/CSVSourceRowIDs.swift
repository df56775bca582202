import InvoiceModel

/// Turns Dolibarr's `fk_facture_source` into invoice numbers.
///
/// Dolibarr's export writes, for a credit note or a replacement invoice, the database row id of
/// the invoice it corrects (`17`), not that invoice's number. When the export also has the row id
/// column `f.rowid`, the id is looked up among the file's invoices. A credit note whose id is not
/// yet known waits until the end of the file. One whose id names no invoice of the file keeps no
/// reference and is counted, so the credit-note rules do not report an unknown invoice '17'.
///
/// A header repeated below the data with another column order (two exports joined) moves both
/// columns: ``adopt(_:)`` takes the new header's, so the rows below it are read with them.
struct CSVSourceRowIDs {
    /// The headers of Dolibarr's row-id columns in its field-code exports.
    static let sourceHeaders: Set<String> = ["f.fk_facture_source", "fk_facture_source"]
    static let rowIDHeaders: Set<String> = ["f.rowid", "rowid"]

    private var rowIDColumn: Int?
    /// True while the header in force names Dolibarr's source column as the original invoice.
    /// Digits in that column are then row ids, and below a header without it they are numbers.
    private(set) var readsRowIDs: Bool
    /// True when any header of the file had a row-id column, which the warning's advice depends on.
    private var hadRowIDColumn: Bool
    private var numbersByRowID: [String: String] = [:]
    private var numbersInFile: Set<String> = []
    private var waiting: [Document] = []
    /// The credit notes whose source id matched no invoice: their line and the id.
    private(set) var unresolved: [(line: Int?, id: String)] = []

    /// Returns nil unless the original-invoice column is Dolibarr's `fk_facture_source`.
    init?(layout: ColumnLayout) {
        guard Self.namesSourceRowIDs(layout) else { return nil }
        readsRowIDs = true
        rowIDColumn = Self.rowIDColumn(layout)
        hadRowIDColumn = rowIDColumn != nil
    }

    /// Reads the rows below a repeated header with its columns: the row ids known so far stay.
    mutating func adopt(_ layout: ColumnLayout) {
        readsRowIDs = Self.namesSourceRowIDs(layout)
        rowIDColumn = Self.rowIDColumn(layout)
        if rowIDColumn != nil { hadRowIDColumn = true }
    }

    private static func namesSourceRowIDs(_ layout: ColumnLayout) -> Bool {
        guard let column = layout.column(.originalInvoice) else { return false }
        return sourceHeaders.contains(folded(layout.headers[column]))
    }

    private static func rowIDColumn(_ layout: ColumnLayout) -> Int? {
        layout.headers.firstIndex { rowIDHeaders.contains(folded($0)) }
    }

    private static func folded(_ header: String) -> String {
        header.trimmingSpaces.lowercased()
    }

    /// Records the row id and the number of `row`, read from `record`.
    mutating func note(_ record: CSVRecord, row: ParsedRow) {
        guard let number = row.document.number else { return }
        numbersInFile.insert(number)
        guard let rowIDColumn, rowIDColumn < record.fieldCount else { return }
        let id = String(decoding: record.field(rowIDColumn), as: UTF8.self).trimmingSpaces
        if !id.isEmpty { numbersByRowID[id] = number }
    }

    /// Hands `document` on with its source ids replaced by numbers, or keeps it until ``finish(deliver:)``
    /// when an id is not known yet.
    mutating func resolve(_ document: Document, deliver: (Document) -> Void) {
        guard readsRowIDs, document.precedingInvoices.contains(where: { Self.isRowID($0.number) }) else { return deliver(document) }
        var resolved = document
        for index in resolved.precedingInvoices.indices where Self.isRowID(resolved.precedingInvoices[index].number) {
            guard let number = numbersByRowID[resolved.precedingInvoices[index].number] else {
                waiting.append(document)
                return
            }
            resolved.precedingInvoices[index].number = number
        }
        deliver(resolved)
    }

    /// Hands on the documents that waited, now that every row id of the file is known.
    mutating func finish(deliver: (Document) -> Void) {
        for var document in waiting {
            var references: [InvoiceReference] = []
            for var reference in document.precedingInvoices {
                if let number = numbersByRowID[reference.number] {
                    reference.number = number
                } else if Self.isRowID(reference.number), !numbersInFile.contains(reference.number) {
                    unresolved.append((document.source.line, reference.number))
                    continue
                }
                references.append(reference)
            }
            if references.isEmpty, !document.precedingInvoices.isEmpty { document.referencesNotInSource = true }
            document.precedingInvoices = references
            deliver(document)
        }
        waiting = []
    }

    private static func isRowID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Returns the file's warning when some source ids matched no invoice, else `nil`.
    func warning(file: String) -> Rejection? {
        guard let first = unresolved.first else { return nil }
        return Rejection(
            location: SourceLocation(file: file, line: first.line),
            reason: CSVMessages.unresolvedSourceRowIDs(
                count: unresolved.count, firstID: first.id, hasRowIDColumn: hadRowIDColumn))
    }
}
