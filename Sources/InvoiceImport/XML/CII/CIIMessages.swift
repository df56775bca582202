import InvoiceModel

/// Warning texts specific to CII documents.
enum CIIMessages {
    /// Explains that only the first of several due dates is kept as BT-9.
    static func severalDueDates(_ dates: [CivilDate]) -> LocalizedText {
        let listed = dates.map { "'\($0)'" }.joined(separator: ", ")
        let first = dates.first.map { "'\($0)'" } ?? ""
        return LocalizedText(
            fr: "conditions de paiement avec plusieurs échéances (\(listed)) : seule \(first) est gardée comme date d'échéance (BT-9), les autres ne sont pas vérifiées ; contrôlez l'échéancier à la main",
            en: "payment terms with several due dates (\(listed)): only \(first) is kept as the due date (BT-9), the others are not checked; check the instalments by hand")
    }

    /// Explains that the partial payment amounts of the payment terms are not read.
    static func partialPaymentAmounts(_ amounts: [String]) -> LocalizedText {
        let listed = amounts.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            fr: "montants partiels des conditions de paiement (\(listed)) non lus : les montants de l'échéancier ne sont pas vérifiés ; contrôlez-les à la main",
            en: "partial payment amounts of the payment terms (\(listed)) not read: the instalment amounts are not checked; check them by hand")
    }
}
