import InvoiceModel

private typealias T = ExampleInvoice

extension RuleExample {
    /// BR-DEC-*: one amount of the reference invoice written with a third decimal, its value
    /// unchanged, after adding the allowance, charge or payment the amount belongs to.
    static let en16931DecimalExamples: [String: RuleExample] = [
        "BR-DEC-01": threeDecimals("BR-DEC-01", "61.580", suffix: forLoyaltyDiscount) { document, written in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.allowanceCharges[0].amount = written
        },
        "BR-DEC-02": threeDecimals("BR-DEC-02", "1231.600", suffix: forLoyaltyDiscount) { document, written in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.allowanceCharges[0].baseAmount = written
        },
        "BR-DEC-05": threeDecimals("BR-DEC-05", "25.000", suffix: forDeliveryCharge) { document, written in
            T.adjust(&document, with: T.deliveryCharge())
            document.allowanceCharges[0].amount = written
        },
        "BR-DEC-06": threeDecimals("BR-DEC-06", "250.000", suffix: forDeliveryCharge) { document, written in
            T.adjust(&document, with: T.deliveryCharge())
            document.allowanceCharges[0].baseAmount = written
        },
        "BR-DEC-09": threeDecimals("BR-DEC-09", "1231.600") { $0.totals.lineNet = $1 },
        "BR-DEC-10": threeDecimals("BR-DEC-10", "61.580", suffix: forLoyaltyDiscount) { document, written in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.totals.allowances = written
        },
        "BR-DEC-11": threeDecimals("BR-DEC-11", "25.000", suffix: forDeliveryCharge) { document, written in
            T.adjust(&document, with: T.deliveryCharge())
            document.totals.charges = written
        },
        "BR-DEC-12": threeDecimals("BR-DEC-12", "1231.600") { $0.totals.taxExclusive = $1 },
        // The CII artefact tests BR-DEC-13 and -15 on the value, and the UBL one never fires them.
        "BR-DEC-13": threeDecimals(
            "BR-DEC-13", "246.324",
            suffix: LocalizedText(fr: ", en CII", en: ", in CII")
        ) { document, written in
            document.sourceFormat = .cii
            document.totals.vat = written
        },
        "BR-DEC-14": threeDecimals("BR-DEC-14", "1477.920") { $0.totals.taxInclusive = $1 },
        "BR-DEC-15": threeDecimals(
            "BR-DEC-15", "262.134",
            suffix: LocalizedText(
                fr: ", la facture CII étant en francs suisses (BT-5 'CHF') et sa TVA comptabilisée en euros (BT-6 'EUR')",
                en: ", the CII invoice being in Swiss francs (BT-5 'CHF') and its VAT accounted in euros (BT-6 'EUR')")
        ) { document, written in
            document.sourceFormat = .cii
            document.currency = "CHF"
            document.vatAccountingCurrency = "EUR"
            document.totals.vatInAccountingCurrency = written
        },
        "BR-DEC-16": threeDecimals(
            "BR-DEC-16", "400.000",
            suffix: LocalizedText(fr: ", pour un acompte déduit du montant à payer", en: ", for a prepayment deducted from the amount due")
        ) { document, written in
            document.totals.prepaid = written
            document.totals.payable = T.amount("1077.92")
        },
        "BR-DEC-17": threeDecimals(
            "BR-DEC-17", "0.080",
            suffix: LocalizedText(fr: ", pour un montant à payer arrondi à 1\u{202F}478,00", en: ", for an amount due rounded to 1478.00")
        ) { document, written in
            document.totals.rounding = written
            document.totals.payable = T.amount("1478.00")
        },
        "BR-DEC-18": threeDecimals("BR-DEC-18", "1477.920") { $0.totals.payable = $1 },
        "BR-DEC-19": threeDecimals("BR-DEC-19", "1231.600") { $0.vatBreakdown[0].taxableAmount = $1 },
        "BR-DEC-20": threeDecimals("BR-DEC-20", "246.320") { $0.vatBreakdown[0].taxAmount = $1 },
        "BR-DEC-23": threeDecimals("BR-DEC-23", "400.000") { $0.lines[1].netAmount = $1 },
        "BR-DEC-24": threeDecimals("BR-DEC-24", "40.000", suffix: forLineDiscount) { document, written in
            T.adjust(&document, line: 1, with: T.lineDiscount())
            document.lines[1].allowanceCharges[0].amount = written
        },
        "BR-DEC-25": threeDecimals("BR-DEC-25", "400.000", suffix: forLineDiscount) { document, written in
            T.adjust(&document, line: 1, with: T.lineDiscount())
            document.lines[1].allowanceCharges[0].baseAmount = written
        },
        "BR-DEC-27": threeDecimals("BR-DEC-27", "12.000", suffix: forPackagingCharge) { document, written in
            T.adjust(&document, line: 0, with: T.packagingCharge())
            document.lines[0].allowanceCharges[0].amount = written
        },
        "BR-DEC-28": threeDecimals("BR-DEC-28", "120.000", suffix: forPackagingCharge) { document, written in
            T.adjust(&document, line: 0, with: T.packagingCharge())
            document.lines[0].allowanceCharges[0].baseAmount = written
        },
    ]

    private static let forLoyaltyDiscount = LocalizedText(
        fr: ", pour une remise fidélité de 5 % (BG-20)", en: ", for a 5 % loyalty discount (BG-20)")
    private static let forDeliveryCharge = LocalizedText(
        fr: ", pour des frais de livraison de 25,00 (BG-21)", en: ", for a delivery charge of 25.00 (BG-21)")
    private static let forLineDiscount = LocalizedText(
        fr: ", pour une remise de 10 % sur la ligne 2 (BG-27)", en: ", for a 10 % discount on line 2 (BG-27)")
    private static let forPackagingCharge = LocalizedText(
        fr: ", pour des frais d'emballage de 12,00 sur la ligne 1 (BG-28)", en: ", for a packaging charge of 12.00 on line 1 (BG-28)")

    /// Makes the example of `id`, where `set` writes `written` (three decimals) into the term the
    /// rule checks. The situation names that term as the rule's catalogue entry does.
    private static func threeDecimals(
        _ id: String, _ written: String, suffix: LocalizedText = LocalizedText(fr: "", en: ""),
        set: @escaping @Sendable (inout Document, Amount) -> Void
    ) -> RuleExample {
        guard let term = EN16931Catalogue.decimalTerms.first(where: { $0.id == id }) else {
            preconditionFailure("no decimal term for \(id)")
        }
        let situation = LocalizedText(
            fr: "\(term.fr) (\(term.term)) à trois décimales : '\(T.amount(written).frenchText)'\(suffix.fr)",
            en: "\(term.en) (\(term.term)) written with three decimals: '\(written)'\(suffix.en)")
        return RuleExample(situation) { set(&$0, T.amount(written)) }
    }
}
