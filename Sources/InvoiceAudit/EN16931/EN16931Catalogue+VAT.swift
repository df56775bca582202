import InvoiceModel

/// One VAT category of UNTDID 5305 with the prefix of its EN 16931 rule family.
struct VATCategoryFamily: Sendable {
    /// The category code (BT-118, BT-151, BT-95, BT-102).
    let code: String
    /// The rule id prefix: `BR-S`, `BR-IC` for K, `BR-AF` for L, `BR-AG` for M.
    let prefix: String
    let fr: String
    let en: String

    func id(_ number: Int) -> String { number < 10 ? "\(prefix)-0\(number)" : "\(prefix)-\(number)" }

    static let all: [VATCategoryFamily] = [
        VATCategoryFamily(code: "S", prefix: "BR-S", fr: "taux normal", en: "standard rate"),
        VATCategoryFamily(code: "Z", prefix: "BR-Z", fr: "taux zéro", en: "zero rate"),
        VATCategoryFamily(code: "E", prefix: "BR-E", fr: "exonération", en: "exemption"),
        VATCategoryFamily(code: "AE", prefix: "BR-AE", fr: "autoliquidation", en: "reverse charge"),
        VATCategoryFamily(code: "K", prefix: "BR-IC", fr: "livraison intracommunautaire", en: "intra-community supply"),
        VATCategoryFamily(code: "G", prefix: "BR-G", fr: "export hors UE", en: "export outside the EU"),
        VATCategoryFamily(code: "O", prefix: "BR-O", fr: "hors champ de la TVA", en: "not subject to VAT"),
        VATCategoryFamily(code: "L", prefix: "BR-AF", fr: "IGIC (Canaries)", en: "IGIC (Canary Islands)"),
        VATCategoryFamily(code: "M", prefix: "BR-AG", fr: "IPSI (Ceuta, Melilla)", en: "IPSI (Ceuta, Melilla)"),
    ]

    /// Categories with one breakdown entry per rate rather than exactly one entry.
    var hasRates: Bool { ["S", "L", "M"].contains(code) }
    /// Categories whose breakdown must state an exemption reason (the others must not).
    var needsExemptionReason: Bool { ["E", "AE", "K", "G", "O"].contains(code) }
}

extension EN16931Catalogue {
    static let vatCategories: [RuleDescriptor] = VATCategoryFamily.all.flatMap(descriptors(for:)) + splitPayment

    private static func descriptors(for family: VATCategoryFamily) -> [RuleDescriptor] {
        let cat = "« \(family.fr) » (\(family.code))"
        let category = "'\(family.en)' (\(family.code))"
        let parties = family.code == "O" ? ("avec", "with") : ("sans", "without")
        let partyWords =
            family.code == "O"
            ? ("un numéro de TVA vendeur, acheteur ou représentant", "a seller, buyer or representative VAT identifier")
            : ("l'identifiant fiscal exigé du vendeur ou de l'acheteur", "the required seller or buyer tax identifier")
        // A missing rate fails every category but O, whose rule requires no rate at all.
        let rate: (String, String) =
            switch family.code {
            case "S": ("sans taux supérieur à zéro", "without a rate above zero")
            case "L", "M": ("sans taux positif ou nul", "without a rate of zero or more")
            case "O": ("avec un taux de TVA", "with a VAT rate")
            default: ("sans taux nul", "without a zero rate")
            }
        let count = family.hasRates ? ("au moins une", "at least one") : ("exactement une", "exactly one")
        var rules = [
            rule(
                family.id(1), "catégorie \(cat) utilisée sans \(count.0) ventilation de TVA, ou ventilée sans être utilisée",
                "category \(category) used without \(count.1) VAT breakdown, or in a breakdown but unused"),
            rule(
                family.id(2), "ligne en catégorie \(cat) \(parties.0) \(partyWords.0)",
                "line in category \(category) \(parties.1) \(partyWords.1)"),
            rule(
                family.id(3), "remise de document en catégorie \(cat) \(parties.0) \(partyWords.0)",
                "document allowance in category \(category) \(parties.1) \(partyWords.1)"),
            rule(
                family.id(4), "charge de document en catégorie \(cat) \(parties.0) \(partyWords.0)",
                "document charge in category \(category) \(parties.1) \(partyWords.1)"),
            rule(
                family.id(5), "ligne en catégorie \(cat) \(rate.0)",
                "line in category \(category) \(rate.1)"),
            rule(
                family.id(6), "remise de document en catégorie \(cat) \(rate.0)",
                "document allowance in category \(category) \(rate.1)"),
            rule(
                family.id(7), "charge de document en catégorie \(cat) \(rate.0)",
                "document charge in category \(category) \(rate.1)"),
            rule(
                family.id(8), "base imposable de la catégorie \(cat) différente de lignes + charges − remises",
                "taxable amount of category \(category) differs from lines + charges − allowances"),
            rule(
                family.id(9),
                family.hasRates
                    ? "TVA de la catégorie \(cat) différente de base × taux" : "TVA de la catégorie \(cat) non nulle",
                family.hasRates
                    ? "VAT of category \(category) differs from base × rate" : "VAT of category \(category) is not zero"),
            rule(
                family.id(10),
                family.needsExemptionReason
                    ? "ventilation en catégorie \(cat) sans motif d'exonération (BT-120, BT-121)"
                    : "ventilation en catégorie \(cat) avec un motif d'exonération (BT-120, BT-121)",
                family.needsExemptionReason
                    ? "breakdown in category \(category) without an exemption reason (BT-120, BT-121)"
                    : "breakdown in category \(category) with an exemption reason (BT-120, BT-121)"),
        ]
        if family.code == "K" {
            rules += [
                rule(
                    "BR-IC-11", "livraison intracommunautaire sans date de livraison (BT-72) ni période (BG-14)",
                    "intra-community supply without a delivery date (BT-72) or invoicing period (BG-14)"),
                rule(
                    "BR-IC-12", "livraison intracommunautaire sans pays de livraison (BT-80)",
                    "intra-community supply without a deliver-to country (BT-80)"),
            ]
        }
        if family.code == "O" {
            rules += [
                rule(
                    "BR-O-11", "ventilation « hors champ » accompagnée d'une autre catégorie",
                    "'not subject to VAT' breakdown alongside another category"),
                rule(
                    "BR-O-12", "ligne d'une autre catégorie dans une facture « hors champ »",
                    "line of another category in a 'not subject to VAT' invoice"),
                rule(
                    "BR-O-13", "remise de document d'une autre catégorie dans une facture « hors champ »",
                    "document allowance of another category in a 'not subject to VAT' invoice"),
                rule(
                    "BR-O-14", "charge de document d'une autre catégorie dans une facture « hors champ »",
                    "document charge of another category in a 'not subject to VAT' invoice"),
            ]
        }
        return rules
    }

    /// BR-B-*: the Italian split payment category B.
    static let splitPayment: [RuleDescriptor] = [
        rule(
            "BR-B-01", "paiement scindé (B) hors facture intérieure italienne",
            "split payment (B) outside an Italian domestic invoice"),
        rule(
            "BR-B-02", "paiement scindé (B) mêlé au taux normal (S)",
            "split payment (B) mixed with standard rate (S)"),
    ]
}
