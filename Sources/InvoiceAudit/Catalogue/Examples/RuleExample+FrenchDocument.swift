import InvoiceModel

extension RuleExample {
    /// Returns an example on the reference invoice re-dated 2026-10-01, due 30 days later, from a
    /// large company, so that the e-invoicing mentions (FR-EINV-*) bind it.
    static func afterReform(
        _ situation: LocalizedText, vatOnDebits: Bool? = nil, change: @escaping @Sendable (inout Document) -> Void
    ) -> RuleExample {
        let issuer = IssuerConfiguration(category: .large, vatOnDebits: vatOnDebits)
        return RuleExample(situation, configuration: AuditConfiguration(issuer: issuer)) { document in
            document.issueDate = ExampleInvoice.date("2026-10-01")
            document.dueDate = ExampleInvoice.date("2026-10-31")
            change(&document)
        }
    }

    /// Puts every line and the breakdown of `document` in `category` at 0 %, without VAT.
    static func zeroRate(_ document: inout Document, _ category: String, reason: String? = nil, code: String? = nil) {
        for index in document.lines.indices {
            document.lines[index].vatCategory = category
            document.lines[index].vatRate = ExampleInvoice.amount("0")
        }
        let net = document.totals.taxExclusive
        document.vatBreakdown = [
            VATBreakdown(
                category: category, rate: ExampleInvoice.amount("0"), taxableAmount: net, taxAmount: ExampleInvoice.amount("0.00"),
                exemptionReason: reason, exemptionReasonCode: code)
        ]
        document.totals.vat = ExampleInvoice.amount("0.00")
        document.totals.taxInclusive = net
        document.totals.payable = net
    }

    /// Puts every line and the breakdown of the reference invoice in an exempt `category` at 0 %
    /// with the exemption `code`, and removes the VAT from the totals.
    static func exempt(_ document: inout Document, category: String, code: String) {
        zeroRate(&document, category, code: code)
    }

    /// Makes the reference invoice an intra-EU supply (category K) to a Belgian bookshop,
    /// delivered in Brussels on 2025-07-04.
    static func intraEUSupply(_ document: inout Document, code: String?) {
        zeroRate(&document, "K", code: code)
        let brussels = ExampleInvoice.address("Rue de la Loi 12", "1040", "Bruxelles", country: "BE")
        document.buyer = Party(name: "Librairie des Étangs SRL", vatID: "BE0654321022", address: brussels)
        document.delivery = Delivery(party: Party(address: brussels))
        document.delivery?.actualDate = ExampleInvoice.date("2025-07-04")
    }

