import InvoiceModel

/// FR-DEP-01: a deposit invoice states the date the deposit was paid when that date differs from
/// the issue date (CGI ann. II art. 242 nonies A, I-10°). A missing number is FR-NUM-01 already.
extension DepositRules {
    public static let depositPaymentDate = RuleDescriptor(
        id: "FR-DEP-01", severity: .error,
        title: LocalizedText(
            fr: "facture d'acompte payée sans date de paiement", en: "paid deposit invoice without a payment date"),
        reference: "CGI art. 289-I-1-c; CGI ann. II art. 242 nonies A, I-10°")

    /// Checks FR-DEP-01 on one structured document of a French seller: a deposit with the status
    /// paid needs its payments, each with a date.
    public static func checkPaymentDate(_ document: Document) -> [Finding] {
        guard !document.isDraft, document.isStructured, document.sellerIsFrench, document.kind == .deposit,
            document.status == .paid
        else { return [] }
        let undated = document.payments.filter { $0.date == nil }.count
        guard document.payments.isEmpty || undated > 0 else { return [] }
        let number = document.number ?? ""
        return [
            depositPaymentDate.finding(
                on: document,
                fr: document.payments.isEmpty
                    ? "la facture d'acompte '\(number)' est payée mais ne donne aucun paiement : indiquez la date et le montant de l'acompte reçu"
                    : "la facture d'acompte '\(number)' est payée mais \(undated <= 1 ? "\(undated) paiement n'a" : "\(undated) paiements n'ont") pas de date : indiquez la date de l'acompte reçu",
                en: document.payments.isEmpty
                    ? "deposit invoice '\(number)' is paid but lists no payment: state the date and amount of the deposit received"
                    : "deposit invoice '\(number)' is paid but \(undated == 1 ? "1 payment has" : "\(undated) payments have") no date: state the date of the deposit received")
        ]
    }
}
