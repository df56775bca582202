import InvoiceModel

extension RuleExample {
    /// French rules across documents: credit notes, deposits, statuses, payments and refunds.
    static let frenchLedgerExamples: [String: RuleExample] = [
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
    ]
}
