import InvoiceModel

/// Corrections other than credit amounts: rectifying invoices, cancelled invoices and credit
/// notes shaped as negative invoices (CGI art. 272-1 and 289-I-5).
public enum CorrectionRules {
    public static let correctiveReference = RuleDescriptor(
        id: "FR-CORR-07", severity: .error,
        title: LocalizedText(
            fr: "facture rectificative sans exactement une facture d'origine",
            en: "corrective invoice without exactly one original invoice"),
        reference: LocalizedText(fr: "CGI art. 289-I-5; CIBS L. 216-34; DGFiP spécifications externes G1.32", en: "CGI art. 289-I-5; CIBS L. 216-34; DGFiP external specifications G1.32"))

    public static let cancelledWithoutCredit = RuleDescriptor(
        id: "FR-CORR-08", severity: .error,
        title: LocalizedText(
            fr: "facture annulée sans avoir ni facture rectificative", en: "invoice cancelled without a credit note or corrective invoice"),
        reference: LocalizedText(fr: "CGI art. 272-1 et 289-I-4; BOI-TVA-DECLA-30-20-20-20", en: "CGI art. 272-1 and 289-I-4; BOI-TVA-DECLA-30-20-20-20"))

    public static let negativeInvoice = RuleDescriptor(
        id: "FR-CORR-09", severity: .warning,
        title: LocalizedText(fr: "avoir présenté comme une facture négative", en: "credit note shaped as a negative invoice"),
        reference: "EN 16931-1 BT-3 (381); CGI art. 289-I-5")

    public static let descriptors = [correctiveReference, cancelledWithoutCredit, negativeInvoice]

    public static func check(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        // What corrects each invoice: the credited total and whether a corrective invoice replaces it.
        var credited: [PartyKey: [String: Amount]] = [:]
        var replaced: [PartyKey: Set<String>] = [:]
        for entry in ledger.entries where entry.isIssued {
            switch entry.kind {
            case .creditNote:
                for reference in entry.precedingInvoices {
                    credited[entry.seller, default: [:]][reference.number.trimmingSpaces, default: .zero] +=
                        entry.taxInclusive?.magnitude ?? .zero
                }
            case .corrective:
                for reference in entry.precedingInvoices { replaced[entry.seller, default: []].insert(reference.number.trimmingSpaces) }
            default:
                break
            }
        }
        for entry in ledger.entries where entry.isIssued && !entry.sellerIsForeign {
            let number = entry.number ?? ""
            if entry.kind == .corrective, entry.precedingInvoices.count != 1 {
                let count = entry.precedingInvoices.count
                let cited =
                    count == 0
                    ? (fr: "ne cite aucune facture d'origine", en: "cites no original invoice")
                    : (fr: "cite \(count) factures d'origine", en: "cites \(count) original invoices")
                findings.append(
                    Finding(
                        rule: correctiveReference, location: entry.source, documentNumber: entry.number,
                        message: LocalizedText(
                            fr: "la facture rectificative '\(number)' \(cited.fr) : elle doit en citer exactement une, avec son numéro et sa date",
                            en: "corrective invoice '\(number)' \(cited.en): it must cite exactly one, with its number and date")))
            }
            if entry.kind == .invoice, let total = entry.taxInclusive, total.isNegative {
                findings.append(
                    Finding(
                        rule: negativeInvoice, location: entry.source, documentNumber: entry.number,
                        message: LocalizedText(
                            fr: "la facture '\(number)' a un total négatif (\(total.frenchText)) : un avoir s'émet comme avoir (type 381) aux montants positifs, en citant la facture corrigée",
                            en: "invoice '\(number)' has a negative total (\(total)): a credit note is issued as a credit note (type 381) with positive amounts, citing the corrected invoice")))
            }
            if entry.status == .cancelled, entry.kind != .creditNote {
                let creditedTotal = credited[entry.seller]?[number] ?? .zero
                let fullyCredited = entry.taxInclusive.map { creditedTotal >= $0.magnitude } ?? false
                if !fullyCredited, !(replaced[entry.seller]?.contains(number) ?? false) {
                    let credits =
                        creditedTotal.isZero
                        ? (fr: "aucun avoir ne la crédite", en: "no credit note credits it")
                        : (
                            fr: "aucun avoir ne la crédite en totalité (\(creditedTotal.frenchText) crédités)",
                            en: "no credit note credits it in full (\(creditedTotal) credited)"
                        )
                    findings.append(
                        Finding(
                            rule: cancelledWithoutCredit, location: entry.source, documentNumber: entry.number,
                            message: LocalizedText(
                                fr: "la facture '\(number)' est annulée mais \(credits.fr) et aucune facture rectificative ne la remplace : émettez un avoir",
                                en: "invoice '\(number)' is cancelled but \(credits.en) and no corrective invoice replaces it: issue a credit note")))
                }
            }
        }
        return findings
    }
}
