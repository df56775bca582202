import InvoiceModel

extension EN16931Catalogue {
    /// BR-01 to BR-65: the terms an invoice must carry.
    static let core: [RuleDescriptor] = [
        rule("BR-01", "identifiant de spécification (BT-24) absent", "specification identifier (BT-24) missing"),
        rule("BR-02", "numéro de facture (BT-1) absent", "invoice number (BT-1) missing"),
        rule("BR-03", "date d'émission (BT-2) absente", "issue date (BT-2) missing"),
        rule("BR-04", "code de type de facture (BT-3) absent", "invoice type code (BT-3) missing"),
        rule("BR-05", "code de devise de la facture (BT-5) absent", "invoice currency code (BT-5) missing"),
        rule("BR-06", "nom du vendeur (BT-27) absent", "seller name (BT-27) missing"),
        rule("BR-07", "nom de l'acheteur (BT-44) absent", "buyer name (BT-44) missing"),
        rule("BR-08", "adresse postale du vendeur (BG-5) absente", "seller postal address (BG-5) missing"),
        rule("BR-09", "code pays de l'adresse du vendeur (BT-40) absent", "seller address country code (BT-40) missing"),
        rule("BR-10", "adresse postale de l'acheteur (BG-8) absente", "buyer postal address (BG-8) missing"),
        rule("BR-11", "code pays de l'adresse de l'acheteur (BT-55) absent", "buyer address country code (BT-55) missing"),
        rule("BR-12", "somme des montants nets des lignes (BT-106) absente", "sum of line net amounts (BT-106) missing"),
        rule("BR-13", "total hors TVA (BT-109) absent", "total without VAT (BT-109) missing"),
        rule("BR-14", "total TVA comprise (BT-112) absent", "total with VAT (BT-112) missing"),
        rule("BR-15", "montant à payer (BT-115) absent", "amount due (BT-115) missing"),
        rule("BR-16", "facture sans ligne (BG-25)", "invoice without any line (BG-25)"),
        rule("BR-17", "bénéficiaire (BG-10) sans nom (BT-59)", "payee (BG-10) without a name (BT-59)"),
        rule("BR-18", "représentant fiscal (BG-11) sans nom (BT-62)", "tax representative (BG-11) without a name (BT-62)"),
        rule(
            "BR-19", "représentant fiscal (BG-11) sans adresse postale (BG-12)",
            "tax representative (BG-11) without a postal address (BG-12)"),
        rule(
            "BR-20", "adresse du représentant fiscal sans code pays (BT-69)",
            "tax representative address without a country code (BT-69)"),
        rule("BR-21", "ligne sans identifiant (BT-126)", "line without an identifier (BT-126)"),
        rule("BR-22", "ligne sans quantité facturée (BT-129)", "line without an invoiced quantity (BT-129)"),
        rule("BR-23", "ligne sans unité de mesure (BT-130)", "line without a unit of measure (BT-130)"),
        rule("BR-24", "ligne sans montant net (BT-131)", "line without a net amount (BT-131)"),
        rule("BR-25", "ligne sans nom d'article (BT-153)", "line without an item name (BT-153)"),
        rule("BR-26", "ligne sans prix unitaire net (BT-146)", "line without a net unit price (BT-146)"),
        rule("BR-27", "prix unitaire net (BT-146) négatif", "net unit price (BT-146) is negative"),
        rule("BR-28", "prix unitaire brut (BT-148) négatif", "gross unit price (BT-148) is negative"),
        rule(
            "BR-29", "fin de la période de facturation (BT-74) avant son début (BT-73)",
            "invoicing period end (BT-74) before its start (BT-73)"),
        rule(
            "BR-30", "fin de la période de ligne (BT-135) avant son début (BT-134)",
            "line period end (BT-135) before its start (BT-134)"),
        rule("BR-31", "remise de document (BG-20) sans montant (BT-92)", "document allowance (BG-20) without an amount (BT-92)"),
        rule(
            "BR-32", "remise de document sans catégorie de TVA (BT-95)",
            "document allowance without a VAT category (BT-95)"),
        rule(
            "BR-33", "remise de document sans motif ni code motif (BT-97, BT-98)",
            "document allowance without a reason or reason code (BT-97, BT-98)"),
        rule("BR-36", "charge de document (BG-21) sans montant (BT-99)", "document charge (BG-21) without an amount (BT-99)"),
        rule(
            "BR-37", "charge de document sans catégorie de TVA (BT-102)",
            "document charge without a VAT category (BT-102)"),
        rule(
            "BR-38", "charge de document sans motif ni code motif (BT-104, BT-105)",
            "document charge without a reason or reason code (BT-104, BT-105)"),
        rule("BR-41", "remise de ligne (BG-27) sans montant (BT-136)", "line allowance (BG-27) without an amount (BT-136)"),
        rule(
            "BR-42", "remise de ligne sans motif ni code motif (BT-139, BT-140)",
            "line allowance without a reason or reason code (BT-139, BT-140)"),
        rule("BR-43", "charge de ligne (BG-28) sans montant (BT-141)", "line charge (BG-28) without an amount (BT-141)"),
        rule(
            "BR-44", "charge de ligne sans motif ni code motif (BT-144, BT-145)",
            "line charge without a reason or reason code (BT-144, BT-145)"),
        rule(
            "BR-45", "ventilation de TVA (BG-23) sans base imposable (BT-116)",
            "VAT breakdown (BG-23) without a taxable amount (BT-116)"),
        rule("BR-46", "ventilation de TVA sans montant de TVA (BT-117)", "VAT breakdown without a VAT amount (BT-117)"),
        rule("BR-47", "ventilation de TVA sans code de catégorie (BT-118)", "VAT breakdown without a category code (BT-118)"),
        rule(
            "BR-48", "ventilation de TVA sans taux (BT-119) hors catégorie O",
            "VAT breakdown without a rate (BT-119) outside category O"),
        rule(
            "BR-49", "instruction de paiement sans code de moyen de paiement (BT-81)",
            "payment instruction without a payment means code (BT-81)"),
        rule(
            "BR-50", "virement (BG-17) sans identifiant de compte (BT-84)",
            "credit transfer (BG-17) without an account identifier (BT-84)"),
        rule(
            "BR-51", "numéro de carte de paiement (BT-87) non masqué : 10 chiffres au plus",
            "payment card number (BT-87) not masked: 10 digits at most", severity: .warning),
        rule(
            "BR-52", "pièce justificative (BG-24) sans référence (BT-122)",
            "supporting document (BG-24) without a reference (BT-122)"),
        rule(
            "BR-53", "devise de comptabilisation de la TVA (BT-6) sans total de TVA dans cette devise (BT-111)",
            "VAT accounting currency (BT-6) without a VAT total in that currency (BT-111)"),
        rule(
            "BR-54", "attribut d'article (BG-32) sans nom (BT-160) ou sans valeur (BT-161)",
            "item attribute (BG-32) without a name (BT-160) or a value (BT-161)"),
        rule(
            "BR-55", "référence à une facture antérieure (BG-3) sans numéro (BT-25)",
            "preceding invoice reference (BG-3) without a number (BT-25)"),
        rule(
            "BR-56", "représentant fiscal sans numéro de TVA (BT-63)",
            "tax representative without a VAT identifier (BT-63)"),
        rule(
            "BR-57", "adresse de livraison (BG-15) sans code pays (BT-80)",
            "deliver-to address (BG-15) without a country code (BT-80)"),
        rule(
            "BR-61", "virement (code 30 ou 58) sans identifiant de compte (BT-84)",
            "credit transfer (code 30 or 58) without an account identifier (BT-84)"),
        rule(
            "BR-62", "adresse électronique du vendeur (BT-34) sans schéma",
            "seller electronic address (BT-34) without a scheme"),
        rule(
            "BR-63", "adresse électronique de l'acheteur (BT-49) sans schéma",
            "buyer electronic address (BT-49) without a scheme"),
        rule(
            "BR-64", "identifiant standard d'article (BT-157) sans schéma",
            "item standard identifier (BT-157) without a scheme"),
        rule(
            "BR-65", "code de classification d'article (BT-158) sans schéma",
            "item classification code (BT-158) without a scheme"),
    ]
}
