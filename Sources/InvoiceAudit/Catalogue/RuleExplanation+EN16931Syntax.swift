import InvoiceModel

extension RuleExplanation {
    /// Explanations of the syntax rules. The code-list rules (BR-CL-*) share one paragraph, and so
    /// do the UBL repetition rules (UBL-SR-*). Each UBL data type rule (UBL-DT-*) has its own.
    static let en16931SyntaxExplanations: [String: RuleExplanation] = EN16931Catalogue.all.reduce(into: [:]) { table, rule in
        if rule.id.hasPrefix("BR-CL-") {
            table[rule.id] = codeListExplanation
        } else if rule.id.hasPrefix("UBL-SR-") {
            table[rule.id] = ublRepetitionExplanation
        }
    }
    .merging(ublDataTypeExplanations) { first, _ in first }

    static let codeListExplanation = RuleExplanation(
        explanation: LocalizedText(
            fr: "EN 16931 fixe les codes admis pour ce terme, dans la liste que nomme le titre, et les artefacts de validation du CEN refusent toute autre valeur. Les plateformes qui échangent la facture traduisent ces codes automatiquement : un code inconnu bloque la facture ou en perd le sens. La cause habituelle est un outil qui écrit son propre libellé, comme « SIRET », « FRA » ou « VIR », là où la norme attend un code comme 0009, FR ou 30.",
            en: "EN 16931 fixes the codes allowed for this term, from the list the title names, and the CEN validation artefacts reject any other value. Platforms that exchange the invoice map these codes automatically, so an unknown code stops the invoice or loses its meaning. The usual cause is a tool writing its own label, such as 'SIRET', 'FRA' or 'VIR', where the standard expects a code such as 0009, FR or 30."))

    static let ublRepetitionExplanation = RuleExplanation(
        explanation: LocalizedText(
            fr: "La syntaxe UBL permet de répéter ces éléments, mais EN 16931 ne garde qu'une valeur pour le terme (deux régimes fiscaux pour le vendeur : la TVA et un autre), si bien que le destinataire ne saurait pas laquelle retenir. Cela vient en général d'un outil qui écrit un régime fiscal ou un moyen de paiement par compte bancaire ou par immatriculation.",
            en: "The UBL syntax lets these elements repeat, but EN 16931 keeps one value for the term (two tax schemes for the seller: VAT and one other), so a receiver could not tell which repetition to use. It usually comes from a tool that writes a tax scheme or a payment means once per bank account or per registration."))

    static let ublDataTypeExplanations: [String: RuleExplanation] = [
        "UBL-DT-01": RuleExplanation(
            explanation: LocalizedText(
                fr: "En UBL, un montant s'écrit avec au plus deux décimales. Le contrôle laisse de côté les prix unitaires et leurs remises, qui peuvent en avoir davantage. Un montant à trois décimales, même nulles comme '831.600', signale un outil qui écrit ses valeurs internes sans les arrondir au centime.",
                en: "In UBL an amount has at most two decimals. The check leaves out unit prices and their discounts, which may have more. An amount with three decimals, even zeros as in '831.600', points to a tool that writes its internal values without rounding them to the cent.")),
        "UBL-DT-06": RuleExplanation(
            explanation: LocalizedText(
                fr: "Une pièce jointe intégrée (BT-125) porte son type MIME dans l'attribut mimeCode, sans lequel le destinataire ne sait pas comment l'ouvrir. L'attribut manque en général quand l'outil joint le fichier sans en connaître le type.",
                en: "An embedded attachment (BT-125) carries its MIME type in the mimeCode attribute, without which the receiver cannot tell how to open it. The attribute is usually missing when a tool attaches a file without knowing its type.")),
        "UBL-DT-07": RuleExplanation(
            explanation: LocalizedText(
                fr: "Une pièce jointe intégrée (BT-125) porte son nom de fichier dans l'attribut filename, que le destinataire utilise pour l'enregistrer et la citer. L'attribut manque en général quand l'outil intègre un contenu généré sans lui donner de nom.",
                en: "An embedded attachment (BT-125) carries its file name in the filename attribute, which the receiver uses to save and refer to it. The attribute is usually missing when a tool embeds generated content without naming it.")),
    ]
}
