import InvoiceModel

extension RuleExample {
    /// Returns a one-line document at 20 % between the reference invoice's parties, due 30 days
    /// later, in its own UBL file: a credit note, deposit or correction of a ledger example.
    static func ledgerDocument(
        _ number: String, _ kind: DocumentKind, issued: String, _ description: String, net: String, vat: String,
        total: String, cites: [String] = []
    ) -> Document {
        var document = ExampleInvoice.compliant(number: number, issued: issued, line: 2)
        document.kind = kind
        document.typeCode = kind.defaultCode
        document.source = SourceLocation(file: "\(number).xml", line: 2)
        let quantity = net.hasPrefix("-") ? "-1" : "1"
        let price = net.hasPrefix("-") ? String(net.dropFirst()) : net
        document.lines = [ExampleInvoice.line("1", description, quantity: quantity, unit: "C62", price: price, net: net)]
        document.vatBreakdown = [
            VATBreakdown(
                category: "S", rate: ExampleInvoice.amount("20"), taxableAmount: ExampleInvoice.amount(net),
                taxAmount: ExampleInvoice.amount(vat))
        ]
        document.totals = Totals(
            lineNet: ExampleInvoice.amount(net), taxExclusive: ExampleInvoice.amount(net), vat: ExampleInvoice.amount(vat),
            taxInclusive: ExampleInvoice.amount(total), payable: ExampleInvoice.amount(total))
        document.precedingInvoices = cites.map { InvoiceReference(number: $0, issueDate: ExampleInvoice.date("2025-07-08")) }
        return document
    }

    /// Returns a credit note of 100.00 + 20.00 on the reference invoice, dated 2025-07-21.
    static func creditNote(_ number: String = "AV-2025-0001", cites: [String] = ["FA-2025-0001"]) -> Document {
        ledgerDocument(
            number, .creditNote, issued: "2025-07-21", "Remise sur suspension laiton", net: "100.00", vat: "20.00",
            total: "120.00", cites: cites)
    }

    /// Returns deposit invoice AC-2025-0001 of 400.00 + 80.00, or another amount, dated 2025-06-16.
    static func deposit(net: String = "400.00", vat: String = "80.00", total: String = "480.00") -> Document {
        ledgerDocument(
            "AC-2025-0001", .deposit, issued: "2025-06-16", "Acompte sur la commande CMD-2025-014", net: net, vat: vat,
            total: total)
    }

    /// Returns the reference invoice, or another of its series, deducting `prepaid` of deposits
    /// (BT-113) and citing the deposit invoices `cites` (BG-3).
    static func finalInvoice(
        _ number: String = "FA-2025-0001", issued: String = "2025-07-08", prepaid: String = "480.00", payable: String = "997.92",
        cites: [String] = ["AC-2025-0001"]
    ) -> Document {
        var document = ExampleInvoice.compliant()
        document.number = number
        document.issueDate = ExampleInvoice.date(issued)
        document.dueDate = document.issueDate?.adding(days: 30)
        document.source = SourceLocation(file: "\(number).xml", line: 2)
        document.totals.prepaid = ExampleInvoice.amount(prepaid)
        document.totals.payable = ExampleInvoice.amount(payable)
        document.precedingInvoices = cites.map {
            InvoiceReference(number: $0, issueDate: ExampleInvoice.date("2025-06-16"), typeCode: "386")
        }
        return document
    }

    /// Returns the reference invoice with a status and payments, as its tool exported them.
    static func withPayments(_ status: DocumentStatus?, _ payments: [(amount: String, date: String)]) -> Document {
        var document = ExampleInvoice.compliant()
        document.status = status
        document.payments = payments.map { Payment(date: ExampleInvoice.date($0.date), amount: ExampleInvoice.amount($0.amount)) }
        return document
    }

