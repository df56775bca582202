import InvoiceModel

extension CreditNoteRules {
    /// Returns the findings on the date a credit note cites for one invoice (BT-26).
    ///
    /// The law requires the number and the date of the corrected invoice (CGI art. 289-I-5). A cited
    /// date other than the invoice's own issue date is FR-CORR-04, because the reference does not
    /// match the invoice issued. A missing date is FR-CORR-03, but only on structured documents:
    /// a CSV export or a FEC often has no column for that date.
    static func citedDateFindings(_ entry: LedgerEntry, reference: InvoiceReference, invoice: LedgerEntry?) -> [Finding] {
        let number = entry.number ?? ""
        guard let cited = reference.issueDate else {
            guard entry.citesDatesInSource, !reference.number.isEmpty else { return [] }
            let hint =
                invoice?.issueDate.map {
                    LocalizedText(fr: "ajoutez sa date, le \($0.frenchText)", en: "add its date, \($0)")
                } ?? LocalizedText(fr: "ajoutez sa date d'émission", en: "add its issue date")
            return [
                Finding(
                    rule: missingReference, location: entry.source, documentNumber: entry.number,
                    message: LocalizedText(
                        fr: "l'avoir '\(number)' cite la facture '\(reference.number)' sans sa date (BT-26) : \(hint.fr)",
                        en: "credit note '\(number)' cites invoice '\(reference.number)' without its date (BT-26): \(hint.en)"))
            ]
        }
        guard let invoice, let issued = invoice.issueDate, issued != cited else { return [] }
        return [
            Finding(
                rule: invalidReference, location: entry.source, documentNumber: entry.number,
                message: LocalizedText(
                    fr: "l'avoir '\(number)' cite la facture '\(reference.number)' au \(cited.frenchText), alors qu'elle est du \(issued.frenchText) : citez la date de la facture (BT-26)",
                    en: "credit note '\(number)' cites invoice '\(reference.number)' as dated \(cited), but it is dated \(issued): cite the invoice's date (BT-26)"))
        ]
    }
}
