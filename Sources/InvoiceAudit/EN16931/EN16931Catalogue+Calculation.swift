import InvoiceModel

extension EN16931Catalogue {
    /// BR-CO-*: consistency and calculation rules.
    static let calculation: [RuleDescriptor] = [
        rule(
            "BR-CO-03", "date d'exigibilité de la TVA (BT-7) et son code (BT-8) donnés ensemble",
            "VAT point date (BT-7) and its code (BT-8) both given"),
        rule("BR-CO-04", "ligne sans catégorie de TVA (BT-151)", "line without a VAT category (BT-151)"),
        rule(
            "BR-CO-05", "motif et code motif d'une remise de document en désaccord",
            "document allowance reason and reason code disagree"),
        rule(
            "BR-CO-06", "motif et code motif d'une charge de document en désaccord",
            "document charge reason and reason code disagree"),
        rule(
            "BR-CO-07", "motif et code motif d'une remise de ligne en désaccord",
            "line allowance reason and reason code disagree"),
        rule(
            "BR-CO-08", "motif et code motif d'une charge de ligne en désaccord",
            "line charge reason and reason code disagree"),
        rule(
            "BR-CO-09", "numéro de TVA (BT-31, BT-48, BT-63) sans préfixe pays ISO 3166",
            "VAT identifier (BT-31, BT-48, BT-63) without an ISO 3166 country prefix"),
        rule(
            "BR-CO-10", "somme des montants nets des lignes (BT-106) fausse",
            "sum of line net amounts (BT-106) is wrong"),
        rule(
            "BR-CO-11", "somme des remises de document (BT-107) fausse",
            "sum of document allowances (BT-107) is wrong"),
        rule(
            "BR-CO-12", "somme des charges de document (BT-108) fausse",
            "sum of document charges (BT-108) is wrong"),
        rule(
            "BR-CO-13", "total hors TVA (BT-109) différent de BT-106 − BT-107 + BT-108",
            "total without VAT (BT-109) differs from BT-106 − BT-107 + BT-108"),
        rule(
            "BR-CO-14", "total de TVA (BT-110) différent de la somme des TVA par catégorie (BT-117)",
            "VAT total (BT-110) differs from the sum of category VAT amounts (BT-117)"),
        rule(
            "BR-CO-15", "total TVA comprise (BT-112) différent de BT-109 + BT-110",
            "total with VAT (BT-112) differs from BT-109 + BT-110"),
        rule(
            "BR-CO-16", "montant à payer (BT-115) différent de BT-112 − BT-113 + BT-114",
            "amount due (BT-115) differs from BT-112 − BT-113 + BT-114"),
        rule(
            "BR-CO-17", "TVA d'une catégorie (BT-117) éloignée de base × taux de plus d'une unité",
            "category VAT (BT-117) off base × rate by more than one unit"),
        rule("BR-CO-18", "facture sans ventilation de TVA (BG-23)", "invoice without a VAT breakdown (BG-23)"),
        rule(
            "BR-CO-19", "période de facturation (BG-14) sans date de début ni de fin",
            "invoicing period (BG-14) without a start or end date"),
        rule(
            "BR-CO-20", "période de ligne (BG-26) sans date de début ni de fin",
            "line period (BG-26) without a start or end date"),
        rule(
            "BR-CO-21", "remise de document sans motif ni code motif",
            "document allowance without a reason or reason code"),
        rule(
            "BR-CO-22", "charge de document sans motif ni code motif",
            "document charge without a reason or reason code"),
        rule("BR-CO-23", "remise de ligne sans motif ni code motif", "line allowance without a reason or reason code"),
        rule("BR-CO-24", "charge de ligne sans motif ni code motif", "line charge without a reason or reason code"),
        rule(
            "BR-CO-26", "vendeur sans identifiant (BT-29), immatriculation (BT-30) ni numéro de TVA (BT-31)",
            "seller without an identifier (BT-29), registration (BT-30) or VAT identifier (BT-31)"),
    ]

    /// BR-DEC-*: amounts carry at most two fraction digits. The pair is (id, term, French name, English name).
    static let decimalTerms: [(id: String, term: String, fr: String, en: String)] = [
        ("BR-DEC-01", "BT-92", "montant de remise de document", "document allowance amount"),
        ("BR-DEC-02", "BT-93", "base de remise de document", "document allowance base amount"),
        ("BR-DEC-05", "BT-99", "montant de charge de document", "document charge amount"),
        ("BR-DEC-06", "BT-100", "base de charge de document", "document charge base amount"),
        ("BR-DEC-09", "BT-106", "somme des montants nets des lignes", "sum of line net amounts"),
        ("BR-DEC-10", "BT-107", "somme des remises de document", "sum of document allowances"),
        ("BR-DEC-11", "BT-108", "somme des charges de document", "sum of document charges"),
        ("BR-DEC-12", "BT-109", "total hors TVA", "total without VAT"),
        ("BR-DEC-13", "BT-110", "total de TVA", "VAT total"),
        ("BR-DEC-14", "BT-112", "total TVA comprise", "total with VAT"),
        ("BR-DEC-15", "BT-111", "total de TVA en devise de comptabilisation", "VAT total in accounting currency"),
        ("BR-DEC-16", "BT-113", "montant déjà payé", "paid amount"),
        ("BR-DEC-17", "BT-114", "montant d'arrondi", "rounding amount"),
        ("BR-DEC-18", "BT-115", "montant à payer", "amount due"),
        ("BR-DEC-19", "BT-116", "base imposable de la catégorie", "category taxable amount"),
        ("BR-DEC-20", "BT-117", "montant de TVA de la catégorie", "category VAT amount"),
        ("BR-DEC-23", "BT-131", "montant net de ligne", "line net amount"),
        ("BR-DEC-24", "BT-136", "montant de remise de ligne", "line allowance amount"),
        ("BR-DEC-25", "BT-137", "base de remise de ligne", "line allowance base amount"),
        ("BR-DEC-27", "BT-141", "montant de charge de ligne", "line charge amount"),
        ("BR-DEC-28", "BT-142", "base de charge de ligne", "line charge base amount"),
    ]

    static let decimals: [RuleDescriptor] = decimalTerms.map { entry in
        rule(
            entry.id, "\(entry.fr) (\(entry.term)) avec plus de deux décimales",
            "\(entry.en) (\(entry.term)) has more than two decimals")
    }
}
