import InvoiceModel

extension RuleExample {
    /// French rules on one document: mentions, identity, VAT rates, payment terms, e-invoicing.
    static let frenchDocumentExamples: [String: RuleExample] = [
        "FR-MENT-06": RuleExample(
            LocalizedText(
                fr: "les informations juridiques du vendeur (BT-33) donnent la forme et le capital, sans « RCS » ni ville",
                en: "the seller's legal information (BT-33) gives its form and capital, without \"RCS\" or a city")
        ) { $0.seller?.additionalLegalInfo = "SARL au capital de 8 000 €" },
        "FR-MENT-11": RuleExample(
            LocalizedText(
                fr: "un représentant fiscal (BG-11) avec nom et numéro de TVA, dont l'adresse ne donne que le pays",
                en: "a fiscal representative (BG-11) with a name and VAT number whose address gives only the country")
        ) {
            $0.taxRepresentative = Party(name: "Fiscalis Représentation", vatID: "FR40303265045", address: PostalAddress(country: "FR"))
        },
        "FR-MENT-12": RuleExample(
            LocalizedText(
                fr: "la facture du 08/07/2025 auditée au 30/06/2025 (--as-of)",
                en: "the invoice of 2025-07-08 audited as of 2025-06-30 (--as-of)"),
            configuration: AuditConfiguration(asOf: ExampleInvoice.date("2025-06-30"))
        ) { _ in },
        "FR-MENT-14": RuleExample(
            LocalizedText(
                fr: "une facture d'acompte (386) entièrement payée d'avance (BT-113), sans date de paiement ni BT-7",
                en: "a deposit invoice (386) fully prepaid (BT-113), without a payment date or BT-7")
        ) { document in
            document.kind = .deposit
            document.typeCode = "386"
            document.totals.prepaid = document.totals.taxInclusive
            document.totals.payable = ExampleInvoice.amount("0.00")
        },
        "FR-SPEC-07": RuleExample(
            LocalizedText(
                fr: "la TVA remplacée par le code d'exonération VATEX-EU-D (agences de voyages), sans la mention du régime",
                en: "the VAT replaced by exemption code VATEX-EU-D (travel agents), without the scheme's mention")
        ) { document in
            exempt(&document, category: "E", code: "VATEX-EU-D")
        },
        "FR-SPEC-09": RuleExample(
            LocalizedText(
                fr: "une livraison intracommunautaire (K) vers Berlin dont la ligne 1 est classée 8703 (voitures) au SH, sans caractéristiques",
                en: "an intra-EU supply (K) to Berlin whose line 1 has HS heading 8703 (cars), without characteristics")
        ) { document in
            exempt(&document, category: "K", code: "VATEX-EU-IC")
            let berlin = ExampleInvoice.address("Hauptstraße 5", "10827", "Berlin", country: "DE")
            document.buyer = Party(name: "Autohaus Brandt GmbH", vatID: "DE136695976", address: berlin)
            document.delivery = Delivery(party: Party(address: berlin))
            document.lines[0].item = Item(classifications: [Classification(value: "870323", listID: "HS")])
        },
        "FR-SPEC-11": RuleExample(
            LocalizedText(
                fr: "la configuration dit le vendeur membre d'un assujetti unique ; la facture ne le mentionne pas",
                en: "the configuration says the seller is a VAT group member; the invoice does not say so"),
            configuration: AuditConfiguration(issuer: IssuerConfiguration(vatGroupMember: true))
        ) { _ in },
        "FR-DEP-08": RuleExample(
            LocalizedText(
                fr: "une facture d'acompte (386) avec le cadre de facturation B4 des factures finales",
                en: "a deposit invoice (386) with the final invoices' business process B4")
        ) { document in
            document.kind = .deposit
            document.typeCode = "386"
            document.businessProcess = "B4"
        },
        "FR-VAT-03": RuleExample(
            LocalizedText(
                fr: "l'acheteur livré à Pointe-à-Pitre (97110), facturé avec la TVA à 20 %",
                en: "the buyer supplied in Pointe-à-Pitre (97110), invoiced with 20 % VAT")
        ) { document in
            let guadeloupe = ExampleInvoice.address("12 rue Frébault", "97110", "Pointe-à-Pitre")
            document.buyer?.address = guadeloupe
            document.delivery = Delivery(party: Party(address: guadeloupe))
        },
    ]

    /// Puts every line and the breakdown of the reference invoice in an exempt `category` at 0 %
    /// with the exemption `code`, and removes the VAT from the totals.
    static func exempt(_ document: inout Document, category: String, code: String) {
        for index in document.lines.indices {
            document.lines[index].vatCategory = category
            document.lines[index].vatRate = ExampleInvoice.amount("0")
        }
        let net = document.totals.taxExclusive
        document.vatBreakdown = [
            VATBreakdown(
                category: category, rate: ExampleInvoice.amount("0"), taxableAmount: net, taxAmount: ExampleInvoice.amount("0.00"),
                exemptionReasonCode: code)
        ]
        document.totals.vat = ExampleInvoice.amount("0.00")
        document.totals.taxInclusive = net
        document.totals.payable = net
    }
}
