import InvoiceModel

extension RuleExplanation {
    /// One paragraph per VAT category family, set for each of its rules: the ten rules every
    /// family has, plus BR-IC-11, BR-IC-12 and BR-O-11 to BR-O-14.
    static let vatCategoryExplanations: [String: RuleExplanation] = EN16931Catalogue.vatCategories.reduce(into: [:]) {
        table, rule in
        guard let family = VATCategoryFamily.all.first(where: { rule.id.hasPrefix($0.prefix + "-") }),
            let text = vatCategoryText(family.code)
        else { return }
        table[rule.id] = RuleExplanation(explanation: vatCategoryParagraph(family, text))
    }

    /// Builds a family's paragraph: which term each rule number checks, then what the category
    /// means and requires, and what usually breaks it.
    static func vatCategoryParagraph(_ family: VATCategoryFamily, _ text: LocalizedText) -> LocalizedText {
        let first = family.id(1)
        let last = family.id(10)
        return LocalizedText(
            fr: "De \(first) à \(last), les règles vérifient dans l'ordre la ventilation de TVA (BG-23) de la catégorie \(family.code), l'identification fiscale des parties pour les lignes, remises et charges, leurs taux, la base imposable, la TVA et le motif d'exonération. \(text.fr)",
            en: "\(first) to \(last) check, in order, the VAT breakdown (BG-23) of category \(family.code), the parties' tax identifiers for lines, allowances and charges, their rates, the taxable amount, the VAT and the exemption reason. \(text.en)")
    }

