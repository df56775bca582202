import InvoiceModel

extension RuleExplanation {
    /// Explanations by rule id, from every family's table. A rule missing from all of them is
    /// explained by its title and reference only.
    public static let byRuleID: [String: RuleExplanation] = families.reduce(into: [:]) { table, family in
        table.merge(family) { first, _ in first }
    }

    /// Each family's explanations; a test checks that no id appears in two of them.
    public static let families: [[String: RuleExplanation]] = writtenFamilies + [en16931PresenceExplanations]

    /// The families written rule by rule; the generated presence paragraph covers what they leave.
    static let writtenFamilies: [[String: RuleExplanation]] = [
        numberingExplanations, arithmeticExplanations, frenchDocumentExplanations, frenchLedgerExplanations,
        written, ourExplanations, en16931CoreExplanations, en16931ConsistencyExplanations, en16931DecimalExplanations,
        vatCategoryExplanations,
        en16931SyntaxExplanations, facturXExtendedExplanations, fecExplanations,
    ]

    /// The explanations written in this table; other families keep theirs in their own file.
    static let written: [String: RuleExplanation] = [
        "BR-CO-10": RuleExplanation(
            explanation: LocalizedText(
                fr: "La somme des montants nets des lignes (BT-106) doit être égale à la somme des montants nets de chaque ligne (BT-131), arrondie au centime. Un écart signale une ligne perdue, modifiée ou un total recopié d'une autre facture.",
                en: "The sum of invoice line net amounts (BT-106) must equal the sum of every line's net amount (BT-131), rounded to the cent. A difference points to a lost or edited line, or a total copied from another invoice.")),
        "BR-CO-15": RuleExplanation(
            explanation: LocalizedText(
                fr: "Le total TTC (BT-112) doit être égal au total HT (BT-109) plus le montant de TVA (BT-110). Un écart rend la facture incohérente : le client ne sait pas quel montant il doit.",
                en: "The total with VAT (BT-112) must equal the total without VAT (BT-109) plus the VAT amount (BT-110). A difference makes the invoice inconsistent: the buyer cannot tell which amount is due.")),
    ]
}
