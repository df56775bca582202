import InvoiceModel

private typealias T = ExampleInvoice

extension RuleExample {
    /// BR-DEC-*: one amount of the reference invoice written with a third decimal, its value
    /// unchanged, after adding the allowance, charge or payment the amount belongs to.
    static let en16931DecimalExamples: [String: RuleExample] = [
        "BR-DEC-01": threeDecimals("BR-DEC-01", "61.580") { document, written in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.allowanceCharges[0].amount = written
        },
        "BR-DEC-02": threeDecimals("BR-DEC-02", "1231.600") { document, written in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.allowanceCharges[0].baseAmount = written
        },
        "BR-DEC-05": threeDecimals("BR-DEC-05", "25.000") { document, written in
            T.adjust(&document, with: T.deliveryCharge())
            document.allowanceCharges[0].amount = written
        },
        "BR-DEC-06": threeDecimals("BR-DEC-06", "250.000") { document, written in
            T.adjust(&document, with: T.deliveryCharge())
            document.allowanceCharges[0].baseAmount = written
        },
        "BR-DEC-09": threeDecimals("BR-DEC-09", "1231.600") { $0.totals.lineNet = $1 },
        "BR-DEC-10": threeDecimals("BR-DEC-10", "61.580") { document, written in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.totals.allowances = written
        },
        "BR-DEC-11": threeDecimals("BR-DEC-11", "25.000") { document, written in
            T.adjust(&document, with: T.deliveryCharge())
            document.totals.charges = written
        },
        "BR-DEC-12": threeDecimals("BR-DEC-12", "1231.600") { $0.totals.taxExclusive = $1 },
        "BR-DEC-13": threeDecimals("BR-DEC-13", "246.320") { $0.totals.vat = $1 },
        "BR-DEC-14": threeDecimals("BR-DEC-14", "1477.920") { $0.totals.taxInclusive = $1 },
        "BR-DEC-15": threeDecimals(
            "BR-DEC-15", "262.134",
            context: LocalizedText(
                fr: "la facture de référence en francs suisses (BT-5 'CHF'), la TVA comptabilisée en euros (BT-6 'EUR'), ",
                en: "the reference invoice in Swiss francs (BT-5 'CHF'), its VAT accounted in euros (BT-6 'EUR'), ")
        ) { document, written in
            document.currency = "CHF"
            document.vatAccountingCurrency = "EUR"
            document.totals.vatInAccountingCurrency = written
        },
        "BR-DEC-16": threeDecimals(
            "BR-DEC-16", "400.000",
            context: LocalizedText(fr: "un acompte déduit du montant à payer, ", en: "a prepayment deducted from the amount due, ")
        ) { document, written in
            document.totals.prepaid = written
            document.totals.payable = T.amount("1077.92")
        },
        "BR-DEC-17": threeDecimals(
            "BR-DEC-17", "0.080",
            context: LocalizedText(fr: "un montant à payer arrondi à 1478,00, ", en: "an amount due rounded to 1478.00, ")
        ) { document, written in
            document.totals.rounding = written
            document.totals.payable = T.amount("1478.00")
        },
        "BR-DEC-18": threeDecimals("BR-DEC-18", "1477.920") { $0.totals.payable = $1 },
        "BR-DEC-19": threeDecimals("BR-DEC-19", "1231.600") { $0.vatBreakdown[0].taxableAmount = $1 },
        "BR-DEC-20": threeDecimals("BR-DEC-20", "246.320") { $0.vatBreakdown[0].taxAmount = $1 },
        "BR-DEC-23": threeDecimals("BR-DEC-23", "400.000") { $0.lines[1].netAmount = $1 },
        "BR-DEC-24": threeDecimals("BR-DEC-24", "40.000") { document, written in
            T.adjust(&document, line: 1, with: T.lineDiscount())
            document.lines[1].allowanceCharges[0].amount = written
        },
        "BR-DEC-25": threeDecimals("BR-DEC-25", "400.000") { document, written in
            T.adjust(&document, line: 1, with: T.lineDiscount())
            document.lines[1].allowanceCharges[0].baseAmount = written
        },
        "BR-DEC-27": threeDecimals("BR-DEC-27", "12.000") { document, written in
            T.adjust(&document, line: 0, with: T.packagingCharge())
            document.lines[0].allowanceCharges[0].amount = written
        },
        "BR-DEC-28": threeDecimals("BR-DEC-28", "120.000") { document, written in
            T.adjust(&document, line: 0, with: T.packagingCharge())
            document.lines[0].allowanceCharges[0].baseAmount = written
        },
    ]

    /// Makes the example of `id`, where `set` writes `written` (three decimals) into the term the
    /// rule checks. The situation names that term as the rule's catalogue entry does.
    private static func threeDecimals(
        _ id: String, _ written: String, context: LocalizedText = LocalizedText(fr: "", en: ""),
        set: @escaping @Sendable (inout Document, Amount) -> Void
    ) -> RuleExample {
        guard let term = EN16931Catalogue.decimalTerms.first(where: { $0.id == id }) else {
            preconditionFailure("no decimal term for \(id)")
        }
        let situation = LocalizedText(
            fr: "\(context.fr)\(term.fr) (\(term.term)) à trois décimales : '\(T.amount(written).frenchText)'",
            en: "\(context.en)\(term.en) (\(term.term)) written with three decimals: '\(written)'")
        return RuleExample(situation) { set(&$0, T.amount(written)) }
    }
}
