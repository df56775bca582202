import InvoiceModel

extension RuleExplanation {
    /// Explanations of the EN 16931 core rules whose cause is not plain from their title,
    /// merged into ``byRuleID``.
    static let en16931CoreExplanations: [String: RuleExplanation] = [
        "BR-12": totalPresence(fr: "la somme des montants nets des lignes (BT-106)", en: "the sum of line net amounts (BT-106)"),
        "BR-13": totalPresence(fr: "le total hors TVA (BT-109)", en: "the total without VAT (BT-109)"),
        "BR-14": totalPresence(fr: "le total TVA comprise (BT-112)", en: "the total with VAT (BT-112)"),
        "BR-15": totalPresence(fr: "le montant à payer (BT-115)", en: "the amount due (BT-115)"),
        "BR-17": described(
            fr: "Quand le paiement va à un autre que le vendeur, par exemple un affactureur, le bénéficiaire (BG-10) est nommé (BT-59). Un bénéficiaire qui n'est que le vendeur sous un autre nom, avec le même nom ou le même identifiant, ne doit pas être déclaré. Un bénéficiaire sans nom vient souvent d'un outil qui écrit l'élément avec un seul identifiant.",
            en: "When payment goes to someone other than the seller, such as a factoring company, the payee (BG-10) is named (BT-59). A payee that is only the seller under another name, with the same name or identifier, must not be given. A payee without a name often comes from a tool that writes the element with an identifier only."),
        "BR-27": described(
            fr: "Le prix unitaire net (BT-146) n'est jamais négatif : une réduction se donne par une quantité négative, une remise de ligne (BG-27) ou une remise au niveau du document (BG-20). Les outils qui écrivent une ligne de remise à prix négatif déclenchent cette règle. Un prix absent la déclenche aussi, avec BR-26.",
            en: "The net unit price (BT-146) is never negative: a reduction is given by a negative quantity, a line allowance (BG-27) or a document-level allowance (BG-20). Tools that write a discount line with a negative price fire this rule. A missing price fires it too, with BR-26."),
        "BR-28": described(
            fr: "Le prix brut (BT-148), avant le rabais sur prix (BT-147), n'est jamais négatif. Un signe inversé peut venir d'un outil qui rend négatifs tous les montants d'un avoir, alors que le type de document (BT-3) suffit à en faire un crédit.",
            en: "The gross price (BT-148), before the price discount (BT-147), is never negative. A reversed sign can come from a tool that makes every amount of a credit note negative, although the document type (BT-3) already makes it a credit."),
        "BR-51": described(
            fr: "Une facture ne porte jamais le numéro complet d'une carte de paiement (BT-87) : les règles de sécurité des cartes en autorisent au plus les 6 premiers et les 4 derniers chiffres. La règle avertit dès que le numéro écrit dépasse 10 caractères, et le journal n'en donne que la longueur, jamais le numéro.",
            en: "An invoice never carries the full number of a payment card (BT-87), because card security rules allow at most its first 6 and last 4 digits. The rule warns as soon as the written number has more than 10 characters, and the journal gives only its length, never the number."),
        "BR-53": described(
            fr: "Quand la TVA est comptabilisée dans une autre devise que celle de la facture (BT-6), comme pour une facture en francs suisses d'un vendeur français, le total de TVA dans cette devise (BT-111) est donné : c'est le montant que le vendeur déclare et que l'acheteur déduit. En CII, une devise de comptabilisation égale à celle de la facture est refusée aussi.",
            en: "When VAT is accounted in another currency than the invoice's (BT-6), as for an invoice in Swiss francs from a French seller, the VAT total in that currency (BT-111) is given, because it is the amount the seller declares and the buyer deducts. In CII an accounting currency equal to the invoice currency is rejected too."),
        "BR-61": described(
            fr: "Un virement (code de moyen de paiement 30 ou 58) donne le compte à créditer (BT-84), l'IBAN pour un virement SEPA, sans quoi l'acheteur ne sait pas où payer. En CII, un virement sans aucun compte passe cette règle : seul un compte écrit sans identifiant est refusé, par BR-50.",
            en: "A credit transfer (payment means code 30 or 58) gives the account to credit (BT-84), the IBAN for a SEPA transfer, or the buyer cannot tell where to pay. In CII a transfer without any account passes this rule, and only an account written without an identifier is rejected, by BR-50."),
        "BR-B-01": described(
            fr: "La catégorie B (paiement scindé) n'existe qu'en Italie, où l'acheteur public verse la TVA directement à l'État. Elle n'est admise que si toutes les adresses de la facture (vendeur, acheteur, bénéficiaire, représentant fiscal, livraison) sont en Italie (IT). Ailleurs, elle vient d'un code de catégorie mal choisi, souvent à la place de S.",
            en: "Category B (split payment) exists only in Italy, where a public buyer pays the VAT straight to the state. It is allowed only when every address of the invoice (seller, buyer, payee, tax representative, delivery) is in Italy (IT). Elsewhere it comes from a wrongly chosen category code, often instead of S."),
        "BR-B-02": described(
            fr: "Une facture en paiement scindé (catégorie B) ne contient aucune ligne, remise, charge ni entrée de ventilation au taux normal (S) : le paiement scindé vaut pour toute la TVA au taux normal de la facture. Le mélange vient d'un outil qui n'a passé en B qu'une partie des lignes.",
            en: "An invoice in split payment (category B) contains no line, allowance, charge or breakdown entry at the standard rate (S), because split payment covers all the standard-rate VAT of the invoice. A mix comes from a tool that moved only some lines to B."),
    ]

    private static func described(fr: String, en: String) -> RuleExplanation {
        RuleExplanation(explanation: LocalizedText(fr: fr, en: en))
    }

    /// Explains BR-12 to BR-15 from the total the rule requires, with its article.
    private static func totalPresence(fr: String, en: String) -> RuleExplanation {
        described(
            fr: "Les totaux de la facture (BG-22) donnent \(fr), que l'acheteur et les règles de calcul BR-CO comparent aux lignes. Comme dans les artefacts officiels, la règle ne porte que sur un groupe de totaux écrit : un document sans ce groupe ne déclenche aucune des règles BR-12 à BR-15.",
            en: "The invoice totals (BG-22) give \(en), which the buyer and the BR-CO calculation rules compare with the lines. As in the official artefacts, the rule applies only to a written totals group, so a document without that group fires none of BR-12 to BR-15.")
    }
}
