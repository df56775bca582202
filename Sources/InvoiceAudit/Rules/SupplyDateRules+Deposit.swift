import InvoiceModel

/// FR-MENT-14, the part the data decides: a deposit invoice that shows the deposit was received
/// gives the date of that payment (CGI ann. II art. 242 nonies A, I-10°).
///
/// The invoice shows a received deposit by its payments, a prepaid amount (BT-113), nothing left
/// to pay (BT-115 zero) or an "already paid" business process (BT-23 B2, S2, M2). The date is a
/// dated payment or the VAT point date (BT-7), which for a deposit is the day it was received.
/// A deposit whose exporting tool gives the status paid is FR-DEP-01.
///
/// NOTE: the supply date of other invoices (and an unpaid deposit's) is not decidable: without
/// BT-72, BG-14 or BT-7 the data cannot show that the supply date differs from the issue date.
extension SupplyDateRules {
    public static let supplyDate = RuleDescriptor(
        id: "FR-MENT-14", severity: .warning,
        title: LocalizedText(
            fr: "facture d'acompte encaissé sans la date du paiement", en: "deposit invoice for a received deposit without the payment date"),
        reference: "CGI ann. II art. 242 nonies A, I-10°; C. com. L441-9")

    /// Checks the deposit part of FR-MENT-14 on one structured document of a French seller.
    public static func checkDepositDate(_ document: Document) -> [Finding] {
        guard !document.isDraft, document.isStructured, document.sellerIsFrench, document.kind == .deposit,
            document.status != .paid, let evidence = receivedEvidence(document)
        else { return [] }
        guard !document.payments.contains(where: { $0.date != nil }), document.taxPointDate == nil else { return [] }
        let number = document.number ?? ""
        return [
            supplyDate.finding(
                on: document,
                fr: "la facture d'acompte '\(number)' montre un acompte reçu (\(evidence.fr)) sans en donner la date : indiquez la date du paiement (BT-7 ou date du paiement) si elle diffère de la date d'émission",
                en: "deposit invoice '\(number)' shows a received deposit (\(evidence.en)) without its date: state the payment date (BT-7 or the payment's date) when it differs from the issue date")
        ]
    }

    /// Returns the fact that shows the deposit was received, or `nil` when none does.
    static func receivedEvidence(_ document: Document) -> (fr: String, en: String)? {
        if !document.payments.isEmpty { return ("paiement sans date", "payment without a date") }
        if let prepaid = document.totals.prepaid, prepaid > .zero {
            return ("montant payé d'avance \(prepaid.frenchText)", "prepaid amount \(prepaid)")
        }
        if let payable = document.totals.payable, payable == .zero, let total = document.totals.taxInclusive, total > .zero {
            return ("montant à payer nul", "amount due of zero")
        }
        if let process = document.businessProcess?.trimmingSpaces.uppercased(), process.count == 2, process.hasSuffix("2"),
            let first = process.first, "BSM".contains(first)
        {
            return ("cadre de facturation \(process), déjà payée", "business process \(process), already paid")
        }
        return nil
    }
}
