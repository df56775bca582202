import InvoiceModel

extension EN16931Catalogue {
    /// BR-FXEXT-CO-*: the totals chain of Factur-X EXTENDED invoices, which replaces BR-CO-10 …
    /// 16 with a tolerance of one cent per amount summed. Checked on CII documents of that profile.
    static let facturXExtended: [RuleDescriptor] = [
        extendedRule(
            "BR-FXEXT-CO-10", "somme des montants nets des lignes (BT-106) fausse de plus d'un centime par ligne",
            "sum of line net amounts (BT-106) off by more than one cent per line"),
        extendedRule(
            "BR-FXEXT-CO-11", "somme des remises de document (BT-107) fausse de plus d'un centime par remise",
            "sum of document allowances (BT-107) off by more than one cent per allowance"),
        extendedRule(
            "BR-FXEXT-CO-12", "somme des charges de document (BT-108) fausse de plus d'un centime par charge",
            "sum of document charges (BT-108) off by more than one cent per charge"),
        extendedRule(
            "BR-FXEXT-CO-13", "total hors TVA (BT-109) éloigné des lignes − remises + charges",
            "total without VAT (BT-109) off lines − allowances + charges"),
        extendedRule(
            "BR-FXEXT-CO-15", "total TVA comprise (BT-112) éloigné de BT-109 + BT-110",
            "total with VAT (BT-112) off BT-109 + BT-110"),
        extendedRule(
            "BR-FXEXT-CO-16", "montant à payer (BT-115) différent de BT-112 − BT-113 + BT-114",
            "amount due (BT-115) differs from BT-112 − BT-113 + BT-114"),
    ]

    /// Makes the descriptor of a fatal rule of the Factur-X EXTENDED schematron.
    static func extendedRule(_ id: String, _ fr: String, _ en: String) -> RuleDescriptor {
        RuleDescriptor(
            id: id, severity: .error, title: LocalizedText(fr: fr, en: en),
            reference: "Factur-X 1.09 EXTENDED schematron \(id)")
    }
}
