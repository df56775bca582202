import InvoiceModel

/// Translates type and status cells from the vocabularies of common invoicing tools.
enum CSVVocabulary {
    /// Returns the kind a type cell denotes. The mapping's own values come first, then French and English
    /// labels, Dolibarr's `f.type` codes (0 standard, 1 replacement, 2 credit note, 3 deposit,
    /// 5 situation), Odoo's `move_type` and UNTDID 1001 codes.
    static func kind(_ cell: String, translations: [String: DocumentKind]?) -> DocumentKind? {
        let key = CSVColumnRecognition.normalise(cell)
        if let translations {
            for (label, kind) in translations where CSVColumnRecognition.normalise(label) == key { return kind }
        }
        if let kind = kindLabels[key] { return kind }
        if key.allSatisfy(\.isASCIIDigit), key.count >= 2 { return DocumentKind(untdid: key) }
        return nil
    }

    /// Returns the status a status cell denotes; `0`–`3` are read only for Dolibarr's `fk_statut` column.
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
            default: break
            }
        }
        return statusLabels[key]
    }

    private static let kindLabels: [String: DocumentKind] = normalisedTable([
        (.invoice, ["Facture", "Facture standard", "Invoice", "Standard", "0", "5", "out_invoice", "in_invoice"]),
        (
            .creditNote,
            [
                "Avoir", "Facture d'avoir", "Credit note", "Credit memo", "Credit", "2", "out_refund", "in_refund",
                "Refund",
            ]
        ),
        (.deposit, ["Acompte", "Facture d'acompte", "Deposit", "Deposit invoice", "Down payment", "3"]),
        (.corrective, ["Rectificative", "Facture rectificative", "Corrective", "Corrective invoice", "Replacement", "1"]),
        (.selfBilled, ["Autofacture", "Autofacturation", "Self-billed", "Self billing"]),
    ])

    private static let statusLabels: [String: DocumentStatus] = normalisedTable([
        (.draft, ["Brouillon", "Draft", "Provisoire", "Pro forma", "Proforma"]),
        (
            .issued,
            [
                "Émise", "Validée", "Envoyée", "Non payée", "Impayée", "À payer", "Issued", "Sent", "Open", "Finalised",
                "Finalized", "Validated", "Posted", "Unpaid", "Due", "Upcoming", "Authorised", "Authorized",
                "Submitted", "not_paid",
            ]
        ),
        (.paid, ["Payée", "Réglée", "Soldée", "Paid", "Settled"]),
        (
            .partiallyPaid,
            ["Partiellement payée", "Partiellement réglée", "Partially paid", "Partial", "payinprogress", "in_payment"]
        ),
        (.cancelled, ["Annulée", "Abandonnée", "Cancelled", "Canceled", "Void", "Voided", "cancel", "Deleted"]),
        (.overdue, ["En retard", "Overdue", "Late", "Past due"]),
    ])

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
