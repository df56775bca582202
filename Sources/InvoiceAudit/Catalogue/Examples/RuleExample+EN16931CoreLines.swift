import InvoiceModel

private typealias T = ExampleInvoice

extension RuleExample {
    /// BR-21 to BR-65: lines, allowances and charges, the VAT breakdown, payment and references.
    static let en16931LineExamples: [String: RuleExample] = [
        "BR-21": example("la ligne 2 sans identifiant (BT-126)", "line 2 without an identifier (BT-126)") {
            $0.lines[1].id = nil
        },
        "BR-22": example("la ligne 2 sans quantité facturée (BT-129)", "line 2 without an invoiced quantity (BT-129)") {
            $0.lines[1].quantity = nil
        },
        "BR-23": example("la ligne 2 sans unité de mesure (BT-130)", "line 2 without a unit of measure (BT-130)") {
            $0.lines[1].unit = nil
        },
        "BR-24": example(
            "la ligne 2 sans montant net (BT-131), la somme des lignes (BT-106) restant à 1231,60",
            "line 2 without a net amount (BT-131), the sum of lines (BT-106) still 1231.60"
        ) { $0.lines[1].netAmount = nil },
        "BR-25": example(
            "la ligne 2 sans nom d'article (BT-153) au lieu de « Pose et raccordement »",
            "line 2 without an item name (BT-153) instead of 'Pose et raccordement'"
        ) { $0.lines[1].description = nil },
        "BR-26": example("la ligne 2 sans prix unitaire net (BT-146)", "line 2 without a net unit price (BT-146)") {
            $0.lines[1].netPrice = nil
        },
        "BR-27": example(
            "une ligne 3 de remise écrite en prix négatif : 1 × -31,60 (BT-146), totaux recalculés",
            "a discount line 3 written as a negative price: 1 × -31.60 (BT-146), totals recomputed"
        ) { document in
            document.lines.append(T.line("3", "Remise fidélité", quantity: "1", unit: "C62", price: "-31.60", net: "-31.60"))
            T.rebalance(&document)
        },
        "BR-28": example(
            "la ligne 1 avec un prix brut (BT-148) de -415,80, signe inversé",
            "line 1 with a gross price (BT-148) of -415.80, its sign reversed"
        ) { $0.lines[0].grossPrice = T.amount("-415.80") },
        "BR-29": example(
            "une période de facturation (BG-14) du 30/06/2025 (BT-73) au 01/06/2025 (BT-74)",
            "an invoicing period (BG-14) from 2025-06-30 (BT-73) to 2025-06-01 (BT-74)"
        ) { $0.invoicePeriod = Period(start: T.date("2025-06-30"), end: T.date("2025-06-01")) },
        "BR-30": example(
            "la ligne 2 avec une période (BG-26) du 04/07/2025 (BT-134) au 03/07/2025 (BT-135)",
            "line 2 with a period (BG-26) from 2025-07-04 (BT-134) to 2025-07-03 (BT-135)"
        ) { $0.lines[1].period = Period(start: T.date("2025-07-04"), end: T.date("2025-07-03")) },
        "BR-31": example(
            "une remise de document (BG-20) « Remise fidélité » sans montant (BT-92)",
            "a document allowance (BG-20) 'Remise fidélité' without an amount (BT-92)"
        ) { document in
            var allowance = T.loyaltyDiscount()
            allowance.amount = nil
            T.adjust(&document, with: allowance)
        },
        "BR-32": example(
            "une remise de document « Remise fidélité » de 61,58 sans catégorie de TVA (BT-95)",
            "a document allowance 'Remise fidélité' of 61.58 without a VAT category (BT-95)"
        ) { document in
            var allowance = T.loyaltyDiscount()
            allowance.vatCategory = nil
            T.adjust(&document, with: allowance)
        },
        "BR-33": example(
            "une remise de document de 61,58 sans motif (BT-97) ni code motif (BT-98)",
            "a document allowance of 61.58 without a reason (BT-97) or reason code (BT-98)"
        ) { document in
            var allowance = T.loyaltyDiscount()
            (allowance.reason, allowance.reasonCode) = (nil, nil)
            T.adjust(&document, with: allowance)
        },
        "BR-36": example(
            "une charge de document (BG-21) « Frais de livraison » sans montant (BT-99)",
            "a document charge (BG-21) 'Frais de livraison' without an amount (BT-99)"
        ) { document in
            var charge = T.deliveryCharge()
            charge.amount = nil
            T.adjust(&document, with: charge)
        },
        "BR-37": example(
            "une charge de document « Frais de livraison » de 25,00 sans catégorie de TVA (BT-102)",
            "a document charge 'Frais de livraison' of 25.00 without a VAT category (BT-102)"
        ) { document in
            var charge = T.deliveryCharge()
            charge.vatCategory = nil
            T.adjust(&document, with: charge)
        },
        "BR-38": example(
            "une charge de document de 25,00 sans motif (BT-104) ni code motif (BT-105)",
            "a document charge of 25.00 without a reason (BT-104) or reason code (BT-105)"
        ) { document in
            var charge = T.deliveryCharge()
            (charge.reason, charge.reasonCode) = (nil, nil)
            T.adjust(&document, with: charge)
        },
        "BR-41": example(
            "la ligne 2 avec une remise (BG-27) « Remise chantier » sans montant (BT-136)",
            "line 2 with an allowance (BG-27) 'Remise chantier' without an amount (BT-136)"
        ) { document in
            var allowance = T.lineDiscount()
            allowance.amount = nil
            T.adjust(&document, line: 1, with: allowance)
        },
        "BR-42": example(
            "la ligne 2 avec une remise de 40,00 sans motif (BT-139) ni code motif (BT-140)",
            "line 2 with an allowance of 40.00 without a reason (BT-139) or reason code (BT-140)"
        ) { document in
            var allowance = T.lineDiscount()
            (allowance.reason, allowance.reasonCode) = (nil, nil)
            T.adjust(&document, line: 1, with: allowance)
        },
        "BR-43": example(
            "la ligne 1 avec une charge (BG-28) « Emballage renforcé » sans montant (BT-141)",
            "line 1 with a charge (BG-28) 'Emballage renforcé' without an amount (BT-141)"
        ) { document in
            var charge = T.packagingCharge()
            charge.amount = nil
            T.adjust(&document, line: 0, with: charge)
        },
        "BR-44": example(
            "la ligne 1 avec une charge de 12,00 sans motif (BT-144) ni code motif (BT-145)",
            "line 1 with a charge of 12.00 without a reason (BT-144) or reason code (BT-145)"
        ) { document in
            var charge = T.packagingCharge()
            (charge.reason, charge.reasonCode) = (nil, nil)
            T.adjust(&document, line: 0, with: charge)
        },
        "BR-45": example(
            "la ventilation de TVA (BG-23) sans base imposable (BT-116)",
            "the VAT breakdown (BG-23) without a taxable amount (BT-116)"
        ) { $0.vatBreakdown[0].taxableAmount = nil },
        "BR-46": example(
            "la ventilation de TVA (BG-23) sans montant de TVA (BT-117)",
            "the VAT breakdown (BG-23) without a VAT amount (BT-117)"
        ) { $0.vatBreakdown[0].taxAmount = nil },
        "BR-47": example(
            "la ventilation de TVA (BG-23) sans code de catégorie (BT-118)",
            "the VAT breakdown (BG-23) without a category code (BT-118)"
        ) { $0.vatBreakdown[0].category = nil },
        "BR-48": example(
            "la ventilation de TVA de catégorie S sans taux (BT-119)",
            "the VAT breakdown of category S without a rate (BT-119)"
        ) { $0.vatBreakdown[0].rate = nil },
        "BR-49": example(
            "une instruction de paiement (BG-16) avec l'IBAN du vendeur mais sans code de moyen de paiement (BT-81)",
            "a payment instruction (BG-16) with the seller's IBAN but without a payment means code (BT-81)"
        ) { $0.paymentMeans = [PaymentMeans(account: FinancialAccount(id: sellerIBAN))] },
        "BR-50": example(
            "un virement SEPA (BT-81 '58') dont le compte (BG-17) n'a que le nom du titulaire, sans IBAN (BT-84)",
            "a SEPA credit transfer (BT-81 '58') whose account (BG-17) has only the holder's name, no IBAN (BT-84)"
        ) { $0.paymentMeans = [PaymentMeans(typeCode: "58", account: FinancialAccount(name: "Atelier Lumière SARL"))] },
        "BR-51": example(
            "un paiement par carte (BT-81 '48') avec le numéro de carte complet '4970101234567890' (BT-87)",
            "a card payment (BT-81 '48') with the full card number '4970101234567890' (BT-87)"
        ) { $0.paymentMeans = [PaymentMeans(typeCode: "48", card: PaymentCard(primaryAccountNumber: "4970101234567890"))] },
        "BR-52": example(
            "une pièce justificative (BG-24) « Bon de livraison » sans référence (BT-122)",
            "a supporting document (BG-24) 'Bon de livraison' without a reference (BT-122)"
        ) { $0.supportingDocuments = [SupportingDocument(description: "Bon de livraison")] },
        "BR-53": example(
            "la facture de référence en francs suisses (BT-5 'CHF') avec la TVA comptabilisée en euros (BT-6 'EUR'), sans total de TVA en euros (BT-111)",
            "the reference invoice in Swiss francs (BT-5 'CHF') with its VAT accounted in euros (BT-6 'EUR'), without a VAT total in euros (BT-111)"
        ) { document in
            document.currency = "CHF"
            document.vatAccountingCurrency = "EUR"
        },
        "BR-54": example(
            "la ligne 1 avec un attribut d'article (BG-32) « Finition » sans valeur (BT-161)",
            "line 1 with an item attribute (BG-32) 'Finition' without a value (BT-161)"
        ) { $0.lines[0].item = Item(attributes: [ItemAttribute(name: "Finition", value: "")]) },
        "BR-55": example(
            "une référence à une facture antérieure (BG-3) datée du 12/06/2025 mais sans numéro (BT-25)",
            "a preceding invoice reference (BG-3) dated 2025-06-12 but without a number (BT-25)"
        ) { $0.precedingInvoices = [InvoiceReference(number: "", issueDate: T.date("2025-06-12"))] },
        "BR-56": example(
            "un représentant fiscal (BG-11) 'Fiscalis Conseil' sans numéro de TVA (BT-63)",
            "a tax representative (BG-11) 'Fiscalis Conseil' without a VAT identifier (BT-63)"
        ) {
            $0.taxRepresentative = Party(name: "Fiscalis Conseil", address: T.address("3 rue Rossini", "75009", "Paris"))
        },
        "BR-57": example(
            "l'adresse de livraison (BG-15) sans code pays (BT-80)",
            "the deliver-to address (BG-15) without a country code (BT-80)"
        ) { $0.delivery?.party?.address?.country = nil },
        "BR-61": example(
            "un virement SEPA (BT-81 '58') sans aucun compte à créditer (BT-84)",
            "a SEPA credit transfer (BT-81 '58') without any account to credit (BT-84)"
        ) { $0.paymentMeans = [PaymentMeans(typeCode: "58")] },
        "BR-62": example(
            "l'adresse électronique du vendeur (BT-34) '812476356' sans identifiant de schéma (BT-34-1)",
            "the seller's electronic address (BT-34) '812476356' without a scheme identifier (BT-34-1)"
        ) { $0.seller?.electronicAddress = Identifier(value: "812476356") },
        "BR-63": example(
            "l'adresse électronique de l'acheteur (BT-49) '839062510' sans identifiant de schéma (BT-49-1)",
            "the buyer's electronic address (BT-49) '839062510' without a scheme identifier (BT-49-1)"
        ) { $0.buyer?.electronicAddress = Identifier(value: "839062510") },
        "BR-64": example(
            "la ligne 1 avec l'identifiant standard d'article (BT-157) '3760123450019' sans schéma (BT-157-1)",
            "line 1 with the item standard identifier (BT-157) '3760123450019' without a scheme (BT-157-1)"
        ) { $0.lines[0].item = Item(standardID: Identifier(value: "3760123450019")) },
        "BR-65": example(
            "la ligne 1 avec le code de classification d'article (BT-158) '31531' sans schéma (BT-158-1)",
            "line 1 with the item classification code (BT-158) '31531' without a scheme (BT-158-1)"
        ) { $0.lines[0].item = Item(classifications: [Classification(value: "31531")]) },
    ]

    private static let sellerIBAN = "FR7630006000011234567890189"
}

/// Makes the example of the reference invoice changed by `change`, described in both languages.
private func example(_ fr: String, _ en: String, change: @escaping @Sendable (inout Document) -> Void) -> RuleExample {
    RuleExample(LocalizedText(fr: fr, en: en), change: change)
}
