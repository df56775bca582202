import InvoiceModel

extension RuleExample {
    /// EN 16931 VAT category rules: BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF and BR-AG.
    /// Every family has the same ten rules, so ``VATCategoryExamples`` builds its table.
    static let en16931VATExamples: [String: RuleExample] = VATCategoryFamily.all.reduce(into: [:]) { table, family in
        table.merge(VATCategoryExamples(family).table) { first, _ in first }
    }
}

/// The examples of one VAT category family. Each starts from the reference invoice in that
/// category (``ExampleInvoice/compliant(in:)``) and changes one thing.
struct VATCategoryExamples {
    let family: VATCategoryFamily
    /// The category invoice as the situation sentences name it.
    let base: LocalizedText

    init(_ family: VATCategoryFamily) {
        self.family = family
        let rate = ExampleInvoice.standardRate(of: family).map { " à \($0.frenchText) %" } ?? ""
        let rateEN = ExampleInvoice.standardRate(of: family).map { " at \($0)%" } ?? ""
        base =
            family.code == "S"
            ? LocalizedText(fr: "la facture de référence\(rate) (S)", en: "the reference invoice\(rateEN) (S)")
            : LocalizedText(
                fr: "la facture de référence en « \(family.fr) » (\(family.code))\(family.hasRates ? rate : "")",
                en: "the reference invoice as '\(family.en)' (\(family.code))\(family.hasRates ? rateEN : "")")
    }

    var table: [String: RuleExample] {
        var table = [
            family.id(1): withoutBreakdown(),
            family.id(2): withParties(adjustment: nil),
            family.id(3): withParties(adjustment: false),
            family.id(4): withParties(adjustment: true),
            family.id(5): withLineRate(),
            family.id(6): withAdjustmentRate(isCharge: false),
            family.id(7): withAdjustmentRate(isCharge: true),
            family.id(8): withTaxableAmount(),
            family.id(9): withTaxAmount(),
            family.id(10): withExemptionReason(),
        ]
        if family.code == "K" { table.merge(VATCategoryExamples.intraCommunityExamples(self)) { first, _ in first } }
        if family.code == "O" { table.merge(VATCategoryExamples.notSubjectExamples(self)) { first, _ in first } }
        return table
    }

    /// Makes an example of the category invoice changed by `change`.
    func example(_ fr: String, _ en: String, change: @escaping @Sendable (inout Document) -> Void) -> RuleExample {
        let family = family
        return RuleExample(LocalizedText(fr: "\(base.fr) \(fr)", en: "\(base.en) \(en)")) {
            var document = ExampleInvoice.compliant(in: family)
            change(&document)
            return [document]
        }
    }
}
