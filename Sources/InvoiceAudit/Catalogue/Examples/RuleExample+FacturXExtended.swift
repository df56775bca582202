import InvoiceModel

private typealias T = ExampleInvoice

extension RuleExample {
    /// BR-FXEXT-CO-*: the reference invoice sent as Factur-X EXTENDED, with one total changed.
    static let facturXExtendedExamples: [String: RuleExample] = [
        "BR-FXEXT-CO-10": extendedExample(
            "en Factur-X EXTENDED, une somme des lignes (BT-106) de 1231,65 pour des lignes de 831,60 et 400,00 : 0,05 d'écart, 0,02 toléré",
            "in Factur-X EXTENDED, a sum of lines (BT-106) of 1231.65 for lines of 831.60 and 400.00: 0.05 off, 0.02 allowed"
        ) { $0.totals.lineNet = T.amount("1231.65") },
        "BR-FXEXT-CO-11": extendedExample(
            "en Factur-X EXTENDED, une remise de document de 61,58 déclarée 61,85 dans la somme des remises (BT-107)",
            "in Factur-X EXTENDED, a document allowance of 61.58 declared as 61.85 in the sum of allowances (BT-107)"
        ) { document in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.totals.allowances = T.amount("61.85")
        },
        "BR-FXEXT-CO-12": extendedExample(
            "en Factur-X EXTENDED, une charge de document de 25,00 déclarée 52,00 dans la somme des charges (BT-108)",
            "in Factur-X EXTENDED, a document charge of 25.00 declared as 52.00 in the sum of charges (BT-108)"
        ) { document in
            T.adjust(&document, with: T.deliveryCharge())
            document.totals.charges = T.amount("52.00")
        },
        "BR-FXEXT-CO-13": extendedExample(
            "en Factur-X EXTENDED, un total hors TVA (BT-109) de 1213,60 pour des lignes de 1231,60, les totaux suivants calculés dessus",
            "in Factur-X EXTENDED, a total without VAT (BT-109) of 1213.60 for lines of 1231.60, the following totals computed from it"
        ) { document in
            document.totals.taxExclusive = T.amount("1213.60")
            document.totals.taxInclusive = T.amount("1459.92")
            document.totals.payable = T.amount("1459.92")
        },
        "BR-FXEXT-CO-15": extendedExample(
            "en Factur-X EXTENDED, un total TVA comprise (BT-112) et un montant à payer de 1497,92 pour 1231,60 HT et 246,32 de TVA",
            "in Factur-X EXTENDED, a total with VAT (BT-112) and an amount due of 1497.92 for 1231.60 without VAT and 246.32 of VAT"
        ) { document in
            document.totals.taxInclusive = T.amount("1497.92")
            document.totals.payable = T.amount("1497.92")
        },
        "BR-FXEXT-CO-16": extendedExample(
            "en Factur-X EXTENDED, un montant à payer (BT-115) de 999,00 pour un total TVA comprise de 1477,92",
            "in Factur-X EXTENDED, an amount due (BT-115) of 999.00 for a total with VAT of 1477.92"
        ) { $0.totals.payable = T.amount("999.00") },
    ]
}

/// Makes an example from the reference invoice written in CII under the Factur-X EXTENDED profile.
private func extendedExample(_ fr: String, _ en: String, change: @escaping @Sendable (inout Document) -> Void) -> RuleExample {
    RuleExample(LocalizedText(fr: fr, en: en)) { document in
        document.sourceFormat = .cii
        document.specification = "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"
        change(&document)
    }
}