    /// Returns what category `code` means, what it requires beyond the common pattern, and what
    /// usually causes its findings.
    static func vatCategoryText(_ code: String) -> LocalizedText? {
        switch code {
        case "S":
            LocalizedText(
                fr: "En catégorie S (taux normal), chaque taux supérieur à zéro a sa propre ventilation, dont la TVA vaut la base imposable multipliée par le taux, et le vendeur présente un numéro de TVA, un identifiant fiscal ou un représentant fiscal. Les écarts viennent le plus souvent d'une ventilation calculée avant une dernière remise ou charge, ou d'un taux passé à 0 % sans changer de catégorie.",
                en: "In category S (standard rate), each rate above zero has its own breakdown entry whose VAT is the taxable amount times the rate, and the seller shows a VAT identifier, a tax registration or a tax representative. Findings usually come from a breakdown computed before a last allowance or charge, or from a rate set to 0% without changing the category.")
        case "Z":
            LocalizedText(
                fr: "La catégorie Z (taux zéro) taxe une opération à 0 % : une seule ventilation, sans TVA ni motif d'exonération, puisque l'opération est taxée, à taux nul. Z se confond facilement avec E (exonération), et un motif d'exonération sur une ventilation Z signale en général une mauvaise catégorie.",
                en: "Category Z (zero rate) taxes a supply at 0%, with exactly one breakdown entry, no VAT and no exemption reason, because the supply is taxed, only at zero. Z is easily confused with E (exempt), and an exemption reason on a Z entry usually means the category is wrong.")
        case "E":
            LocalizedText(
                fr: "La catégorie E (exonération) couvre les opérations que la loi exonère, comme la formation professionnelle ou les soins médicaux : taux et TVA nuls, une seule ventilation, et un motif d'exonération en texte (BT-120) ou en code VATEX (BT-121). Ce motif indique à l'acheteur et à l'administration la disposition appliquée, et il manque souvent quand l'outil l'écrit en note libre plutôt que dans la ventilation.",
                en: "Category E (exempt) covers supplies the law exempts, such as vocational training or medical care: zero rates and VAT, exactly one breakdown entry, and an exemption reason as text (BT-120) or VATEX code (BT-121). The reason tells the buyer and the tax authority which provision applies, and it is often missing when a tool writes it as a free note instead of in the breakdown.")
        case "AE":
            LocalizedText(
                fr: "La catégorie AE (autoliquidation) fait déclarer la TVA par l'acheteur : taux et TVA nuls dans une seule ventilation, avec le motif « Autoliquidation » ou le code VATEX-EU-AE. Le vendeur est identifié par son numéro de TVA, un identifiant fiscal ou un représentant, et l'acheteur par son numéro de TVA ou son immatriculation, dont l'absence est la cause la plus fréquente.",
                en: "Category AE (reverse charge) makes the buyer declare the VAT: zero rates and VAT in exactly one breakdown entry, with the reason 'Autoliquidation' or the code VATEX-EU-AE. The seller is identified by VAT identifier, tax registration or representative, and the buyer by VAT identifier or legal registration, whose absence is the most frequent cause.")
        case "K":
            LocalizedText(
                fr: "La catégorie K (livraison intracommunautaire) exonère des biens expédiés à une entreprise d'un autre État membre, qui déclare l'acquisition chez elle : taux et TVA nuls, une seule ventilation avec un motif d'exonération, et les numéros de TVA du vendeur et de l'acheteur. BR-IC-11 et BR-IC-12 exigent aussi la date de livraison ou la période de facturation et le pays de livraison, qui prouvent l'expédition et manquent souvent dans les exports.",
                en: "Category K (intra-community supply) exempts goods shipped to a business in another member state, which declares the acquisition there: zero rates and VAT, one breakdown entry with an exemption reason, and both VAT identifiers. BR-IC-11 and BR-IC-12 also require the delivery date or invoicing period and the deliver-to country, which prove the shipment and are often missing from exports.")
        case "G":
            LocalizedText(
                fr: "La catégorie G (export hors UE) exonère des biens qui quittent l'Union européenne : taux et TVA nuls, une seule ventilation avec un motif d'exonération, et un vendeur identifié par son numéro de TVA ou un représentant fiscal. Les écarts viennent le plus souvent d'une TVA calculée malgré tout ou d'une mention d'exonération écrite en note plutôt que dans la ventilation.",
                en: "Category G (export outside the EU) exempts goods that leave the European Union: zero rates and VAT, one breakdown entry with an exemption reason, and a seller identified by VAT identifier or tax representative. Findings usually come from VAT computed anyway, or from an exemption mention written as a note instead of in the breakdown.")
        case "O":
            LocalizedText(
                fr: "La catégorie O (hors champ de la TVA) couvre les opérations situées hors du champ de la taxe : aucun taux, aucune TVA, une seule ventilation avec un motif, aucun numéro de TVA de vendeur, d'acheteur ou de représentant, et, selon BR-O-11 à BR-O-14, aucune autre catégorie dans la facture. Sur une facture entièrement hors champ, facturaudit ne demande donc pas le numéro de TVA du vendeur (FR-MENT-09).",
                en: "Category O (not subject to VAT) covers operations outside the scope of VAT: no rate, no VAT, one breakdown entry with a reason, no seller, buyer or representative VAT identifier, and, by BR-O-11 to BR-O-14, no other category in the invoice. On an invoice wholly outside the scope, facturaudit therefore does not ask for the seller's VAT number (FR-MENT-09).")
        case "L":
            LocalizedText(
                fr: "La catégorie L applique l'IGIC, l'impôt indirect des îles Canaries, à la place de la TVA : chaque taux, nul ou positif, a sa ventilation dont l'impôt vaut la base multipliée par le taux, sans motif d'exonération, et le vendeur est identifié comme en S. Un vendeur français ne facture jamais d'IGIC : dans un journal français, cette catégorie signale en général un code erroné, que FR-VAT-01 relève aussi.",
                en: "Category L applies IGIC, the indirect tax of the Canary Islands, in place of VAT: each rate, zero or more, has its own breakdown entry whose tax is the taxable amount times the rate, with no exemption reason, and the seller is identified as under S. A French seller never invoices IGIC, so in a French ledger this category usually means a wrong code, which FR-VAT-01 also reports.")
        case "M":
            LocalizedText(
                fr: "La catégorie M applique l'IPSI, l'impôt indirect de Ceuta et Melilla, à la place de la TVA : chaque taux, nul ou positif, a sa ventilation dont l'impôt vaut la base multipliée par le taux, sans motif d'exonération, et le vendeur est identifié comme en S. Un vendeur français ne facture jamais d'IPSI : dans un journal français, cette catégorie signale en général un code erroné, que FR-VAT-01 relève aussi.",
                en: "Category M applies IPSI, the indirect tax of Ceuta and Melilla, in place of VAT: each rate, zero or more, has its own breakdown entry whose tax is the taxable amount times the rate, with no exemption reason, and the seller is identified as under S. A French seller never invoices IPSI, so in a French ledger this category usually means a wrong code, which FR-VAT-01 also reports.")
        default:
            nil
        }
    }
}
