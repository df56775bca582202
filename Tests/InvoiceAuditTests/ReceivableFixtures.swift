import InvoiceAudit
import InvoiceModel

/// Builds invoices with buyers, due dates and payments for the aging and dunning tests.
enum ReceivableFixtures {
    static let buyer = Party(name: "Hôtel Beauséjour SAS", siren: "443061841")
    static let otherBuyer = Party(name: "Cave Martin SARL", siren: "542107651")
    /// A buyer with no SIREN, SIRET, VAT number or registration: a consumer.
    static let consumer = Party(name: "Jeanne Roux")

    static func invoice(
        _ number: String?, issued: String = "2025-01-10", due: String? = "2025-02-09", total: String? = "1200.00",
        payable: String? = nil, currency: String? = "EUR", status: DocumentStatus? = .issued,
        payments: [(date: String?, amount: String)] = [], kind: DocumentKind = .invoice, cites: [String] = [],
        seller: Party = TestDocuments.seller, buyer: Party = buyer, draft: Bool = false, notes: [Note] = [], file: String = "receivables.csv", line: Int
    ) -> Document {
        Document(
            number: number, kind: kind, isDraft: draft, issueDate: TestDocuments.date(issued),
            dueDate: due.map(TestDocuments.date), currency: currency, seller: seller, buyer: buyer,
            totals: Totals(taxInclusive: total.map(TestDocuments.amount), payable: payable.map(TestDocuments.amount)),
            precedingInvoices: cites.map { InvoiceReference(number: $0) }, notes: notes, status: status,
            payments: payments.map { Payment(date: $0.date.map(TestDocuments.date), amount: TestDocuments.amount($0.amount)) },
            source: SourceLocation(file: file, line: line), sourceFormat: .ubl)
    }

    /// Computes the receivables of `documents` on `asOf`, as the aging command does.
    static func open(
        _ documents: [Document], asOf: String, configuration: AgingConfiguration = AgingConfiguration()
    ) -> OpenReceivables {
        // Each file is its own source, as each path given to the command is.
        let files = Array(Set(documents.map(\.source.file))).sorted()
        let entries = documents.map {
            LedgerEntry($0, configuration: AuditConfiguration(), sourceIndex: files.firstIndex(of: $0.source.file) ?? 0)
        }
        var facts = ReceivableFactsIndex()
        for (document, entry) in zip(documents, entries) { facts.add(ReceivableFacts(document), for: entry) }
        return OpenReceivables(
            ledger: Ledger(entries: entries), facts: facts, asOf: TestDocuments.date(asOf), configuration: configuration)
    }

    /// Returns the amount due of each open invoice as text, by number.
    static func amounts(_ open: OpenReceivables) -> [String: String] {
        Dictionary(uniqueKeysWithValues: open.receivables.map { ($0.number, $0.amountDue.description) })
    }
}
