import InvoiceModel

extension RuleExplanation {
    /// Explanations by rule id. A rule missing here is explained by its title and reference only.
    public static let byRuleID: [String: RuleExplanation] = families.reduce(into: [:]) { table, family in
        table.merge(family) { first, _ in first }
    }

    /// Each family's explanations; a test checks that no id appears in two of them.
    public static let families: [[String: RuleExplanation]] = [
        written, ourExplanations, en16931CoreExplanations, en16931ConsistencyExplanations, en16931DecimalExplanations,
        vatCategoryExplanations,
        en16931SyntaxExplanations,
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
        "FA-CALC-01": RuleExplanation(
            explanation: LocalizedText(
                fr: "Pour chaque catégorie de TVA du récapitulatif, le montant de TVA doit valoir la base HT multipliée par le taux, arrondie au centime (arrondi commercial). Un écart d'une unité monétaire ou plus est une erreur ; un écart plus faible, souvent dû à un arrondi par ligne, est un avertissement.",
                en: "For each VAT category of the breakdown, the VAT amount must equal the taxable base times the rate, rounded to the cent (half away from zero). A difference of one currency unit or more is an error; a smaller one, often caused by rounding per line, is a warning."),
            example: LocalizedText(
                fr: "catégorie S à 20 %, base 1000,00, TVA déclarée 210,00 : « TVA de la catégorie S à 20 % déclarée 210,00, attendu 1000,00 × 20 % = 200,00 »",
                en: "category S at 20%, base 1000.00, declared VAT 210.00: \"VAT of category S at 20% declared 210.00, expected 1000.00 × 20% = 200.00\"")),
        "FA-CALC-02": RuleExplanation(
            explanation: LocalizedText(
                fr: "Quand un export ne donne pas la somme des lignes (BT-106) mais donne le total HT, sans remise ni frais au niveau du document, la somme des montants nets des lignes doit donner ce total HT au centime près.",
                en: "When an export gives no line total (BT-106) but gives the total without VAT, with no document-level allowance or charge, the line net amounts must add up to that total to the cent."),
            example: LocalizedText(
                fr: "lignes de 40,00 et 60,00, total HT déclaré 110,00 : « total HT déclaré 110,00, somme des 2 lignes 100,00 »",
                en: "lines of 40.00 and 60.00, declared total without VAT 110.00: \"total without VAT declared 110.00, sum of the 2 lines 100.00\"")),
        "FR-CORR-03": RuleExplanation(
            explanation: LocalizedText(
                fr: "Un avoir est une facture rectificative : il doit citer la facture qu'il corrige, par son numéro et sa date (BT-25, BT-26). Sans cette référence, l'administration ne peut pas rattacher la réduction de TVA à l'opération d'origine.",
                en: "A credit note corrects an invoice, so it must cite that invoice by number and date (BT-25, BT-26). Without that reference the tax authority cannot link the VAT reduction to the original supply."),
            example: LocalizedText(
                fr: "un avoir AV-2025-0001 dont la colonne « Facture d'origine » est vide : « l'avoir 'AV-2025-0001' ne cite pas la facture qu'il corrige »",
                en: "a credit note AV-2025-0001 whose original-invoice column is empty: \"credit note 'AV-2025-0001' does not cite the invoice it corrects\"")),
        "FR-CORR-04": RuleExplanation(
            explanation: LocalizedText(
                fr: "La facture citée par un avoir doit exister chez le même vendeur et être antérieure à l'avoir. Une facture citée plus ancienne que tous les documents importés est signalée en avertissement : elle se trouve peut-être dans un export précédent.",
                en: "The invoice a credit note cites must exist for the same seller and be dated no later than the credit note. A cited invoice older than every imported document is a warning, because it may be in an earlier export."),
            example: LocalizedText(
                fr: "l'avoir AV-2025-0003 cite FA-2025-0099, que le vendeur n'a jamais émise : « l'avoir 'AV-2025-0003' cite la facture 'FA-2025-0099', introuvable chez ce vendeur »",
                en: "credit note AV-2025-0003 cites FA-2025-0099, which the seller never issued: \"credit note 'AV-2025-0003' cites invoice 'FA-2025-0099', which this seller never issued\"")),
        "FR-CORR-05": RuleExplanation(
            explanation: LocalizedText(
                fr: "Les avoirs portant sur une même facture ne peuvent pas, ensemble, dépasser son total TTC : on ne peut pas rembourser plus que ce qui a été facturé. La règle compare les avoirs qui citent une seule facture, dans la même devise.",
                en: "The credit notes on one invoice cannot together exceed its total with VAT, because a seller cannot refund more than it invoiced. The rule compares credit notes that cite exactly one invoice, in the same currency."),
            example: LocalizedText(
                fr: "facture FA-2025-0003 de 2880,00 TTC et avoir AV-2025-0002 de 3000,00 : « l'avoir 'AV-2025-0002' crédite 3000,00, plus que le total TTC 2880,00 de la facture 'FA-2025-0003' »",
                en: "invoice FA-2025-0003 of 2880.00 with VAT and credit note AV-2025-0002 of 3000.00: \"credit note 'AV-2025-0002' credits 3000.00, more than the total 2880.00 of invoice 'FA-2025-0003'\"")),
        "FR-NUM-01": RuleExplanation(
            explanation: LocalizedText(
                fr: "Toute facture émise porte un numéro unique (BT-1). Les brouillons et pro forma, qui ne sont pas des factures émises, en sont dispensés. Un numéro provisoire de brouillon, comme « (PROV2) » de Dolibarr, ne compte pas comme numéro quand le statut indique un document émis.",
                en: "Every issued invoice carries a unique number (BT-1). Drafts and pro forma documents, which are not issued invoices, are exempt. A draft's provisional number, such as Dolibarr's \"(PROV2)\", does not count as a number when the status says the document was issued.")),
        "FR-NUM-02": RuleExplanation(
            explanation: LocalizedText(
                fr: "Un numéro ne sert qu'une fois par vendeur. La règle signale chaque réutilisation après la première, avec l'emplacement du premier document qui porte le numéro.",
                en: "A number is used once per seller. The rule reports every reuse after the first, with the location of the first document that carries the number.")),
        "FR-NUM-03": RuleExplanation(
            explanation: LocalizedText(
                fr: "Chaque série de numérotation est continue : entre le premier et le dernier numéro émis, aucun numéro ne manque. Un trou peut signifier une facture supprimée ou absente de l'export. Les séries sont propres à chaque vendeur, et à chaque année quand les numéros en portent une.",
                en: "Each numbering series is continuous: no number is missing between the first and last issued number. A gap can mean a deleted invoice or one missing from the export. Series are kept per seller, and per year when the numbers carry one.")),
        "FR-NUM-04": RuleExplanation(
            explanation: LocalizedText(
                fr: "Dans une série, les numéros suivent l'ordre des dates d'émission : un numéro plus grand ne peut pas être daté avant un numéro plus petit.",
                en: "Within a series, numbers follow the order of issue dates: a higher number cannot be dated before a lower one.")),
        "FR-NUM-07": RuleExplanation(
            explanation: LocalizedText(
                fr: "Un brouillon ne doit pas porter un numéro de la série définitive : le numéro n'est attribué qu'à l'émission, sinon l'abandon du brouillon crée un trou.",
                en: "A draft must not carry a number of the final series, because a number is assigned only at issue and an abandoned draft would leave a gap.")),
    ]
}
