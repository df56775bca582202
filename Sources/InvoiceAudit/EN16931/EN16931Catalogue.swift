import InvoiceModel

/// The descriptors of the EN 16931 rule family, keyed by the standard's ids.
///
/// Titles are our own short wording in French and English; the reference names the rule in
/// EN 16931-1 and the CEN validation artefacts (1.3.16) whose semantics the checks follow.
enum EN16931Catalogue {
    static let all: [RuleDescriptor] = core + calculation + decimals + vatCategories + codeLists + ublSyntax + ours
        + facturXExtended

    /// UBL syntax-binding rules the model can answer.
    static let ublSyntax: [RuleDescriptor] = [
        rule(
            "UBL-DT-01", "montant écrit avec plus de deux décimales", "amount written with more than two decimals"),
        rule(
            "UBL-DT-06", "pièce jointe (BT-125) sans attribut de type MIME",
            "attachment (BT-125) without a MIME code attribute"),
        rule(
            "UBL-DT-07", "pièce jointe (BT-125) sans attribut de nom de fichier",
            "attachment (BT-125) without a file name attribute"),
        rule(
            "UBL-SR-12", "plusieurs numéros de TVA du vendeur (BT-31)", "more than one seller VAT identifier (BT-31)"),
        rule(
            "UBL-SR-18", "plusieurs numéros de TVA de l'acheteur (BT-48)", "more than one buyer VAT identifier (BT-48)"),
        rule(
            "UBL-SR-42", "plus de deux régimes fiscaux pour le vendeur", "more than two seller tax schemes"),
        rule(
            "UBL-SR-44", "plusieurs identifiants de paiement (BT-83) différents",
            "more than one distinct payment identifier (BT-83)"),
        rule(
            "UBL-SR-47", "plusieurs codes de moyen de paiement (BT-81) différents",
            "more than one distinct payment means code (BT-81)"),
    ]

    static let byID: [String: RuleDescriptor] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// Makes the descriptor of an EN 16931 rule: an error for a fatal assertion, or a warning.
    static func rule(_ id: String, _ fr: String, _ en: String, severity: Severity = .error) -> RuleDescriptor {
        RuleDescriptor(
            id: id, severity: severity, title: LocalizedText(fr: fr, en: en),
            reference: LocalizedText(
                fr: "EN 16931-1 \(id); artefacts de validation CEN EN 16931 1.3.16",
                en: "EN 16931-1 \(id); CEN EN 16931 validation artefacts 1.3.16"))
    }

    /// Rules of our own that complete the standard.
    static let ours: [RuleDescriptor] = [
        RuleDescriptor(
            id: "FA-CALC-03", severity: .error,
            title: LocalizedText(
                fr: "montant net de ligne différent de quantité × prix ÷ quantité de base − remises + charges",
                en: "line net amount differs from quantity × price ÷ base quantity − allowances + charges"),
            reference: LocalizedText(fr: "EN 16931-1 BT-131 (calcul du montant net de la ligne de facture)", en: "EN 16931-1 BT-131 (calculation of the invoice line net amount)"))
    ]
}
