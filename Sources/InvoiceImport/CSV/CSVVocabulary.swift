import InvoiceModel

/// Translates type and status cells from the vocabularies of common invoicing tools.
enum CSVVocabulary {
    /// Returns the kind a type cell denotes. The mapping's own values come first, then Dolibarr's
    /// codes when the column is its `f.type`, French and English labels (Odoo's `move_type` values
    /// and their Export-dialog labels among them) and UNTDID 1001 codes.
    static func kind(_ cell: String, dolibarrCode: Bool, translations: [String: DocumentKind]?) -> DocumentKind? {
        let key = CSVColumnRecognition.normalise(cell)
        if let translations {
            for (label, kind) in translations where CSVColumnRecognition.normalise(label) == key { return kind }
        }
        if dolibarrCode { return dolibarrKinds[key] }
        if let kind = kindLabels[key] { return kind }
        if key.allSatisfy(\.isASCIIDigit), key.count >= 2 { return DocumentKind(untdid: key) }
        return nil
    }

    /// Returns the status a status cell denotes; `0`–`3` are read only in Dolibarr's `fk_statut` column.
    static func status(_ cell: String, dolibarrCode: Bool, translations: [String: DocumentStatus]?) -> DocumentStatus? {
        let key = CSVColumnRecognition.normalise(cell)
        if let translations {
            for (label, status) in translations where CSVColumnRecognition.normalise(label) == key { return status }
        }
        if dolibarrCode {
            switch key {
            case "0": return .draft
            case "1": return .issued
            case "2": return .paid
            case "3": return .cancelled
            default: return nil
            }
        }
        return statusLabels[key]
    }

    /// The meaning of a payment-state cell: a status, or no change to the declared status.
    enum PaymentState: Sendable, Hashable {
        case status(DocumentStatus)
        /// A known value without payment information, such as Odoo's `reversed`.
        case neutral
    }

    /// Returns the meaning of a payment-state cell (Odoo's `payment_state`, Dolibarr's `f.paye`).
    static func paymentState(_ cell: String, dolibarrCode: Bool, translations: [String: DocumentStatus]?) -> PaymentState? {
        let key = CSVColumnRecognition.normalise(cell)
        if let translations {
            for (label, status) in translations where CSVColumnRecognition.normalise(label) == key { return .status(status) }
        }
        if dolibarrCode {
            switch key {
            case "0": return .neutral
            case "1": return .status(.paid)
            default: return nil
            }
        }
        if neutralPaymentLabels.contains(key) { return .neutral }
        return statusLabels[key].map(PaymentState.status)
    }

    /// Combines the status column with the payment-state column. A draft or cancelled document
    /// keeps its status, and an issued one takes the payment state's status.
    static func combined(declared: DocumentStatus?, payment: PaymentState?) -> DocumentStatus? {
        guard case .status(let paid) = payment else { return declared }
        switch declared {
        case nil: return paid
        case .draft, .cancelled: return declared
        default: return paid == .issued ? declared : paid
        }
    }

    /// True when a type cell names a progress invoice (facture de situation): `5` in Dolibarr's
    /// `f.type`, or one of ``progressInvoiceLabels`` elsewhere. Such an invoice gets a
    /// ``ProgressBilling`` even without another progress column, as `875` does in UBL and CII.
    static func isProgressInvoice(_ cell: String, dolibarrCode: Bool) -> Bool {
        let key = CSVColumnRecognition.normalise(cell)
        return dolibarrCode ? key == "5" : progressInvoiceLabels.contains(key)
    }

    private static let progressInvoiceLabels: Set<String> = Set(
        ["Facture de situation", "Situation de travaux", "Progress invoice"].map(CSVColumnRecognition.normalise))

    private static let dolibarrKinds: [String: DocumentKind] = [
        "0": .invoice, "1": .corrective, "2": .creditNote, "3": .deposit, "5": .invoice,
    ]

