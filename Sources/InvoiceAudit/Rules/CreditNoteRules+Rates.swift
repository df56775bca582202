import InvoiceModel

/// FR-CORR-06: a credit note corrects the VAT the invoice charged, so it credits at the rates of
/// the invoice it cites (CGI art. 272-1 and 289-I-5).
extension CreditNoteRules {
    public static let creditRate = RuleDescriptor(
        id: "FR-CORR-06", severity: .warning,
        title: LocalizedText(
            fr: "avoir à un taux de TVA absent de la facture d'origine", en: "credit note at a VAT rate the invoice does not have"),
        reference: LocalizedText(fr: "CGI art. 272-1 et 289-I-5; BOI-TVA-DECLA-30-20-20-20", en: "CGI art. 272-1 and 289-I-5; BOI-TVA-DECLA-30-20-20-20"))

    /// Reports FR-CORR-06 when `entry` credits at rates that `invoice` (same seller) does not use.
    /// Silent when either side states no rate.
    static func rateFindings(_ entry: LedgerEntry, invoice: LedgerEntry) -> [Finding] {
        let invoiceRates = invoice.vatRates
        guard !invoiceRates.isEmpty else { return [] }
        let foreign = entry.vatRates.filter { !invoiceRates.contains($0) }
        guard !foreign.isEmpty else { return [] }
        let number = entry.number ?? ""
        let invoiceNumber = invoice.number ?? ""
        func list(_ rates: [Amount], french: Bool) -> String {
            rates.map { french ? "'\($0.frenchText) %'" : "'\($0)%'" }.joined(separator: ", ")
        }
        return [
            Finding(
                rule: creditRate, location: entry.source, documentNumber: entry.number,
                message: LocalizedText(
                    fr: "l'avoir '\(number)' crédite \(foreign.count == 1 ? "au taux" : "aux taux") \(list(foreign, french: true)), \(foreign.count == 1 ? "absent" : "absents") de la facture '\(invoiceNumber)' (\(list(invoiceRates, french: true))) : reprenez le taux de la facture corrigée",
                    en: "credit note '\(number)' credits at \(foreign.count == 1 ? "rate" : "rates") \(list(foreign, french: false)), which invoice '\(invoiceNumber)' does not use (\(list(invoiceRates, french: false))): use the corrected invoice's rate"))
        ]
    }
}
