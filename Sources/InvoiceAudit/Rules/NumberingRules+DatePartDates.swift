import InvoiceModel

extension NumberingRules {
    /// FR-NUM-04 as information: each issued document whose number carries a month or year that
    /// its issue date disagrees with, such as `FA2412004` dated 9 January 2025.
    ///
    /// The series still reads the number with its date parts, because most of its documents agree
    /// (see ``Ledger/readingDateParts(_:)``), so the document is counted in the period its number
    /// gives and leaves no gap. A document that `besides` already names (a break in the order of
    /// the dates) is not named twice.
    static func datePartDisagreementFindings(_ ledger: Ledger, besides: [Finding]) -> [Finding] {
        guard !ledger.datePartDisagreements.isEmpty else { return [] }
        let named = Set(besides.map(\.location))
        var findings: [Finding] = []
        for position in ledger.datePartDisagreements {
            let entry = ledger.entries[position]
            guard !named.contains(entry.source), let inferred = entry.inferredNumber, let year = inferred.year,
                let date = entry.issueDate
            else { continue }
            let number = entry.number ?? ""
            let (partFR, partEN, periodFR, periodEN) =
                if let month = inferred.month {
                    (
                        "le mois \(InferredNumber.padded(month, 2))/\(year)", "the month \(year)-\(InferredNumber.padded(month, 2))",
                        "ce mois", "that month"
                    )
                } else {
                    ("l'année \(year)", "the year \(year)", "cette année", "that year")
                }
            findings.append(
                Finding(
                    rule: chronology, location: entry.source, documentNumber: entry.number,
                    message: LocalizedText(
                        fr: "'\(number)' porte \(partFR) mais est daté du \(date.frenchText) : il est compté avec les autres numéros de \(periodFR) ; vérifiez sa date d'émission, car une facture reçoit son numéro quand elle est émise",
                        en: "'\(number)' carries \(partEN) but is dated \(date): it is counted with the other numbers of \(periodEN); check its issue date, since an invoice gets its number when it is issued"),
                    severity: .info))
        }
        return findings
    }
}
