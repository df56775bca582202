import InvoiceModel

/// The rules only the intra-community supply (K) and 'not subject to VAT' (O) families have.
extension VATCategoryExamples {
    /// BR-IC-11, BR-IC-12: the delivery facts of an intra-community supply.
    static func intraCommunityExamples(_ category: VATCategoryExamples) -> [String: RuleExample] {
        [
            "BR-IC-11": category.example(
                "sans date de livraison (BT-72) ni période de facturation (BG-14)",
                "without a delivery date (BT-72) or invoicing period (BG-14)"
            ) { $0.delivery?.actualDate = nil },
            "BR-IC-12": category.example(
                "sans pays de livraison (BT-80)", "without a deliver-to country (BT-80)"
            ) { $0.delivery?.party?.address?.country = nil },
        ]
    }

    /// BR-O-11 to BR-O-14: another category next to 'not subject to VAT'. A line, allowance or
    /// charge of another category needs that category's seller identifier, which an O invoice
    /// lacks, so -12 to -14 also fire BR-Z-02 to BR-Z-04.
    static func notSubjectExamples(_ category: VATCategoryExamples) -> [String: RuleExample] {
        let zero = ExampleInvoice.amount("0")
        return [
            "BR-O-11": category.example(
                "avec en plus une ventilation à taux zéro (Z) de 0,00",
                "with an extra zero-rated (Z) breakdown of 0.00"
            ) { document in
                document.vatBreakdown.append(VATBreakdown(category: "Z", rate: zero, taxableAmount: .zero, taxAmount: .zero))
            },
            "BR-O-12": category.example(
                "dont la ligne 2 est à taux zéro (Z), avec sa ventilation",
                "whose line 2 is zero-rated (Z), with its breakdown"
            ) { document in
                document.lines[1].vatCategory = "Z"
                document.lines[1].vatRate = zero
                document.vatBreakdown.append(VATBreakdown(category: "Z", rate: zero))
                ExampleInvoice.rebalanceCategories(&document)
            },
            "BR-O-13": category.example(
                "avec une remise de document (BG-20) de 31,60 à taux zéro (Z)",
                "with a zero-rated (Z) document allowance (BG-20) of 31.60"
            ) { document in
                document.allowanceCharges.append(adjustment(isCharge: false, code: "Z", rate: zero))
                ExampleInvoice.rebalanceCategories(&document)
            },
            "BR-O-14": category.example(
                "avec une charge de document (BG-21) de 48,40 à taux zéro (Z)",
                "with a zero-rated (Z) document charge (BG-21) of 48.40"
            ) { document in
                document.allowanceCharges.append(adjustment(isCharge: true, code: "Z", rate: zero))
                ExampleInvoice.rebalanceCategories(&document)
            },
        ]
    }
}
