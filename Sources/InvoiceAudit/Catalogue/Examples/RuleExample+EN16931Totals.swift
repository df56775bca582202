import InvoiceModel

private typealias T = ExampleInvoice

extension RuleExample {
    /// EN 16931 calculations and decimals: BR-CO-* and BR-DEC-*.
    ///
    /// BR-CO-05 to BR-CO-08 have none: the artefacts hard-wire them to true, so they never fire.
    static let en16931TotalsExamples: [String: RuleExample] = en16931ConsistencyExamples.merging(en16931DecimalExamples) { first, _ in first }

    /// BR-CO-*: terms that go together and the totals chain.
    static let en16931ConsistencyExamples: [String: RuleExample] = [
        "BR-CO-03": example(
            "une date d'exigibilité de la TVA (BT-7) du 08/07/2025 et en plus un code de date (BT-8) '3'",
            "a VAT point date (BT-7) of 2025-07-08 and also a VAT point date code (BT-8) '3'"
        ) { document in
            document.taxPointDate = T.date("2025-07-08")
            document.taxPointDateCode = "3"
        },
        "BR-CO-04": example("la ligne 2 sans catégorie de TVA (BT-151)", "line 2 without a VAT category (BT-151)") {
            $0.lines[1].vatCategory = nil
        },
        "BR-CO-09": example(
            "le numéro de TVA de l'acheteur (BT-48) écrit '03839062510', sans le préfixe FR",
            "the buyer's VAT identifier (BT-48) written '03839062510', without the FR prefix"
        ) { $0.buyer?.vatID = "03839062510" },
        "BR-CO-10": example(
            "la facture de référence sans sa ligne 2 (400,00), la somme des lignes (BT-106) restant à 1231,60",
            "the reference invoice without its line 2 (400.00), the sum of lines (BT-106) still 1231.60"
        ) { $0.lines.removeLast() },
        "BR-CO-11": example(
            "une remise de document de 61,58 déclarée 61,85 dans la somme des remises (BT-107)",
            "a document allowance of 61.58 declared as 61.85 in the sum of allowances (BT-107)"
        ) { document in
            T.adjust(&document, with: T.loyaltyDiscount())
            document.totals.allowances = T.amount("61.85")
        },
        "BR-CO-12": example(
            "une charge de document de 25,00 déclarée 52,00 dans la somme des charges (BT-108)",
            "a document charge of 25.00 declared as 52.00 in the sum of charges (BT-108)"
        ) { document in
            T.adjust(&document, with: T.deliveryCharge())
            document.totals.charges = T.amount("52.00")
        },
        "BR-CO-13": example(
            "un total hors TVA (BT-109) de 1213,60 pour des lignes de 1231,60, les totaux suivants calculés dessus",
            "a total without VAT (BT-109) of 1213.60 for lines of 1231.60, the following totals computed from it"
        ) { document in
            document.totals.taxExclusive = T.amount("1213.60")
            document.totals.taxInclusive = T.amount("1459.92")
            document.totals.payable = T.amount("1459.92")
        },
        "BR-CO-14": example(
            "un total de TVA (BT-110) de 246,23 pour une ventilation à 246,32, les totaux suivants calculés dessus",
            "a VAT total (BT-110) of 246.23 for a breakdown of 246.32, the following totals computed from it"
        ) { document in
            document.totals.vat = T.amount("246.23")
            document.totals.taxInclusive = T.amount("1477.83")
            document.totals.payable = T.amount("1477.83")
        },
        "BR-CO-15": example(
            "un total TVA comprise (BT-112) et un montant à payer de 1497,92 pour 1231,60 HT et 246,32 de TVA",
            "a total with VAT (BT-112) and an amount due of 1497.92 for 1231.60 without VAT and 246.32 of VAT"
        ) { document in
            document.totals.taxInclusive = T.amount("1497.92")
            document.totals.payable = T.amount("1497.92")
        },
        "BR-CO-16": example(
            "un acompte de 400,00 déjà payé (BT-113), le montant à payer (BT-115) restant à 1477,92",
            "a prepayment of 400.00 already paid (BT-113), the amount due (BT-115) still 1477.92"
        ) { $0.totals.prepaid = T.amount("400.00") },
        "BR-CO-17": example(
            "une TVA de la catégorie S (BT-117) de 264,32 sur 1\u{202F}231,60 à 20 %, les totaux calculés dessus",
            "a category S VAT amount (BT-117) of 264.32 on 1231.60 at 20 %, the totals computed from it"
        ) { document in
            document.vatBreakdown[0].taxAmount = T.amount("264.32")
            document.totals.vat = T.amount("264.32")
            document.totals.taxInclusive = T.amount("1495.92")
            document.totals.payable = T.amount("1495.92")
        },
        "BR-CO-18": example(
            "la facture de référence sans ventilation de TVA (BG-23)", "the reference invoice without a VAT breakdown (BG-23)"
        ) { $0.vatBreakdown = [] },
        "BR-CO-19": example(
            "une période de facturation (BG-14) sans date de début (BT-73) ni de fin (BT-74)",
            "an invoicing period (BG-14) with neither a start date (BT-73) nor an end date (BT-74)"
        ) { $0.invoicePeriod = Period() },
        "BR-CO-20": example(
            "la ligne 2 avec une période (BG-26) sans date de début (BT-134) ni de fin (BT-135)",
            "line 2 with a period (BG-26) with neither a start date (BT-134) nor an end date (BT-135)"
        ) { $0.lines[1].period = Period() },
        "BR-CO-21": example(
            "une remise de document (BG-20) de 61,58 sans motif (BT-97) ni code motif (BT-98)",
            "a document allowance (BG-20) of 61.58 without a reason (BT-97) or reason code (BT-98)"
        ) { T.adjust(&$0, with: withoutReason(T.loyaltyDiscount())) },
        "BR-CO-22": example(
            "une charge de document (BG-21) de 25,00 sans motif (BT-104) ni code motif (BT-105)",
            "a document charge (BG-21) of 25.00 without a reason (BT-104) or reason code (BT-105)"
        ) { T.adjust(&$0, with: withoutReason(T.deliveryCharge())) },
        "BR-CO-23": example(
            "la ligne 2 avec une remise (BG-27) de 40,00 sans motif (BT-139) ni code motif (BT-140)",
            "line 2 with an allowance (BG-27) of 40.00 without a reason (BT-139) or reason code (BT-140)"
        ) { T.adjust(&$0, line: 1, with: withoutReason(T.lineDiscount())) },
        "BR-CO-24": example(
            "la ligne 1 avec une charge (BG-28) de 12,00 sans motif (BT-144) ni code motif (BT-145)",
            "line 1 with a charge (BG-28) of 12.00 without a reason (BT-144) or reason code (BT-145)"
        ) { T.adjust(&$0, line: 0, with: withoutReason(T.packagingCharge())) },
        "BR-CO-26": example(
            "le vendeur sans numéro de TVA (BT-31), sans SIREN ni SIRET (BT-30) ni autre identifiant (BT-29)",
            "the seller without a VAT identifier (BT-31), SIREN or SIRET (BT-30), or other identifier (BT-29)"
        ) { document in
            document.seller?.vatID = nil
            document.seller?.siren = nil
            document.seller?.siret = nil
        },
    ]

    private static func withoutReason(_ adjustment: AllowanceCharge) -> AllowanceCharge {
        var adjustment = adjustment
        adjustment.reason = nil
        adjustment.reasonCode = nil
        return adjustment
    }
}

/// Makes the example of the reference invoice changed by `change`, described in both languages.
private func example(_ fr: String, _ en: String, change: @escaping @Sendable (inout Document) -> Void) -> RuleExample {
    RuleExample(LocalizedText(fr: fr, en: en), change: change)
}
