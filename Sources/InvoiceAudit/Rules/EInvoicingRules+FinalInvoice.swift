import InvoiceModel

/// FR-DEP-08: in the French e-invoice, a final invoice after deposits uses the business process
/// B4, S4 or M4 (BT-23), and a document with that process is not itself a deposit invoice
/// (DGFiP spécifications externes, rule G1.60).
///
/// A final invoice is a commercial invoice that deducts a prepaid amount (BT-113) and cites a
/// deposit invoice in BG-3 (a reference without a type code counts). That part applies from the
/// issuer's e-invoicing date, as a warning when the date is not configured (see ``EInvoicingRules``).
extension EInvoicingRules {
    public static let finalAfterDeposit = RuleDescriptor(
        id: "FR-DEP-08", severity: .error,
        title: LocalizedText(
            fr: "cadre de facturation B4, S4 ou M4 incohérent avec la facture d'acompte ou la facture finale",
            en: "business process B4, S4 or M4 inconsistent with the deposit or final invoice"),
        reference: LocalizedText(fr: "DGFiP spécifications externes, règle G1.60; EN 16931-1 BT-23, BT-113; CGI art. 289-I-1-c", en: "DGFiP external specifications, rule G1.60; EN 16931-1 BT-23, BT-113; CGI art. 289-I-1-c"))

    static let finalProcesses: Set<String> = ["B4", "S4", "M4"]

    /// Checks FR-DEP-08 on one structured document of a French seller.
    public static func checkFinalInvoice(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft, document.isStructured, document.sellerIsFrench else { return [] }
        let process = document.businessProcess?.trimmingSpaces.uppercased() ?? ""
        let number = document.number ?? ""
        if finalProcesses.contains(process) {
            guard document.kind == .deposit else { return [] }
            return [
                finalAfterDeposit.finding(
                    on: document,
                    fr: "la facture d'acompte '\(number)' porte le cadre \(process), réservé à la facture finale après acompte : utilisez B1, S1 ou M1 sur l'acompte",
                    en: "deposit invoice '\(number)' has business process \(process), which is for the final invoice after deposits: use B1, S1 or M1 on the deposit")
            ]
        }
        guard document.kind == .invoice, let prepaid = document.totals.prepaid, prepaid > .zero,
            let deposit = document.precedingInvoices.first(where: citesDeposit), let issue = document.issueDate
        else { return [] }
        let start = context.eInvoicingStart
        guard issue >= start.date else { return [] }
        let processText = process.isEmpty ? ("aucun cadre", "no business process") : ("le cadre \(process)", "business process \(process)")
        return [
            finalAfterDeposit.finding(
                on: document,
                fr: "la facture '\(number)' déduit l'acompte '\(deposit.number)' (\(prepaid.frenchText) payés d'avance) avec \(processText.0) : une facture finale après acompte utilise B4, S4 ou M4 depuis le \(start.date.frenchText)",
                en: "invoice '\(number)' deducts deposit '\(deposit.number)' (\(prepaid) prepaid) with \(processText.1): a final invoice after deposits uses B4, S4 or M4 since \(start.date)",
                severity: start.configured ? nil : .warning)
        ]
    }

    /// True when a BG-3 reference may cite a deposit invoice: its type code is a deposit's, or it has none.
    static func citesDeposit(_ reference: InvoiceReference) -> Bool {
        guard let code = reference.typeCode?.trimmingSpaces, !code.isEmpty else { return true }
        return DocumentKind(untdid: code) == .deposit
    }
}
