import InvoiceModel

extension RuleExample {
    /// EN 16931 code lists and UBL syntax rules: BR-CL-*, UBL-SR-* and UBL-DT-*. Most codes are
    /// changed in the model's terms; BR-CL-03 and UBL-DT-01 see only what the UBL importer records
    /// in ``Document/sourceFacts``, so their examples record it.
    static let en16931SyntaxExamples: [String: RuleExample] = [
        "BR-CL-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec le code de type '830' (BT-3) au lieu de '380'",
                en: "the reference invoice with type code '830' (BT-3) instead of '380'")
        ) { $0.typeCode = "830" },
        "BR-CL-03": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont le montant net de la ligne 1 porte la devise 'EURO' (attribut currencyID)",
                en: "the reference invoice whose line 1 net amount carries the currency 'EURO' (currencyID attribute)")
        ) { document in
            document.sourceFacts = recordedFacts(
                "BR-CL-03", "EURO", line: 41, element: "/Invoice/InvoiceLine/LineExtensionAmount")
        },
        "BR-CL-04": RuleExample(
            LocalizedText(
                fr: "la facture de référence en francs, devise 'FRF' (BT-5), retirée de l'ISO 4217",
                en: "the reference invoice in francs, currency 'FRF' (BT-5), withdrawn from ISO 4217")
        ) { $0.currency = "FRF" },
        "BR-CL-05": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont la TVA est aussi donnée en francs : devise de comptabilisation 'FRF' (BT-6), montant 1\u{202F}615,77 (BT-111)",
                en: "the reference invoice whose VAT is also given in francs: accounting currency 'FRF' (BT-6), amount 1615.77 (BT-111)")
        ) { document in
            document.vatAccountingCurrency = "FRF"
            document.totals.vatInAccountingCurrency = ExampleInvoice.amount("1615.77")
        },
        "BR-CL-06": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec le code de date d'exigibilité '5' (BT-8), un code CII écrit en UBL",
                en: "the reference invoice with VAT point date code '5' (BT-8), a CII code written in UBL")
        ) { $0.taxPointDateCode = "5" },
        "BR-CL-07": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec l'identifiant d'objet 'CPT-2025-17' de schéma 'CPT' (BT-18-1)",
                en: "the reference invoice with object identifier 'CPT-2025-17' in scheme 'CPT' (BT-18-1)")
        ) { $0.references.invoicedObject = Identifier(value: "CPT-2025-17", scheme: "CPT") },
        "BR-CL-08": RuleExample(
            LocalizedText(
                fr: "la facture de référence en CII dont la note sur les pénalités a le code sujet 'PEN' (BT-21) au lieu de 'PMD'",
                en: "the reference invoice in CII whose note on late payment penalties has subject code 'PEN' (BT-21) instead of 'PMD'")
        ) { document in
            document.sourceFormat = .cii
            document.notes[1].subject = "PEN"
        },
        "BR-CL-10": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont le vendeur a l'identifiant 81247635600017 de schéma 'SIRET' (BT-29-1) au lieu de '0009'",
                en: "the reference invoice whose seller has identifier 81247635600017 in scheme 'SIRET' (BT-29-1) instead of '0009'")
        ) { $0.seller?.identifiers = [Identifier(value: "81247635600017", scheme: "SIRET")] },
        "BR-CL-11": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont le vendeur a l'immatriculation 812476356 de schéma 'SIREN' (BT-30-1) au lieu de '0002'",
                en: "the reference invoice whose seller has legal registration 812476356 in scheme 'SIREN' (BT-30-1) instead of '0002'")
        ) { $0.seller?.legalRegistration = Identifier(value: "812476356", scheme: "SIREN") },
        "BR-CL-13": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont l'article de la ligne 1 est classé '31521000' dans la liste 'CPV' (BT-158-1) au lieu de 'STI'",
                en: "the reference invoice whose line 1 item is classified '31521000' in list 'CPV' (BT-158-1) instead of 'STI'")
        ) { document in
            document.lines[0].item = Item(classifications: [Classification(value: "31521000", listID: "CPV")])
        },
        "BR-CL-14": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont l'acheteur a le code pays 'FRA' (BT-55) au lieu de 'FR'",
                en: "the reference invoice whose buyer has country code 'FRA' (BT-55) instead of 'FR'")
        ) { $0.buyer?.address?.country = "FRA" },
        "BR-CL-15": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont l'article de la ligne 1 a le pays d'origine 'FRA' (BT-159) au lieu de 'FR'",
                en: "the reference invoice whose line 1 item has country of origin 'FRA' (BT-159) instead of 'FR'")
        ) { $0.lines[0].item = Item(originCountry: "FRA") },
        "BR-CL-16": RuleExample(
            LocalizedText(
                fr: "la facture de référence payable par le moyen de paiement 'VIR' (BT-81) au lieu de '30' ou '58'",
                en: "the reference invoice payable by payment means 'VIR' (BT-81) instead of '30' or '58'")
        ) { $0.paymentMeans = [PaymentMeans(typeCode: "VIR")] },
        "BR-CL-17": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec une remise de document (BG-20) de 31,60 en catégorie de TVA '20' (BT-95) au lieu de 'S'",
                en: "the reference invoice with a document allowance (BG-20) of 31.60 in VAT category '20' (BT-95) instead of 'S'")
        ) { document in
            document.allowanceCharges = [VATCategoryExamples.adjustment(isCharge: false, code: "20", rate: ExampleInvoice.amount("20"))]
            ExampleInvoice.rebalanceCategories(&document)
        },
        "BR-CL-18": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont la ligne 2 a la catégorie de TVA '20' (BT-151) au lieu de 'S'",
                en: "the reference invoice whose line 2 has VAT category '20' (BT-151) instead of 'S'")
        ) { document in
            document.lines[1].vatCategory = "20"
            ExampleInvoice.rebalanceCategories(&document)
        },
        "BR-CL-19": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec une remise de document (BG-20) de code motif 'REM' (BT-98) au lieu de '95'",
                en: "the reference invoice with a document allowance (BG-20) with reason code 'REM' (BT-98) instead of '95'")
        ) { document in
            var allowance = VATCategoryExamples.adjustment(isCharge: false, code: "S", rate: ExampleInvoice.amount("20"))
            allowance.reasonCode = "REM"
            document.allowanceCharges = [allowance]
            ExampleInvoice.rebalanceCategories(&document)
        },
        "BR-CL-20": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec une charge de document (BG-21) de code motif 'PORT' (BT-105) au lieu de 'FC'",
                en: "the reference invoice with a document charge (BG-21) with reason code 'PORT' (BT-105) instead of 'FC'")
        ) { document in
            var charge = VATCategoryExamples.adjustment(isCharge: true, code: "S", rate: ExampleInvoice.amount("20"))
            charge.reasonCode = "PORT"
            document.allowanceCharges = [charge]
            ExampleInvoice.rebalanceCategories(&document)
        },
        "BR-CL-21": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont l'article de la ligne 1 a l'identifiant 3760123450019 de schéma 'GTIN' (BT-157-1) au lieu de '0160'",
                en: "the reference invoice whose line 1 item has identifier 3760123450019 in scheme 'GTIN' (BT-157-1) instead of '0160'")
        ) { $0.lines[0].item = Item(standardID: Identifier(value: "3760123450019", scheme: "GTIN")) },
        "BR-CL-22": RuleExample(
            LocalizedText(
                fr: "la facture de référence exonérée (E), avec le code d'exonération 'VATEX-FR-261' (BT-121), qui n'existe pas",
                en: "the reference invoice as exempt (E), with exemption code 'VATEX-FR-261' (BT-121), which does not exist")
        ) {
            var document = ExampleInvoice.compliant(in: .example("E"))
            document.vatBreakdown[0].exemptionReasonCode = "VATEX-FR-261"
            return [document]
        },
        "BR-CL-23": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont la ligne 2 compte les heures dans l'unité 'H' (BT-130) au lieu de 'HUR'",
                en: "the reference invoice whose line 2 counts hours in unit 'H' (BT-130) instead of 'HUR'")
        ) { $0.lines[1].unit = "H" },
        "BR-CL-24": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec en pièce jointe (BT-125) le devis 'devis-2025-014.doc' de type MIME 'application/msword'",
                en: "the reference invoice with the quote 'devis-2025-014.doc' attached (BT-125) as MIME type 'application/msword'")
        ) { $0.supportingDocuments = [quote(mimeCode: "application/msword", filename: "devis-2025-014.doc")] },
        "BR-CL-25": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont le vendeur a l'adresse électronique 81247635600017 de schéma 'SIRET' (BT-34-1) au lieu de '0009'",
                en: "the reference invoice whose seller has electronic address 81247635600017 in scheme 'SIRET' (BT-34-1) instead of '0009'")
        ) { $0.seller?.electronicAddress = Identifier(value: "81247635600017", scheme: "SIRET") },
        "BR-CL-26": RuleExample(
            LocalizedText(
                fr: "la facture de référence livrée au lieu 3012345000013 de schéma 'GLN' (BT-71-1) au lieu de '0088'",
                en: "the reference invoice delivered to location 3012345000013 in scheme 'GLN' (BT-71-1) instead of '0088'")
        ) { $0.delivery?.locationID = Identifier(value: "3012345000013", scheme: "GLN") },
        "UBL-DT-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence dont le montant net de la ligne 1 est écrit '831.600' en UBL",
                en: "the reference invoice whose line 1 net amount is written '831.600' in UBL")
        ) { document in
            document.sourceFacts = recordedFacts(
                "UBL-DT-01", "831.600", line: 41, element: "/Invoice/InvoiceLine/LineExtensionAmount")
        },
        "UBL-DT-06": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec en pièce jointe (BT-125) le devis 'devis-2025-014.pdf' sans attribut mimeCode",
                en: "the reference invoice with the quote 'devis-2025-014.pdf' attached (BT-125) without a mimeCode attribute")
        ) { $0.supportingDocuments = [quote(mimeCode: nil, filename: "devis-2025-014.pdf")] },
        "UBL-DT-07": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec un devis PDF en pièce jointe (BT-125) sans attribut filename",
                en: "the reference invoice with a PDF quote attached (BT-125) without a filename attribute")
        ) { $0.supportingDocuments = [quote(mimeCode: "application/pdf", filename: nil)] },
        "UBL-SR-12": RuleExample(
            LocalizedText(
                fr: "la facture de référence en UBL dont le vendeur a deux cac:PartyTaxScheme de schéma VAT (BT-31)",
                en: "the reference invoice in UBL whose seller has two cac:PartyTaxScheme elements of scheme VAT (BT-31)")
        ) { $0.sourceFacts = repeatedFacts(UBLRepetitions(sellerTaxSchemes: 2, sellerVATIdentifiers: 2, buyerVATIdentifiers: 1)) },
        "UBL-SR-18": RuleExample(
            LocalizedText(
                fr: "la facture de référence en UBL dont l'acheteur a deux cac:PartyTaxScheme de schéma VAT (BT-48)",
                en: "the reference invoice in UBL whose buyer has two cac:PartyTaxScheme elements of scheme VAT (BT-48)")
        ) { $0.sourceFacts = repeatedFacts(UBLRepetitions(sellerTaxSchemes: 1, sellerVATIdentifiers: 1, buyerVATIdentifiers: 2)) },
        "UBL-SR-42": RuleExample(
            LocalizedText(
                fr: "la facture de référence en UBL dont le vendeur a trois cac:PartyTaxScheme, un de TVA et deux autres",
                en: "the reference invoice in UBL whose seller has three cac:PartyTaxScheme elements, one for VAT and two others")
        ) { $0.sourceFacts = repeatedFacts(UBLRepetitions(sellerTaxSchemes: 3, sellerVATIdentifiers: 1, buyerVATIdentifiers: 1)) },
        "UBL-SR-44": RuleExample(
            LocalizedText(
                fr: "la facture de référence en UBL dont les deux moyens de paiement portent les identifiants 'FA-2025-0001' et 'FA20250001' (BT-83)",
                en: "the reference invoice in UBL whose two payment means carry payment identifiers 'FA-2025-0001' and 'FA20250001' (BT-83)")
        ) { document in
            document.remittanceInformation = "FA-2025-0001"
            document.sourceFacts = repeatedFacts(
                UBLRepetitions(sellerTaxSchemes: 1, sellerVATIdentifiers: 1, buyerVATIdentifiers: 1, distinctPaymentIDs: 2))
        },
        "UBL-SR-47": RuleExample(
            LocalizedText(
                fr: "la facture de référence payable par virement '30' ou par virement SEPA '58' (BT-81)",
                en: "the reference invoice payable by credit transfer '30' or by SEPA credit transfer '58' (BT-81)")
        ) { document in
            let account = FinancialAccount(id: "FR7630006000011234567890189", name: "Atelier Lumière SARL")
            document.paymentMeans = [PaymentMeans(typeCode: "30", account: account), PaymentMeans(typeCode: "58", account: account)]
        },
    ]

    /// Makes the facts the UBL importer records for the reference invoice, plus one value for `rule`.
    static func recordedFacts(_ rule: String, _ value: String, line: Int, element: String) -> SourceFacts {
        let location = SourceLocation(file: "FA-2025-0001.xml", line: line, element: element)
        return SourceFacts(
            hasMonetaryTotals: true, vatTotalsInInvoiceCurrency: 1,
            syntaxValues: [rule: [SourceValue(value: value, location: location)]])
    }

    /// Makes the facts the UBL importer records for the reference invoice, with these element counts.
    static func repeatedFacts(_ repetitions: UBLRepetitions) -> SourceFacts {
        SourceFacts(hasMonetaryTotals: true, vatTotalsInInvoiceCurrency: 1, ublRepetitions: repetitions)
    }

    /// Makes the seller's quote, a supporting document (BG-24) with an embedded attachment.
    static func quote(mimeCode: String?, filename: String?) -> SupportingDocument {
        SupportingDocument(
            id: "DEVIS-2025-014", description: "Devis accepté",
            attachment: Attachment(mimeCode: mimeCode, filename: filename, encodedLength: 48_212))
    }
}
