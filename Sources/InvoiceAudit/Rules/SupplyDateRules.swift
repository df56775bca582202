import InvoiceModel

/// FR-MENT-16: an invoice is issued when the supply is made; a periodic (récapitulative) invoice
/// groups the supplies of one calendar month at most (CGI art. 289-I-3; C. com. L441-9).
///
/// A period longer than a month is judged only on an invoice that groups supplies: several
/// lines, issued after the period started. A one-line invoice (one continuous service) and an
/// invoice issued by the first day of its period (a subscription billed in advance) are no
/// periodic invoices.
///
/// FR-MENT-14 (the supply or deposit payment date) is checked where the data decides it, on
/// deposit invoices (`SupplyDateRules+Deposit.swift`).
public enum SupplyDateRules {
    public static let lateInvoice = RuleDescriptor(
        id: "FR-MENT-16", severity: .warning,
        title: LocalizedText(
            fr: "facture émise tardivement ou période de facturation de plus d'un mois",
            en: "invoice issued late, or invoicing period longer than a month"),
        reference: "CGI art. 289-I-3; C. com. L441-9; BOI-TVA-DECLA-30-20-10-40")

    public static let descriptors = [supplyDate, lateInvoice]

    public static func check(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft, document.isStructured, document.sellerIsFrench,
            document.kind == .invoice || document.kind == .selfBilled, let issueDate = document.issueDate
        else { return [] }
        var findings: [Finding] = []
        let period = document.invoicePeriod
        if let start = period?.start, let end = period?.end, end >= start.adding(months: 1), document.lines.count > 1,
            issueDate > start
        {
            findings.append(
                lateInvoice.finding(
                    on: document,
                    fr: "la période de facturation du \(start.frenchText) au \(end.frenchText) dépasse un mois civil : une facture récapitulative regroupe les livraisons d'un mois au plus, facturez chaque mois",
                    en: "the invoicing period from \(start) to \(end) exceeds a calendar month: a periodic invoice groups at most one month's supplies, invoice each month"))
        }
        if let supplied = document.delivery?.actualDate ?? period?.end, issueDate > supplied.adding(months: 1) {
            let what = document.delivery?.actualDate != nil ? ("la livraison", "delivery") : ("la fin de période", "period end")
            findings.append(
                lateInvoice.finding(
                    on: document,
                    fr: "facture émise le \(issueDate.frenchText), plus d'un mois après \(what.0) du \(supplied.frenchText) : émettez la facture dès la réalisation de l'opération",
                    en: "invoice issued on \(issueDate), more than a month after the \(what.1) on \(supplied): issue the invoice when the supply is made"))
        }
        return findings
    }
}
