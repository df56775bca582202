import InvoiceModel

extension RuleExplanation {
    /// Explanations of the Factur-X EXTENDED totals rules BR-FXEXT-CO-*, merged into ``byRuleID``.
    static let facturXExtendedExplanations: [String: RuleExplanation] = [
        "BR-FXEXT-CO-10": extended(
            fr: "La somme des montants nets des lignes (BT-106) vaut la somme des montants nets (BT-131) des lignes de détail, c'est-à-dire celles dont le sous-type (BT-X-8) vaut DETAIL ou n'est pas donné ; les lignes de sous-total (GROUP) et d'information (INFORMATION) n'y entrent pas. Un écart d'un centime par ligne de la facture est toléré. Un écart plus grand vient d'une ligne de détail modifiée sans recalcul des totaux, ou d'un sous-total compté en plus de ses lignes.",
            en: "The sum of line net amounts (BT-106) equals the sum of the net amounts (BT-131) of the detail lines, those whose subtype (BT-X-8) is DETAIL or not given; subtotal (GROUP) and information (INFORMATION) lines stay out. One cent per line of the invoice is allowed. A larger difference comes from a detail line edited without recomputing the totals, or from a subtotal counted on top of its lines."),
        "BR-FXEXT-CO-11": extended(
            fr: "La somme des remises de document (BT-107) vaut la somme des remises au niveau du document (BT-92), à un centime près par remise. Une somme déclarée sans aucune remise doit valoir zéro. L'écart vient d'une remise supprimée ou modifiée sans recalcul.",
            en: "The sum of document allowances (BT-107) equals the sum of the document-level allowances (BT-92), within one cent per allowance. A sum declared without any allowance must be zero. A difference comes from an allowance removed or edited without recomputing."),
        "BR-FXEXT-CO-12": extended(
            fr: "La somme des charges de document (BT-108) vaut la somme des charges au niveau du document (BT-99) et des frais de service logistique, à un centime près par charge. Une somme déclarée sans aucune charge doit valoir zéro. L'écart vient de frais supprimés ou modifiés sans recalcul.",
            en: "The sum of document charges (BT-108) equals the sum of the document-level charges (BT-99) and logistics service charges, within one cent per charge. A sum declared without any charge must be zero. A difference comes from a charge removed or edited without recomputing."),
        "BR-FXEXT-CO-13": extended(
            fr: "Le total hors TVA (BT-109) vaut la somme des lignes de détail, moins les remises, plus les charges au niveau du document, à un centime près par montant additionné. Un écart plus grand vient le plus souvent d'une remise ou de frais oubliés dans le total.",
            en: "The total without VAT (BT-109) equals the sum of the detail lines, minus the document-level allowances, plus the document-level charges, within one cent per amount summed. A larger difference most often comes from an allowance or a charge left out of the total."),
        "BR-FXEXT-CO-15": extended(
            fr: "Le total TVA comprise (BT-112) vaut le total hors TVA (BT-109) plus le total de TVA (BT-110), à un centime près par ligne de détail, remise et charge. Le total de TVA doit être donné une fois, dans la devise de la facture (BT-5) : sans lui, la règle est en échec. Un écart vient d'un total recopié d'une version antérieure de la facture.",
            en: "The total with VAT (BT-112) equals the total without VAT (BT-109) plus the VAT total (BT-110), within one cent per detail line, allowance and charge. The VAT total must be given once, in the invoice currency (BT-5): without it the rule fails. A difference comes from a total copied from an earlier version of the invoice."),
        "BR-FXEXT-CO-16": extended(
            fr: "Le montant à payer (BT-115) vaut exactement le total TVA comprise (BT-112), moins le montant déjà payé (BT-113), plus l'arrondi (BT-114). Le profil EXTENDED ajoute les sommes encaissées pour le compte d'un tiers, que facturaudit ne lit pas encore. Un acompte oublié ou un montant saisi à la main fait réclamer à l'acheteur un montant faux.",
            en: "The amount due (BT-115) equals exactly the total with VAT (BT-112), minus the paid amount (BT-113), plus the rounding amount (BT-114). The EXTENDED profile adds the amounts collected on behalf of a third party, which facturaudit does not read yet. A forgotten prepayment or an amount typed by hand asks the buyer for a wrong amount."),
    ]

    private static func extended(fr: String, en: String) -> RuleExplanation {
        RuleExplanation(explanation: LocalizedText(fr: fr, en: en))
    }
}
