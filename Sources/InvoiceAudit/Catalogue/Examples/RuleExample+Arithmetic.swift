import InvoiceModel

extension RuleExample {
    /// Makes `document` a line of a CSV export, where the EN 16931 rules do not apply and the
    /// FA-CALC rules check the arithmetic in their place.
    static func asCSVExport(_ document: inout Document) {
        document.sourceFormat = .csv
        document.source = SourceLocation(file: "export.csv", line: 2)
    }

    /// Our arithmetic rules on amounts: FA-CALC-*.
    static let arithmeticExamples: [String: RuleExample] = [
        "FA-CALC-01": RuleExample(
            LocalizedText(
                fr: "la TVA de la catégorie S à 20 % (BT-117) déclarée 256,32 au lieu de 246,32, les totaux suivant",
                en: "the VAT of category S at 20 % (BT-117) declared 256.32 instead of 246.32, with the totals following")
        ) {
            $0.vatBreakdown[0].taxAmount = ExampleInvoice.amount("256.32")
            $0.totals.vat = ExampleInvoice.amount("256.32")
            $0.totals.taxInclusive = ExampleInvoice.amount("1487.92")
            $0.totals.payable = ExampleInvoice.amount("1487.92")
        },
        "FA-CALC-02": RuleExample(
            LocalizedText(
                fr: "la facture de référence en export CSV sans somme des lignes (BT-106), avec un total HT (BT-109) de 1\u{202F}241,60, 10,00 de plus que ses deux lignes",
                en: "the reference invoice as a CSV export without a line total (BT-106), with a total without VAT (BT-109) of 1241.60, 10.00 more than its two lines")
        ) {
            asCSVExport(&$0)
            $0.totals.lineNet = nil
            $0.totals.taxExclusive = ExampleInvoice.amount("1241.60")
            $0.totals.taxInclusive = ExampleInvoice.amount("1487.92")
            $0.totals.payable = ExampleInvoice.amount("1487.92")
        },
        "FA-CALC-03": RuleExample(
            LocalizedText(
                fr: "la ligne 2 à 5 heures × 82,00 (BT-129, BT-146) pour un montant net de 400,00 (BT-131)",
                en: "line 2 at 5 hours × 82.00 (BT-129, BT-146) for a net amount of 400.00 (BT-131)")
        ) { $0.lines[1].netPrice = ExampleInvoice.amount("82.00") },
        "FA-CALC-04": RuleExample(
            LocalizedText(
                fr: "la facture de référence en export CSV avec une somme des lignes (BT-106) de 1\u{202F}241,60 pour deux lignes de 831,60 et 400,00",
                en: "the reference invoice as a CSV export with a line total (BT-106) of 1241.60 for two lines of 831.60 and 400.00")
        ) {
            asCSVExport(&$0)
            $0.totals.lineNet = ExampleInvoice.amount("1241.60")
        },
        "FA-CALC-05": RuleExample(
            LocalizedText(
                fr: "la facture de référence en export CSV avec un total TTC (BT-112) de 1\u{202F}487,92 au lieu de 1\u{202F}231,60 + 246,32",
                en: "the reference invoice as a CSV export with a total with VAT (BT-112) of 1487.92 instead of 1231.60 + 246.32")
        ) {
            asCSVExport(&$0)
            $0.totals.taxInclusive = ExampleInvoice.amount("1487.92")
            $0.totals.payable = ExampleInvoice.amount("1487.92")
        },
    ]
}
