import InvoiceModel

/// A CSV file that is not an invoice list, recognised by its headers or its section title. Such a
/// file gets one rejection naming its content instead of a finding on every row.
enum CSVNonInvoiceFile: Sendable, Hashable {
    /// Accounting transactions with debit and credit columns per account (Wave's export).
    case ledger(debit: String, credit: String, account: String)
    /// Payments received or made, named by the evidence: a section title or a payment column.
    case payments(evidence: String)
    /// A report facturaudit wrote itself (`--format csv` or `lines-csv`), such as a report saved
    /// in the folder being audited and read back by the next run.
    case ownReport(format: String)

    /// The first headers of facturaudit's own CSV reports, in French and English: the journal,
    /// its lines, the aging and the dunning reports. Their `règle` would otherwise read as `Réglé`,
    /// and the lines of `lines-csv` or the reminders of `dunning` as invoices.
    private static let ownReportHeaders: [(format: String, headers: [String])] = [
        ("csv", ["fichier", "ligne", "gravité", "règle", "document", "message"]),
        ("csv", ["file", "line", "severity", "rule", "document", "message"]),
        ("lines-csv", ["fichier", "ligne", "document", "date", "vendeur", "acheteur", "id ligne"]),
        ("lines-csv", ["file", "line", "document", "issue date", "seller", "buyer", "line id"]),
        ("csv", ["vendeur", "identifiant vendeur", "devise", "client", "identifiant client", "non échu"]),
        ("csv", ["seller", "seller id", "currency", "buyer", "buyer id", "not yet due"]),
        ("csv", ["vendeur", "identifiant vendeur", "client", "identifiant client", "facture", "échéance"]),
        ("csv", ["seller", "seller id", "buyer", "buyer id", "invoice", "due date"]),
    ]

    /// Section titles that tools write above a payments table (Invoice Ninja writes `Payments`).
    private static let paymentTitles: Set<String> = Set(
        ["Payments", "Payment", "Paiements", "Règlements", "Encaissements"].map(CSVColumnRecognition.normalise))

    /// Fields that only an invoice list has: a file with one of them is never a payments export.
    private static let invoiceOnlyFields: [CSVField] = [
        .issueDate, .dueDate, .type, .status, .paymentStatus, .netTotal, .vatTotal, .amountDue, .amountPaid,
        .amountRefunded, .originalInvoice,
    ]

    /// Headers of payment columns that invoice lists rarely have.
    private static let paymentHeaders: Set<String> = Set(
        ["Payment method", "Payment type", "Mode de règlement", "Mode de paiement", "Moyen de paiement"].map(
            CSVColumnRecognition.normalise))

    /// Classifies a file from its header row, its recognised columns and the one-cell rows above the header.
    static func classify(headers: [String], layout: ColumnLayout, titlesBeforeHeader: [String]) -> CSVNonInvoiceFile? {
        let written = headers.map { $0.trimmingSpaces.lowercased() }
        if let report = ownReportHeaders.first(where: { written.starts(with: $0.headers) }) {
            return .ownReport(format: report.format)
        }
        let words = headers.map { CSVColumnRecognition.normalise($0).split(separator: " ") }
        let debit = words.firstIndex { $0.contains("debit") }
        let credit = words.firstIndex { $0.contains("credit") && !$0.contains("note") }
        let account = words.firstIndex { $0.contains("account") || $0.contains("compte") }
        if let debit, let credit, let account {
            return .ledger(debit: headers[debit], credit: headers[credit], account: headers[account])
        }
        if let title = titlesBeforeHeader.first(where: { paymentTitles.contains(CSVColumnRecognition.normalise($0)) }) {
            return .payments(evidence: title)
        }
        guard invoiceOnlyFields.allSatisfy({ layout.column($0) == nil }) else { return nil }
        if let index = layout.column(.paymentDate) { return .payments(evidence: headers[index]) }
        if let header = headers.first(where: { paymentHeaders.contains(CSVColumnRecognition.normalise($0)) }) {
            return .payments(evidence: header)
        }
        return nil
    }

    var message: LocalizedText {
        switch self {
        case .ledger(let debit, let credit, let account):
            LocalizedText(
                fr: "ce fichier est un journal de transactions comptables (colonnes '\(debit)' et '\(credit)' par '\(account)'), pas une liste de factures : exportez la liste des factures de l'outil, ou un FEC pour les écritures",
                en: "this file is a ledger of accounting transactions (columns '\(debit)' and '\(credit)' per '\(account)'), not an invoice list: export the tool's invoice list instead, or a FEC for the entries")
        case .payments(let evidence):
            LocalizedText(
                fr: "ce fichier est un export de paiements ('\(evidence)'), pas une liste de factures : exportez la liste des factures de l'outil, qui peut porter le montant payé et la date de paiement en colonnes",
                en: "this file is a payments export ('\(evidence)'), not an invoice list: export the tool's invoice list instead, which may carry the amount paid and the payment date as columns")
        case .ownReport(let format):
            LocalizedText(
                fr: "ce fichier est un rapport de facturaudit (--format \(format)), pas une liste de factures : écrivez les rapports hors du dossier audité, ou retirez-le de la commande",
                en: "this file is a facturaudit report (--format \(format)), not an invoice list: write reports outside the audited folder, or leave it out of the command")
        }
    }
}
