import InvoiceModel

extension EN16931Catalogue {
    /// BR-CL-*: coded values belong to their code list.
    static let codeLists: [RuleDescriptor] = [
        rule("BR-CL-01", "code de type de document (BT-3) hors UNTDID 1001", "document type code (BT-3) not in UNTDID 1001"),
        rule("BR-CL-03", "attribut de devise d'un montant hors ISO 4217", "currency attribute of an amount not in ISO 4217"),
        rule("BR-CL-04", "devise de la facture (BT-5) hors ISO 4217", "invoice currency (BT-5) not in ISO 4217"),
        rule(
            "BR-CL-05", "devise de comptabilisation de la TVA (BT-6) hors ISO 4217",
            "VAT accounting currency (BT-6) not in ISO 4217"),
        rule(
            "BR-CL-06", "code de date d'exigibilité de la TVA (BT-8) hors liste",
            "VAT point date code (BT-8) not in its code list"),
        rule("BR-CL-07", "schéma d'identifiant d'objet (BT-18-1) hors UNTDID 1153", "object identifier scheme (BT-18-1) not in UNTDID 1153"),
        rule("BR-CL-08", "code sujet de note (BT-21) hors UNTDID 4451", "note subject code (BT-21) not in UNTDID 4451"),
        rule("BR-CL-10", "schéma d'identifiant hors ISO 6523", "identifier scheme not in ISO 6523"),
        rule("BR-CL-11", "schéma d'immatriculation légale hors ISO 6523", "legal registration scheme not in ISO 6523"),
        rule(
            "BR-CL-13", "schéma de classification d'article (BT-158-1) hors UNTDID 7143",
            "item classification scheme (BT-158-1) not in UNTDID 7143"),
        rule("BR-CL-14", "code pays hors ISO 3166-1", "country code not in ISO 3166-1"),
        rule("BR-CL-15", "pays d'origine de l'article (BT-159) hors ISO 3166-1", "item country of origin (BT-159) not in ISO 3166-1"),
        rule("BR-CL-16", "code de moyen de paiement (BT-81) hors UNTDID 4461", "payment means code (BT-81) not in UNTDID 4461"),
        rule(
            "BR-CL-17", "catégorie de TVA (BT-95, BT-102, BT-118) hors UNTDID 5305",
            "VAT category (BT-95, BT-102, BT-118) not in UNTDID 5305"),
        rule("BR-CL-18", "catégorie de TVA de ligne (BT-151) hors UNTDID 5305", "line VAT category (BT-151) not in UNTDID 5305"),
        rule("BR-CL-19", "code motif de remise hors UNTDID 5189", "allowance reason code not in UNTDID 5189"),
        rule("BR-CL-20", "code motif de charge hors UNTDID 7161", "charge reason code not in UNTDID 7161"),
        rule(
            "BR-CL-21", "schéma d'identifiant standard d'article (BT-157-1) hors ISO 6523",
            "item standard identifier scheme (BT-157-1) not in ISO 6523"),
        rule("BR-CL-22", "code d'exonération de TVA (BT-121) hors liste VATEX", "VAT exemption code (BT-121) not in the VATEX list"),
        rule("BR-CL-23", "unité de mesure hors UN/ECE Rec. 20 et 21", "unit of measure not in UN/ECE Rec. 20 and 21"),
        rule("BR-CL-24", "type MIME de pièce jointe (BT-125) non admis", "attachment MIME type (BT-125) not allowed"),
        rule("BR-CL-25", "schéma d'adresse électronique hors liste EAS", "electronic address scheme not in the EAS list"),
        rule("BR-CL-26", "schéma d'identifiant du lieu de livraison (BT-71-1) hors ISO 6523", "delivery location scheme (BT-71-1) not in ISO 6523"),
    ]
}
