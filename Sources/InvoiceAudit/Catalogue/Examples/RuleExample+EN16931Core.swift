import InvoiceModel

extension RuleExample {
    /// EN 16931 presence and structure rules: BR-01 to BR-65 and BR-B-*.
    static let en16931CoreExamples: [String: RuleExample] = en16931HeaderExamples.merging(en16931LineExamples) { first, _ in first }

    /// BR-01 to BR-20 and BR-B-*: the document, its parties and its VAT categories.
    static let en16931HeaderExamples: [String: RuleExample] = [
        "BR-01": example("la facture de référence sans identifiant de spécification (BT-24)", "the reference invoice without a specification identifier (BT-24)") {
            $0.specification = nil
        },
        "BR-02": example("la facture de référence sans numéro (BT-1)", "the reference invoice without a number (BT-1)") {
            $0.number = nil
        },
        "BR-03": example("la facture de référence sans date d'émission (BT-2)", "the reference invoice without an issue date (BT-2)") {
            $0.issueDate = nil
        },
        "BR-04": example("la facture de référence sans code de type (BT-3)", "the reference invoice without a type code (BT-3)") {
            $0.typeCode = nil
        },
        "BR-05": example("la facture de référence sans code de devise (BT-5)", "the reference invoice without a currency code (BT-5)") {
            $0.currency = nil
        },
        "BR-06": example("la facture de référence sans nom du vendeur (BT-27)", "the reference invoice without the seller's name (BT-27)") {
            $0.seller?.name = nil
        },
        "BR-07": example("la facture de référence sans nom de l'acheteur (BT-44)", "the reference invoice without the buyer's name (BT-44)") {
            $0.buyer?.name = nil
        },
        "BR-08": example("la facture de référence sans adresse postale du vendeur (BG-5)", "the reference invoice without the seller's postal address (BG-5)") {
            $0.seller?.address = nil
        },
        "BR-09": example(
            "l'adresse du vendeur (BG-5) « 14 rue des Vinaigriers, 75010 Paris » sans code pays (BT-40)",
            "the seller's address (BG-5) '14 rue des Vinaigriers, 75010 Paris' without a country code (BT-40)"
        ) { $0.seller?.address?.country = nil },
        "BR-10": example("la facture de référence sans adresse postale de l'acheteur (BG-8)", "the reference invoice without the buyer's postal address (BG-8)") {
            $0.buyer?.address = nil
        },
        "BR-11": example(
            "l'adresse de l'acheteur (BG-8) « 58 quai de Jemmapes, 75010 Paris » sans code pays (BT-55)",
            "the buyer's address (BG-8) '58 quai de Jemmapes, 75010 Paris' without a country code (BT-55)"
        ) { $0.buyer?.address?.country = nil },
        "BR-12": example(
            "les totaux de la facture de référence sans la somme des montants nets des lignes (BT-106)",
            "the reference invoice's totals without the sum of line net amounts (BT-106)"
        ) { $0.totals.lineNet = nil },
        "BR-13": example(
            "les totaux de la facture de référence sans le total hors TVA (BT-109)",
            "the reference invoice's totals without the total without VAT (BT-109)"
        ) { $0.totals.taxExclusive = nil },
        "BR-14": example(
            "les totaux de la facture de référence sans le total TVA comprise (BT-112)",
            "the reference invoice's totals without the total with VAT (BT-112)"
        ) { $0.totals.taxInclusive = nil },
        "BR-15": example(
            "les totaux de la facture de référence sans le montant à payer (BT-115)",
            "the reference invoice's totals without the amount due (BT-115)"
        ) { $0.totals.payable = nil },
        "BR-16": example(
            "la facture de référence avec ses totaux mais sans aucune ligne (BG-25)",
            "the reference invoice with its totals but without any line (BG-25)"
        ) { $0.lines = [] },
        "BR-17": example(
            "un bénéficiaire (BG-10) identifié par 'AFF-2291' mais sans nom (BT-59)",
            "a payee (BG-10) identified as 'AFF-2291' but without a name (BT-59)"
        ) { $0.payee = Party(identifiers: [Identifier(value: "AFF-2291")]) },
        "BR-18": example(
            "un représentant fiscal (BG-11) avec numéro de TVA et adresse mais sans nom (BT-62)",
            "a tax representative (BG-11) with a VAT identifier and an address but without a name (BT-62)"
        ) { $0.taxRepresentative = taxRepresentative(name: nil) },
        "BR-19": example(
            "un représentant fiscal (BG-11) 'Fiscalis Conseil' sans adresse postale (BG-12)",
            "a tax representative (BG-11) 'Fiscalis Conseil' without a postal address (BG-12)"
        ) { $0.taxRepresentative = taxRepresentative(address: nil) },
        "BR-20": example(
            "un représentant fiscal 'Fiscalis Conseil' dont l'adresse (BG-12) n'a pas de code pays (BT-69)",
            "a tax representative 'Fiscalis Conseil' whose address (BG-12) has no country code (BT-69)"
        ) { $0.taxRepresentative = taxRepresentative(address: PostalAddress(lines: ["3 rue Rossini"], city: "Paris", postalCode: "75009")) },
        "BR-B-01": example(
            "les deux lignes et la ventilation en paiement scindé (catégorie B) entre deux sociétés françaises",
            "both lines and the breakdown in split payment (category B) between two French companies"
        ) { document in
            for index in document.lines.indices { document.lines[index].vatCategory = "B" }
            document.vatBreakdown[0].category = "B"
        },
        "BR-B-02": example(
            "vendeur, acheteur et livraison en Italie (IT), la ligne 2 en paiement scindé (B) et la ligne 1 au taux normal (S)",
            "seller, buyer and delivery in Italy (IT), line 2 in split payment (B) and line 1 at the standard rate (S)"
        ) { document in
            document.seller?.address?.country = "IT"
            document.buyer?.address?.country = "IT"
            document.delivery?.party?.address?.country = "IT"
            document.lines[1].vatCategory = "B"
            document.vatBreakdown = [
                VATBreakdown(category: "S", rate: ExampleInvoice.amount("20"), taxableAmount: ExampleInvoice.amount("831.60"), taxAmount: ExampleInvoice.amount("166.32")),
                VATBreakdown(category: "B", rate: ExampleInvoice.amount("20"), taxableAmount: ExampleInvoice.amount("400.00"), taxAmount: ExampleInvoice.amount("80.00")),
            ]
        },
    ]

    /// Returns the tax representative Fiscalis Conseil (BG-11) in Paris, without what the caller sets to `nil`.
    private static func taxRepresentative(
        name: String? = "Fiscalis Conseil", vatID: String? = "FR47528341901",
        address: PostalAddress? = ExampleInvoice.address("3 rue Rossini", "75009", "Paris")
    ) -> Party {
        Party(name: name, vatID: vatID, address: address)
    }
}

/// Makes the example of the reference invoice changed by `change`, described in both languages.
private func example(_ fr: String, _ en: String, change: @escaping @Sendable (inout Document) -> Void) -> RuleExample {
    RuleExample(LocalizedText(fr: fr, en: en), change: change)
}