    private static let kindLabels: [String: DocumentKind] = normalisedTable([
        (
            .invoice,
            [
                "Facture", "Facture standard", "Facture client", "Facture de vente", "Facture de solde", "Facture finale",
                "Invoice", "Standard", "Customer Invoice", "Sales Invoice", "Tax Invoice", "Commercial Invoice",
                "Final Invoice", "out_invoice", "ACCREC", "Facture de situation", "Situation de travaux", "Progress invoice",
            ]
        ),
        (
            .creditNote,
            [
                "Avoir", "Facture d'avoir", "Avoir client", "Avoir de vente", "Note de crédit", "Credit note", "Credit memo",
                "Credit", "Customer Credit Note", "Sales Credit Note", "out_refund", "Refund", "ACCRECCREDIT",
            ]
        ),
        (
            .deposit,
            [
                "Acompte", "Facture d'acompte", "Deposit", "Deposit invoice", "Down payment", "Down payment invoice",
                "Advance invoice", "Prepayment invoice",
            ]
        ),
        (.corrective, ["Rectificative", "Facture rectificative", "Corrective", "Corrective invoice", "Replacement"]),
        (.selfBilled, ["Autofacture", "Autofacturation", "Auto-facturation", "Self-billed", "Self billing", "Self-billed invoice"]),
    ])

    private static let statusLabels: [String: DocumentStatus] = normalisedTable([
        // Xero's "Submitted" (awaiting approval) is not yet approved, so never sent: a draft.
        (.draft, ["Brouillon", "Draft", "Provisoire", "Pro forma", "Proforma", "Submitted", "Awaiting approval"]),
        (
            .issued,
            [
                "Émise", "Émis", "Validée", "Validé", "Envoyée", "Envoyé", "Comptabilisée", "Comptabilisé", "Non payée",
                "Non payé", "Impayée", "Impayé", "À payer", "En attente", "En attente de paiement", "Issued", "Sent",
                "Unsent", "Viewed", "Open", "Finalised", "Finalized", "Validated", "Posted", "Unpaid", "Not paid", "Due",
                "Upcoming", "Authorised", "Authorized", "Pending", "Awaiting payment", "Outstanding",
            ]
        ),
        // A refunded credit note is settled: the money went back to the customer.
        (
            .paid,
            [
                "Payée", "Payé", "Réglée", "Réglé", "Soldée", "Soldé", "Acquittée", "Acquitté", "Encaissée", "Encaissé",
                "Classée payée", "Remboursée", "Remboursé", "Paid", "Settled", "Fully paid", "Refunded",
            ]
        ),
        (
            .partiallyPaid,
            [
                "Partiellement payée", "Partiellement payé", "Payée partiellement", "Payé partiellement",
                "Partiellement réglée", "Partiellement réglé", "Réglée partiellement", "Réglé partiellement",
                "Partiellement remboursée", "Partiellement remboursé",
                "Partially paid", "Partial", "Partially refunded", "payinprogress", "in_payment",
            ]
        ),
        (
            .cancelled,
            ["Annulée", "Annulé", "Abandonnée", "Abandonné", "Cancelled", "Canceled", "Void", "Voided", "cancel", "Deleted"]
        ),
        (.overdue, ["En retard", "En retard de paiement", "Échue", "Échu", "Overdue", "Late", "Past due"]),
    ])

    /// Payment states that keep the status column's value: Odoo's `reversed` (settled by a credit
    /// note) and `invoicing_legacy` (paid before the accounting app was installed).
    private static let neutralPaymentLabels: Set<String> = Set(
        ["reversed", "Extournée", "Extourné", "invoicing_legacy"].map(CSVColumnRecognition.normalise))

    private static func normalisedTable<Value>(_ groups: [(Value, [String])]) -> [String: Value] {
        var table: [String: Value] = [:]
        for (value, labels) in groups {
            for label in labels { table[CSVColumnRecognition.normalise(label)] = value }
        }
        return table
    }

    /// True for number cells that stand for "no number yet": `/` (Odoo drafts) and `(PROV12)` (Dolibarr drafts).
    static func isDraftNumberPlaceholder(_ cell: String) -> Bool {
        if cell == "/" { return true }
        guard cell.utf8.first == UInt8(ascii: "(") else { return false }
        // `(PROV` + digits + `)`, any case; checked by hand because a regex literal is compiled on
        // every call, which dominated the import time of large exports.
        let upper = cell.uppercased()
        guard upper.hasPrefix("(PROV"), upper.hasSuffix(")") else { return false }
        return upper.dropFirst(5).dropLast().allSatisfy(\.isASCIIDigit)
    }
}
