import InvoiceModel

/// Finds the invoices of a line-level file whose rows are not next to each other, as in an
/// export sorted by product or date. The importer reads such a file invoice by invoice, so each
/// run of rows becomes a document and the number looks used twice (FR-NUM-02). One warning per
/// file names the first such invoice and asks to sort the rows.
///
/// Only a run with the same number, issue date and buyer as an earlier run counts: two runs that
/// differ there are two documents, and a reused number is the rules' business.
struct CSVScatteredLines {
    private struct Start {
        var line: Int
        var date: String
        var buyer: String?
    }

    /// The first run of each invoice number, by number.
    private var firstRuns: [String: Start] = [:]
    /// The first invoice found split: its number and the lines of its first two runs.
    private(set) var first: (number: String, firstLine: Int, line: Int)?
    /// How many runs continue an invoice started earlier.
    private(set) var count = 0

    /// Notes the first row of a run of rows, one invoice's.
    mutating func noteStart(of row: ParsedRow) {
        guard !row.numberCell.isEmpty else { return }
        let start = Start(line: row.line, date: row.issueDateCell, buyer: row.document.buyer?.name)
        guard let earlier = firstRuns[row.numberCell] else {
            firstRuns[row.numberCell] = start
            return
        }
        guard earlier.date == start.date, earlier.buyer == start.buyer else { return }
        count += 1
        if first == nil { first = (row.numberCell, earlier.line, row.line) }
    }

    /// Forgets the runs above a repeated header: the rows below it come from another export, where
    /// the same invoice is a duplicate rather than a row out of place.
    mutating func startTable() {
        firstRuns.removeAll()
    }

    /// Returns the file's warning, located at the first row out of place.
    func warning(file: String) -> Rejection? {
        guard let first else { return nil }
        return Rejection(
            location: SourceLocation(file: file, line: first.line),
            reason: CSVMessages.linesNotConsecutive(number: first.number, firstLine: first.firstLine, line: first.line, others: count - 1))
    }
}

extension CSVMessages {
    static func linesNotConsecutive(number: String, firstLine: Int, line: Int, others: Int) -> LocalizedText {
        let moreFR = others > 0 ? " (et \(LocalizedText.countFR(others, "autre facture", "autres factures")))" : ""
        let moreEN = others > 0 ? " (and \(LocalizedText.countEN(others, "other invoice", "other invoices")))" : ""
        return LocalizedText(
            fr: "les lignes de la facture '\(number)' ne se suivent pas (lignes \(firstLine) et \(line))\(moreFR) : un fichier de lignes se lit facture par facture, donc chaque groupe de lignes devient un document et le numéro paraît utilisé deux fois ; triez le fichier par numéro de facture",
            en: "the lines of invoice '\(number)' are not next to each other (lines \(firstLine) and \(line))\(moreEN): a line-level file is read invoice by invoice, so each run of lines becomes a document and the number looks used twice; sort the file by invoice number")
    }
}
