import InvoiceAudit
import InvoiceModel

/// Builds small documents for rule tests; amounts and dates are written as text, as sources do.
enum TestDocuments {
    static let seller = Party(name: "Atelier Test", siren: "732829320")
    static let otherSeller = Party(name: "Autre Société", siren: "552100554")

    static func amount(_ text: String) -> Amount {
        guard let value = Amount(parsing: text) else { fatalError("bad test amount \(text)") }
        return value
    }

    static func date(_ text: String) -> CivilDate {
        guard let value = CivilDate(parsing: text) else { fatalError("bad test date \(text)") }
        return value
    }

    static func document(
        _ number: String?, _ issued: String, kind: DocumentKind = .invoice, total: String = "120.00",
        references: [(String, String?)] = [], draft: Bool = false, seller: Party = seller, line: Int,
        file: String = "ledger.csv"
    ) -> Document {
        let gross = amount(total)
        return Document(
            number: number, kind: kind, isDraft: draft, issueDate: date(issued), currency: "EUR", seller: seller,
            totals: Totals(taxInclusive: gross),
            precedingInvoices: references.map { InvoiceReference(number: $0.0, issueDate: $0.1.map(date)) },
            source: SourceLocation(file: file, line: line), sourceFormat: file.hasSuffix(".csv") ? .csv : .ubl)
    }

    static func ledgerFindings(_ documents: [Document]) -> [Finding] {
        Auditor().ledgerFindings(Ledger(entries: documents.map { LedgerEntry($0) })).findings
            .sorted(by: Finding.journalOrder)
    }
}