    /// French rules across documents: credit notes, deposits, statuses, payments and refunds.
    static let frenchLedgerExamples: [String: RuleExample] = [
        "FR-CORR-03": RuleExample(
            LocalizedText(
                fr: "la facture de référence, puis un avoir AV-2025-0001 de 120,00 qui ne cite aucune facture (BG-3)",
                en: "the reference invoice, then a credit note AV-2025-0001 of 120.00 that cites no invoice (BG-3)")
        ) { [ExampleInvoice.compliant(), creditNote(cites: [])] },
        "FR-CORR-04": RuleExample(
            LocalizedText(
                fr: "la facture de référence, puis un avoir AV-2025-0001 qui cite FA-2025-0010 (BT-25), jamais émise",
                en: "the reference invoice, then a credit note AV-2025-0001 citing FA-2025-0010 (BT-25), never issued")
        ) { [ExampleInvoice.compliant(), creditNote(cites: ["FA-2025-0010"])] },
        "FR-CORR-05": RuleExample(
            LocalizedText(
                fr: "la facture de référence de 1\u{202F}477,92 TTC, puis un avoir AV-2025-0001 de 1\u{202F}500,00 TTC qui la cite",
                en: "the reference invoice of 1477.92 with VAT, then a credit note AV-2025-0001 of 1500.00 with VAT citing it")
        ) {
            let credit = ledgerDocument(
                "AV-2025-0001", .creditNote, issued: "2025-07-21", "Annulation de la commande", net: "1250.00", vat: "250.00",
                total: "1500.00", cites: ["FA-2025-0001"])
            return [ExampleInvoice.compliant(), credit]
        },
        "FR-CORR-06": RuleExample(
            LocalizedText(
                fr: "la facture de référence à 20 %, puis un avoir AV-2025-0001, exporté en CSV, qui la cite avec une ligne à 10 % (BT-152)",
                en: "the reference invoice at 20 %, then a credit note AV-2025-0001, exported as CSV, citing it with a line at 10 % (BT-152)")
        ) {
            var credit = ledgerDocument(
                "AV-2025-0001", .creditNote, issued: "2025-07-21", "Remise sur pose", net: "100.00", vat: "10.00", total: "110.00",
                cites: ["FA-2025-0001"])
            credit.lines[0].vatRate = ExampleInvoice.amount("10")
            credit.vatBreakdown = []
            credit.sourceFormat = .csv
            credit.source = SourceLocation(file: "avoirs.csv", line: 2)
            return [ExampleInvoice.compliant(), credit]
        },
        "FR-CORR-07": RuleExample(
            LocalizedText(
                fr: "la facture de référence, puis une facture rectificative FA-2025-0002 (BT-3 « 384 ») qui ne cite aucune facture d'origine (BG-3)",
                en: "the reference invoice, then a corrective invoice FA-2025-0002 (BT-3 \"384\") that cites no original invoice (BG-3)")
        ) {
            let corrective = ledgerDocument(
                "FA-2025-0002", .corrective, issued: "2025-07-21", "Suspension laiton 3 feux, prix corrigé", net: "100.00",
                vat: "20.00", total: "120.00")
            return [ExampleInvoice.compliant(), corrective]
        },
        "FR-CORR-08": RuleExample(
            LocalizedText(
                fr: "la facture de référence au statut annulé, sans avoir ni facture rectificative",
                en: "the reference invoice with the status cancelled, without a credit note or corrective invoice")
        ) { [withPayments(.cancelled, [])] },
        "FR-CORR-09": RuleExample(
            LocalizedText(
                fr: "la facture de référence, puis une facture FA-2025-0002 (BT-3 « 380 ») de −120,00 TTC pour une remise",
                en: "the reference invoice, then an invoice FA-2025-0002 (BT-3 \"380\") of −120.00 with VAT for a discount")
        ) {
            let negative = ledgerDocument(
                "FA-2025-0002", .invoice, issued: "2025-07-21", "Remise sur suspension laiton", net: "-100.00", vat: "-20.00",
                total: "-120.00")
            return [ExampleInvoice.compliant(), negative]
        },
        "FR-DEP-01": RuleExample(
            LocalizedText(
                fr: "une facture d'acompte AC-2025-0001 au statut payé, 480,00 payés (BT-113), sans paiement daté",
                en: "a deposit invoice AC-2025-0001 with the status paid, 480.00 paid (BT-113), without a dated payment")
        ) {
            var paid = deposit()
            paid.status = .paid
            paid.totals.prepaid = ExampleInvoice.amount("480.00")
            paid.totals.payable = ExampleInvoice.amount("0.00")
            return [paid]
        },
        "FR-DEP-02": RuleExample(
            LocalizedText(
                fr: "un acompte AC-2025-0001 de 480,00, puis la facture de référence qui déduit 480,00 (BT-113) sans citer l'acompte (BG-3)",
                en: "a deposit AC-2025-0001 of 480.00, then the reference invoice deducting 480.00 (BT-113) without citing the deposit (BG-3)")
        ) { [deposit(), finalInvoice(cites: [])] },
        "FR-DEP-03": RuleExample(
            LocalizedText(
                fr: "un acompte AC-2025-0001 de 1\u{202F}800,00, puis la facture de référence de 1\u{202F}477,92 TTC qui le déduit",
                en: "a deposit AC-2025-0001 of 1800.00, then the reference invoice of 1477.92 with VAT deducting it")
        ) {
            [deposit(net: "1500.00", vat: "300.00", total: "1800.00"), finalInvoice(prepaid: "1800.00", payable: "-322.08")]
        },
        "FR-DEP-04": RuleExample(
            LocalizedText(
                fr: "un acompte AC-2025-0001, déduit par la facture de référence puis de nouveau par FA-2025-0002",
                en: "a deposit AC-2025-0001, deducted by the reference invoice and again by FA-2025-0002")
        ) { [deposit(), finalInvoice(), finalInvoice("FA-2025-0002", issued: "2025-07-15")] },
        "FR-DEP-05": RuleExample(
            LocalizedText(
                fr: "un acompte AC-2024-0001 du 13/05/2024 qu'aucune facture ne déduit, puis la facture de référence du 08/07/2025",
                en: "a deposit AC-2024-0001 of 2024-05-13 that no invoice deducts, then the reference invoice of 2025-07-08")
        ) {
            var old = deposit()
            old.number = "AC-2024-0001"
            old.issueDate = ExampleInvoice.date("2024-05-13")
            old.dueDate = ExampleInvoice.date("2024-06-12")
            old.source = SourceLocation(file: "AC-2024-0001.xml", line: 2)
            return [old, ExampleInvoice.compliant()]
        },
        "FR-DEP-06": RuleExample(
            LocalizedText(
                fr: "un acompte AC-2025-0001 du 16/06/2025 dont le paiement de 480,00 est daté du 10/06/2025, puis la facture de référence qui le déduit",
                en: "a deposit AC-2025-0001 of 2025-06-16 whose payment of 480.00 is dated 2025-06-10, then the reference invoice deducting it")
        ) {
            var early = deposit()
            early.payments = [Payment(date: ExampleInvoice.date("2025-06-10"), amount: ExampleInvoice.amount("480.00"))]
            return [early, finalInvoice()]
        },
        "FR-DEP-07": RuleExample(
            LocalizedText(
                fr: "deux situations de la commande CMD-2025-014 en JSON canonique (objet progress) : FA-2025-0001 à 30 % d'avancement cumulé, puis FA-2025-0002 à 20 %",
                en: "two progress invoices of order CMD-2025-014 in canonical JSON (progress object): FA-2025-0001 at 30 % cumulative progress, then FA-2025-0002 at 20 %")
        ) {
            series(1...2).enumerated().map { index, document in
                var situation = document
                situation.source = SourceLocation(file: "situations.json", line: 2 + 40 * index)
                situation.sourceFormat = .json
                situation.progress = ProgressBilling(
                    orderReference: "CMD-2025-014", orderTotal: ExampleInvoice.amount("4926.40"),
                    cumulativePercent: ExampleInvoice.amount(index == 0 ? "30" : "20"))
                return situation
            }
        },
        "FA-PROG-01": RuleExample(
            LocalizedText(
                fr: "deux situations de la commande CMD-2025-014 dans un export CSV (colonnes N° commande et Situation n°) : FA-2025-0001, situation 1, puis FA-2025-0002, situation 3",
                en: "two progress invoices of order CMD-2025-014 in a CSV export (columns Order number and Situation number): FA-2025-0001, situation 1, then FA-2025-0002, situation 3")
        ) {
            series(1...2).enumerated().map { index, document in
                var situation = document
                situation.source = SourceLocation(file: "situations.csv", line: 2 + index)
                situation.sourceFormat = .csv
                situation.references.purchaseOrder = "CMD-2025-014"
                situation.progress = ProgressBilling(orderReference: "CMD-2025-014", situationNumber: index == 0 ? 1 : 3)
                return situation
            }
        },
        "FR-REF-01": RuleExample(
            LocalizedText(
                fr: "la facture de référence payée 1\u{202F}477,92 le 20/07/2025, puis un remboursement de 100,00 le 01/08/2025 sans avoir",
                en: "the reference invoice paid 1477.92 on 2025-07-20, then a refund of 100.00 on 2025-08-01 without a credit note")
        ) { [withPayments(nil, [("1477.92", "2025-07-20"), ("-100.00", "2025-08-01")])] },
        "FR-REF-02": RuleExample(
            LocalizedText(
                fr: "la facture de référence, puis un avoir AV-2025-0001 de 120,00 remboursé 150,00 le 25/07/2025",
                en: "the reference invoice, then a credit note AV-2025-0001 of 120.00 refunded 150.00 on 2025-07-25")
        ) {
            var credit = creditNote()
            credit.payments = [Payment(date: ExampleInvoice.date("2025-07-25"), amount: ExampleInvoice.amount("-150.00"))]
            return [ExampleInvoice.compliant(), credit]
        },
        "FR-REF-03": RuleExample(
            LocalizedText(
                fr: "l'avoir AV-2025-0001 annule FA-2025-0001 et est remboursé en entier, puis FA-2025-0002 le cite et en déduit 500,00 (BT-113)",
                en: "credit note AV-2025-0001 cancels FA-2025-0001 and is refunded in full, then FA-2025-0002 cites it and deducts 500.00 (BT-113)")
        ) {
            let documents = series(1...2)
            var credit = ExampleInvoice.compliant(number: "AV-2025-0001", issued: "2025-01-08", line: 4)
            credit.kind = .creditNote
            credit.typeCode = "381"
            credit.precedingInvoices = [InvoiceReference(number: "FA-2025-0001", issueDate: documents[0].issueDate)]
            credit.payments = [Payment(date: ExampleInvoice.date("2025-01-09"), amount: ExampleInvoice.amount("-1477.92"))]
            var imputing = documents[1]
            imputing.precedingInvoices = [InvoiceReference(number: "AV-2025-0001", issueDate: credit.issueDate)]
            imputing.totals.prepaid = ExampleInvoice.amount("500.00")
            imputing.totals.payable = ExampleInvoice.amount("977.92")
            return [documents[0], imputing, credit]
        },
        "FR-STAT-01": RuleExample(
            LocalizedText(
                fr: "l'ancien outil exporte FA-2025-0001 à FA-2025-0003 émises, le nouveau exporte FA-2025-0003 comme brouillon",
                en: "the old tool exports FA-2025-0001 to FA-2025-0003 as issued, the new one exports FA-2025-0003 as a draft")
        ) {
            var draft = series(3...3)[0]
            draft.isDraft = true
            draft.status = .draft
            draft.source = SourceLocation(file: "nouvel-outil/factures.csv", line: 2)
            return [Source("ancien-outil/", series(1...3)), Source("nouvel-outil/", [draft])]
        },
        "FR-STAT-02": RuleExample(
            LocalizedText(
                fr: "la facture de référence de 1\u{202F}477,92 au statut payé, avec un seul paiement de 1\u{202F}000,00 le 20/07/2025",
                en: "the reference invoice of 1477.92 with the status paid and a single payment of 1000.00 on 2025-07-20")
        ) { [withPayments(.paid, [("1000.00", "2025-07-20")])] },
        "FR-STAT-03": RuleExample(
            LocalizedText(
                fr: "la facture de référence au statut émis, payée 1\u{202F}477,92 le 20/07/2025",
                en: "the reference invoice with the status issued, paid 1477.92 on 2025-07-20")
        ) { [withPayments(.issued, [("1477.92", "2025-07-20")])] },
        "FR-STAT-04": RuleExample(
            LocalizedText(
                fr: "la facture de référence du 08/07/2025 payée 1\u{202F}477,92 le 01/07/2025",
                en: "the reference invoice of 2025-07-08 paid 1477.92 on 2025-07-01")
        ) { [withPayments(.paid, [("1477.92", "2025-07-01")])] },
        "FR-STAT-05": RuleExample(
            LocalizedText(
                fr: "la facture de référence encore brouillon, sans numéro, avec un paiement de 1\u{202F}477,92 le 10/07/2025",
                en: "the reference invoice still a draft, without a number, with a payment of 1477.92 on 2025-07-10")
        ) {
            var draft = withPayments(.draft, [("1477.92", "2025-07-10")])
            draft.isDraft = true
            draft.number = nil
            draft.provisionalNumber = "(PROV3)"
            return [draft]
        },
        "FR-STAT-06": RuleExample(
            LocalizedText(
                fr: "la facture de référence de 1\u{202F}477,92 au statut payé, payée deux fois le 20/07/2025",
                en: "the reference invoice of 1477.92 with the status paid, paid twice on 2025-07-20")
        ) { [withPayments(.paid, [("1477.92", "2025-07-20"), ("1477.92", "2025-07-20")])] },
        "FR-STAT-07": RuleExample(
            LocalizedText(
                fr: "la facture de référence due le 07/08/2025, au statut émis et sans paiement à la date d'appréciation du 15/09/2025 (configuration)",
                en: "the reference invoice due on 2025-08-07, with the status issued and no payment at the audit date of 2025-09-15 (configuration)"),
            configuration: AuditConfiguration(asOf: ExampleInvoice.date("2025-09-15"))
        ) { [withPayments(.issued, [])] },
        "FR-VAT-02": RuleExample(
            LocalizedText(
                fr: "FA-2025-0001 facture « Pose et raccordement » à 20 %, FA-2025-0002 à 10 %",
                en: "FA-2025-0001 bills \"Pose et raccordement\" at 20%, FA-2025-0002 at 10%")
        ) {
            var documents = series(1...2)
            documents[1].lines[1].vatRate = ExampleInvoice.amount("10")
            documents[1].vatBreakdown = [
                VATBreakdown(
                    category: "S", rate: ExampleInvoice.amount("20"), taxableAmount: ExampleInvoice.amount("831.60"),
                    taxAmount: ExampleInvoice.amount("166.32")),
                VATBreakdown(
                    category: "S", rate: ExampleInvoice.amount("10"), taxableAmount: ExampleInvoice.amount("400.00"),
                    taxAmount: ExampleInvoice.amount("40.00")),
            ]
            documents[1].totals.vat = ExampleInvoice.amount("206.32")
            documents[1].totals.taxInclusive = ExampleInvoice.amount("1437.92")
            documents[1].totals.payable = ExampleInvoice.amount("1437.92")
            return documents
        },
    ]
}
