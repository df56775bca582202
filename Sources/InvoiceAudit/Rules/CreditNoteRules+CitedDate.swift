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

    /// Returns the date a credit note gives once for all the invoices it cites: several
    /// references, all with this one date, as an export with a single date column writes them.
    static func sharedCitedDate(_ references: [InvoiceReference]) -> CivilDate? {
        guard references.count > 1, let date = references[0].issueDate,
            references.allSatisfy({ $0.issueDate == date })
        else { return nil }
        return date
    }

    /// Returns FR-CORR-04 when one date given for several cited invoices is the date of none of
    /// those the ledger holds. It may be meant for any one of them, so a date that matches one
    /// is not reported for the others.
    static func sharedDateFindings(_ entry: LedgerEntry, date: CivilDate, ledger: Ledger) -> [Finding] {
        var numbers: [String] = []
        var dates: [CivilDate] = []
        for reference in entry.precedingInvoices {
            guard let invoice = ledger.issued(seller: entry.seller, number: reference.number), let issued = invoice.issueDate else {
                continue
            }
            if issued == date { return [] }
            numbers.append(reference.number)
            dates.append(issued)
        }
        guard !numbers.isEmpty else { return [] }
        let number = entry.number ?? ""
        let quoted = numbers.map { "'\($0)'" }
        let datesFR = list(conjunction: "et", dates.map { "du \($0.frenchText)" })
        let datesEN = list(conjunction: "and", dates.map(\.description))
        let citedFR = numbers.count == 1 ? "la facture \(quoted[0]), datée" : "les factures \(list(conjunction: "et", quoted)), datées"
        let citedEN = numbers.count == 1 ? "invoice \(quoted[0]), dated" : "invoices \(list(conjunction: "and", quoted)), dated"
        return [
            Finding(
                rule: invalidReference, location: entry.source, documentNumber: entry.number,
                message: LocalizedText(
                    fr: "l'avoir '\(number)' donne une seule date, le \(date.frenchText), pour les factures qu'il cite, mais ce n'est la date d'aucune : \(citedFR) \(datesFR) ; citez la date de chaque facture (BT-26)",
                    en: "credit note '\(number)' gives one date, \(date), for the invoices it cites, but it is the date of none of them: \(citedEN) \(datesEN); cite each invoice's date (BT-26)"))
        ]
    }

    /// Joins `items` as a sentence does: `a`, `a and b`, `a, b and c`.
    private static func list(conjunction: String, _ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