    /// French rules on one document: mentions, identity, VAT rates, payment terms, e-invoicing.
    static let frenchDocumentExamples: [String: RuleExample] = [
        "FR-DEP-08": RuleExample(
            LocalizedText(
                fr: "une facture d'acompte (386) avec le cadre de facturation B4 des factures finales",
                en: "a deposit invoice (386) with the final invoices' business process B4")
        ) { document in
            document.kind = .deposit
            document.typeCode = "386"
            document.businessProcess = "B4"
        },
        "FR-EINV-01": afterReform(
            LocalizedText(
                fr: "la facture de référence datée du 01/10/2026 par une grande entreprise, sans SIREN de l'acheteur (BT-47)",
                en: "the reference invoice dated 2026-10-01 by a large company, without the buyer's SIREN (BT-47)")
        ) { $0.buyer?.siren = nil },
        "FR-EINV-02": afterReform(
            LocalizedText(
                fr: "la facture de référence datée du 01/10/2026 par une grande entreprise, opération mixte (M1) sans adresse de livraison (BG-15)",
                en: "the reference invoice dated 2026-10-01 by a large company, a mixed supply (M1) without a delivery address (BG-15)")
        ) { $0.delivery = nil },
        "FR-EINV-03": afterReform(
            LocalizedText(
                fr: "la facture de référence datée du 01/10/2026 par une grande entreprise, sans catégorie d'opération (BT-23)",
                en: "the reference invoice dated 2026-10-01 by a large company, without an operation category (BT-23)")
        ) {
            $0.businessProcess = nil
            $0.operationCategory = nil
        },
        "FR-EINV-04": afterReform(
            LocalizedText(
                fr: "la facture de référence datée du 01/10/2026 par une grande entreprise qui a opté pour la TVA d'après les débits (configuration), sans la mention de l'option",
                en: "the reference invoice dated 2026-10-01 by a large company that opted for VAT on debits (configuration), without the option's mention"),
            vatOnDebits: true
        ) { _ in },
        "FR-ID-01": RuleExample(
            LocalizedText(
                fr: "le numéro de TVA du vendeur (BT-31) écrit FR83812476356 au lieu de FR82812476356",
                en: "the seller's VAT number (BT-31) written FR83812476356 instead of FR82812476356")
        ) { $0.seller?.vatID = "FR83812476356" },
        "FR-ID-02": RuleExample(
            LocalizedText(
                fr: "le numéro de TVA du vendeur (BT-31) FR44732829320, valide mais d'une autre entreprise que son SIREN 812476356",
                en: "the seller's VAT number (BT-31) FR44732829320, valid but of another company than its SIREN 812476356")
        ) { $0.seller?.vatID = "FR44732829320" },
        "FR-MENT-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence sans ville du vendeur (BT-37)",
                en: "the reference invoice without the seller's city (BT-37)")
        ) { $0.seller?.address?.city = nil },
        "FR-MENT-02": RuleExample(
            LocalizedText(
                fr: "la facture de référence sans ville de l'acheteur (BT-52)",
                en: "the reference invoice without the buyer's city (BT-52)")
        ) { $0.buyer?.address?.city = nil },
        "FR-MENT-04": RuleExample(
            LocalizedText(
                fr: "le SIRET du vendeur (BT-30) saisi 81247635600018, dernier chiffre faux",
                en: "the seller's SIRET (BT-30) typed 81247635600018, with a wrong last digit")
        ) { $0.seller?.siret = "81247635600018" },
        "FR-MENT-05": RuleExample(
            LocalizedText(
                fr: "le SIREN de l'acheteur (BT-47) saisi 839062511, dernier chiffre faux",
                en: "the buyer's SIREN (BT-47) typed 839062511, with a wrong last digit")
        ) { $0.buyer?.siren = "839062511" },
        "FR-MENT-06": RuleExample(
            LocalizedText(
                fr: "les informations juridiques du vendeur (BT-33) donnent la forme et le capital, sans « RCS » ni ville",
                en: "the seller's legal information (BT-33) gives its form and capital, without \"RCS\" or a city")
        ) { $0.seller?.additionalLegalInfo = "SARL au capital de 8 000 €" },
        "FR-MENT-07": RuleExample(
            LocalizedText(
                fr: "les informations juridiques du vendeur (BT-33) « SARL, RCS Paris 812 476 356 », sans capital social",
                en: "the seller's legal information (BT-33) \"SARL, RCS Paris 812 476 356\", without the share capital")
        ) { $0.seller?.additionalLegalInfo = "SARL, RCS Paris 812 476 356" },
        "FR-MENT-08": RuleExample(
            LocalizedText(
                fr: "un vendeur, Jeanne Martin, dont les informations juridiques (BT-33) disent « Micro-entrepreneur » sans « EI »",
                en: "a seller, Jeanne Martin, whose legal information (BT-33) says \"Micro-entrepreneur\" without \"EI\"")
        ) {
            $0.seller?.name = "Jeanne Martin"
            $0.seller?.additionalLegalInfo = "Micro-entrepreneur, SIREN 812 476 356"
        },
        "FR-MENT-09": RuleExample(
            LocalizedText(
                fr: "la facture de référence, 1\u{202F}231,60 € HT, sans numéro de TVA du vendeur (BT-31)",
                en: "the reference invoice, 1231.60 € without VAT, without the seller's VAT number (BT-31)")
        ) { $0.seller?.vatID = nil },
        "FR-MENT-10": RuleExample(
            LocalizedText(
                fr: "une livraison intracommunautaire (catégorie K, VATEX-EU-IC) à une librairie belge sans numéro de TVA de l'acheteur (BT-48)",
                en: "an intra-EU supply (category K, VATEX-EU-IC) to a Belgian bookshop without the buyer's VAT number (BT-48)")
        ) {
            intraEUSupply(&$0, code: "VATEX-EU-IC")
            $0.buyer?.vatID = nil
        },
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
        "FR-MENT-16": RuleExample(
            LocalizedText(
                fr: "la facture de référence du 08/07/2025 pour une livraison du 07/06/2025 (BT-72)",
                en: "the reference invoice of 2025-07-08 for a delivery on 2025-06-07 (BT-72)")
        ) { $0.delivery?.actualDate = ExampleInvoice.date("2025-06-07") },
        "FR-MENT-17": RuleExample(
            LocalizedText(
                fr: "la ligne 2 désignée seulement « Divers » (BT-153)",
                en: "line 2 described only as \"Divers\" (BT-153)")
        ) { $0.lines[1].description = "Divers" },
        "FR-MENT-21": RuleExample(
            LocalizedText(
                fr: "la facture de référence en dollars (BT-5 « USD ») sans total de TVA en euros (BT-111)",
                en: "the reference invoice in US dollars (BT-5 \"USD\") without the VAT total in euros (BT-111)")
        ) { $0.currency = "USD" },
        "FR-MENT-22": RuleExample(
            LocalizedText(
                fr: "un vendeur en franchise en base (configuration) dont la facture porte la mention de l'art. 293 B mais facture 246,32 € de TVA",
                en: "a seller under the franchise en base (configuration) whose invoice carries the art. 293 B mention but charges 246.32 € of VAT"),
            configuration: AuditConfiguration(issuer: IssuerConfiguration(franchise: true))
        ) { $0.notes.append(Note(text: "TVA non applicable, art. 293 B du CGI")) },
        "FR-NUM-08": RuleExample(
            LocalizedText(
                fr: "la facture de référence numérotée « FA n°2025-0001 » (BT-1), avec un « ° »",
                en: "the reference invoice numbered \"FA n°2025-0001\" (BT-1), with a \"°\"")
        ) { $0.number = "FA n°2025-0001" },
        "FR-PAY-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec les conditions « paiement à 30 jours » (BT-20) mais sans date d'échéance (BT-9)",
                en: "the reference invoice with the terms \"paiement à 30 jours\" (BT-20) but without a due date (BT-9)")
        ) {
            $0.dueDate = nil
            $0.paymentTerms = "Paiement à 30 jours"
        },
        "FR-PAY-02": RuleExample(
            LocalizedText(
                fr: "la facture de référence sans la note d'escompte (BT-21 « AAB »)",
                en: "the reference invoice without the discount note (BT-21 \"AAB\")")
        ) { $0.notes.removeAll { $0.subject == "AAB" } },
        "FR-PAY-03": RuleExample(
            LocalizedText(
                fr: "la facture de référence sans la note des pénalités de retard (BT-21 « PMD »)",
                en: "the reference invoice without the late-payment penalty note (BT-21 \"PMD\")")
        ) { $0.notes.removeAll { $0.subject == "PMD" } },
        "FR-PAY-04": RuleExample(
            LocalizedText(
                fr: "la facture de référence sans la note de l'indemnité de recouvrement (BT-21 « PMT »)",
                en: "the reference invoice without the recovery indemnity note (BT-21 \"PMT\")")
        ) { $0.notes.removeAll { $0.subject == "PMT" } },
        "FR-SPEC-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence sans TVA, exonérée avec le code VATEX-FR-FRANCHISE (BT-121) mais sans la mention de l'art. 293 B",
                en: "the reference invoice without VAT, exempt with code VATEX-FR-FRANCHISE (BT-121) but without the art. 293 B mention")
        ) { zeroRate(&$0, "E", reason: "Exonération", code: "VATEX-FR-FRANCHISE") },
        "FR-SPEC-02": RuleExample(
            LocalizedText(
                fr: "la facture de référence exonérée (catégorie E, 0 %) sans motif d'exonération (BT-120, BT-121)",
                en: "the reference invoice exempt (category E, 0 %) without an exemption reason (BT-120, BT-121)")
        ) { zeroRate(&$0, "E") },
        "FR-SPEC-03": RuleExample(
            LocalizedText(
                fr: "une livraison intracommunautaire (catégorie K, 0 %) à une librairie belge sans mention ni code d'exonération",
                en: "an intra-EU supply (category K, 0 %) to a Belgian bookshop without an exemption mention or code")
        ) { intraEUSupply(&$0, code: nil) },
        "FR-SPEC-04": RuleExample(
            LocalizedText(
                fr: "la facture de référence en exportation (catégorie G, 0 %) sans mention ni code d'exonération",
                en: "the reference invoice as an export (category G, 0 %) without an exemption mention or code")
        ) { zeroRate(&$0, "G") },
        "FR-SPEC-05": RuleExample(
            LocalizedText(
                fr: "la facture de référence en autoliquidation (catégorie AE, VATEX-EU-AE) sans le mot « Autoliquidation »",
                en: "the reference invoice under reverse charge (category AE, VATEX-EU-AE) without the word \"Autoliquidation\"")
        ) { zeroRate(&$0, "AE", code: "VATEX-EU-AE") },
        "FR-SPEC-06": RuleExample(
            LocalizedText(
                fr: "la facture de référence autofacturée (BT-3 « 389 ») sans la mention « Autofacturation »",
                en: "the reference invoice self-billed (BT-3 \"389\") without the \"Autofacturation\" mention")
        ) {
            $0.kind = .selfBilled
            $0.typeCode = "389"
        },
        "FR-SPEC-07": RuleExample(
            LocalizedText(
                fr: "la TVA remplacée par le code d'exonération VATEX-EU-D (agences de voyages), sans la mention du régime",
                en: "the VAT replaced by exemption code VATEX-EU-D (travel agents), without the scheme's mention")
        ) { document in
            exempt(&document, category: "E", code: "VATEX-EU-D")
        },
        "FR-SPEC-08": RuleExample(
            LocalizedText(
                fr: "la facture de référence sous le régime de la marge des biens d'occasion (VATEX-EU-F) sans la mention « Régime particulier – Biens d'occasion »",
                en: "the reference invoice under the second-hand goods margin scheme (VATEX-EU-F) without the \"Régime particulier – Biens d'occasion\" mention")
        ) { zeroRate(&$0, "E", code: "VATEX-EU-F") },
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
        "FR-SPEC-10": RuleExample(
            LocalizedText(
                fr: "la facture de référence avec la mention « Option pour le paiement de la taxe d'après les débits », option non exercée selon la configuration",
                en: "the reference invoice with the \"Option pour le paiement de la taxe d'après les débits\" mention, an option not taken according to the configuration"),
            configuration: AuditConfiguration(issuer: IssuerConfiguration(vatOnDebits: false))
        ) { $0.notes.append(Note(text: "Option pour le paiement de la taxe d'après les débits")) },
        "FR-SPEC-11": RuleExample(
            LocalizedText(
                fr: "la configuration dit le vendeur membre d'un assujetti unique ; la facture ne le mentionne pas",
                en: "the configuration says the seller is a VAT group member; the invoice does not say so"),
            configuration: AuditConfiguration(issuer: IssuerConfiguration(vatGroupMember: true))
        ) { _ in },
        "FR-TERM-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence du 08/07/2025 due le 20/10/2025 (BT-9), 104 jours plus tard",
                en: "the reference invoice of 2025-07-08 due on 2025-10-20 (BT-9), 104 days later")
        ) { $0.dueDate = ExampleInvoice.date("2025-10-20") },
        "FR-TERM-02": RuleExample(
            LocalizedText(
                fr: "la facture de référence du 08/07/2025 due le 10/09/2025 (BT-9), 64 jours plus tard, sans mention « 45 jours fin de mois »",
                en: "the reference invoice of 2025-07-08 due on 2025-09-10 (BT-9), 64 days later, without a \"45 jours fin de mois\" mention")
        ) { $0.dueDate = ExampleInvoice.date("2025-09-10") },
        "FR-TERM-03": RuleExample(
            LocalizedText(
                fr: "la facture de référence récapitulant juin 2025 (BG-14), due le 27/08/2025, 50 jours après sa date",
                en: "the reference invoice grouping June 2025 (BG-14), due on 2025-08-27, 50 days after its date")
        ) {
            $0.invoicePeriod = Period(start: ExampleInvoice.date("2025-06-01"), end: ExampleInvoice.date("2025-06-30"))
            $0.dueDate = ExampleInvoice.date("2025-08-27")
        },
        "FR-TERM-04": RuleExample(
            LocalizedText(
                fr: "la note des pénalités (BT-21 « PMD ») « Pénalités de retard au taux annuel de 5 % »",
                en: "the penalty note (BT-21 \"PMD\") \"Pénalités de retard au taux annuel de 5 %\"")
        ) { $0.notes[1] = Note(subject: "PMD", text: "Pénalités de retard au taux annuel de 5 %") },
        "FR-VAT-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence au taux de 19,6 % (BT-152), abrogé en 2014, montants recalculés",
                en: "the reference invoice at the 19.6 % rate (BT-152), abolished in 2014, with amounts recomputed")
        ) { document in
            let rate = ExampleInvoice.amount("19.6")
            for index in document.lines.indices { document.lines[index].vatRate = rate }
            document.vatBreakdown[0].rate = rate
            document.vatBreakdown[0].taxAmount = ExampleInvoice.amount("241.39")
            document.totals.vat = ExampleInvoice.amount("241.39")
            document.totals.taxInclusive = ExampleInvoice.amount("1472.99")
            document.totals.payable = ExampleInvoice.amount("1472.99")
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
        "FR-VAT-04": RuleExample(
            LocalizedText(
                fr: "la facture de référence émise par un vendeur de Gustavia (97133, Saint-Barthélemy) avec la TVA à 20 %",
                en: "the reference invoice issued by a seller in Gustavia (97133, Saint-Barthélemy) with 20 % VAT")
        ) { document in
            document.seller?.address = ExampleInvoice.address("5 rue du Roi Oscar II", "97133", "Gustavia")
        },
    ]
}
