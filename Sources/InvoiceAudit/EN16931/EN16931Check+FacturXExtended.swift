import InvoiceModel

/// BR-FXEXT-CO-10 … -16: the totals chain of a Factur-X EXTENDED invoice, whose schematron drops
/// the CEN BR-CO-10 … 16 for these variants. Lines count when their subtype (BT-X-8) is `DETAIL`
/// or absent, and each sum may differ from its total by one cent per amount summed.
extension EN16931Check {
    mutating func checkFacturXExtendedTotals() {
        // The rules live in the totals group: a document without one gets none of them.
        guard isFacturXExtended, hasMonetaryTotals else { return }
        let totals = document.totals
        let allowances = document.allowanceCharges.filter { !$0.isCharge }
        let charges = document.allowanceCharges.filter(\.isCharge)
        let detailLines = document.lines.filter(\.isExtendedDetail)
        let lineSum = detailLines.compactMap(\.netAmount).reduce(Amount.zero, +).cents
        let allowanceSum = allowances.compactMap(\.amount).reduce(Amount.zero, +).cents
        let chargeSum = charges.compactMap(\.amount).reduce(Amount.zero, +).cents

        // BR-FXEXT-CO-10 allows one cent per line of any subtype.
        requireWithin(
            totals.lineNet, lineSum, cents: document.lines.count, term: "BT-106", rule: "BR-FXEXT-CO-10")
        if !allowances.isEmpty || totals.allowances != nil {
            requireWithin(totals.allowances, allowanceSum, cents: allowances.count, term: "BT-107", rule: "BR-FXEXT-CO-11")
        }
        if !charges.isEmpty || totals.charges != nil {
            requireWithin(totals.charges, chargeSum, cents: charges.count, term: "BT-108", rule: "BR-FXEXT-CO-12")
        }
        let amounts = detailLines.count + allowances.count + charges.count
        requireWithin(
            totals.taxExclusive, lineSum - allowanceSum + chargeSum, cents: amounts, term: "BT-109",
            rule: "BR-FXEXT-CO-13")
        checkExtendedGrandTotal(cents: amounts)
        checkExtendedAmountDue()
    }

    /// BR-FXEXT-CO-15: exactly one VAT total in the invoice currency, and BT-112 within the
    /// tolerance of BT-109 + BT-110. Without that VAT total the schematron's test has nothing
    /// to compare and fails.
    private mutating func checkExtendedGrandTotal(cents: Int) {
        let totals = document.totals
        let count = document.sourceFacts?.vatTotalsInInvoiceCurrency ?? (totals.vat == nil ? 0 : 1)
        guard document.currency != nil, count == 1, let vat = totals.vat, let net = totals.taxExclusive else {
            return fire("BR-FXEXT-CO-15")
        }
        requireWithin(totals.taxInclusive, net + vat, cents: cents, term: "BT-112", rule: "BR-FXEXT-CO-15")
    }

    /// BR-FXEXT-CO-16: BT-115 = BT-112 − BT-113 + BT-114, exactly; a missing BT-112, BT-113 or
    /// BT-114 counts as zero.
    private mutating func checkExtendedAmountDue() {
        let totals = document.totals
        guard let due = totals.payable else { return fire("BR-FXEXT-CO-16") }
        // NOTE: the schematron also adds the amounts collected for a third party
        // (ram:SpecifiedFinancialAdjustment, BT-179), which the model does not read.
        let expected = (totals.taxInclusive ?? .zero) - (totals.prepaid ?? .zero) + (totals.rounding ?? .zero)
        require(due == expected, "BR-FXEXT-CO-16", detail("BT-115", declared: due, computed: expected))
    }

    /// Fires `rule` unless `declared` exists and lies within `cents` hundredths of `computed`.
    private mutating func requireWithin(_ declared: Amount?, _ computed: Amount, cents: Int, term: String, rule: String) {
        guard let declared else { return fire(rule) }
        let tolerance = Amount(units: Int128(cents), scale: 2)
        guard (declared - computed).magnitude > tolerance else { return }
        fire(
            rule,
            LocalizedText(
                fr: "\(term) déclaré '\(declared.frenchText)', calculé '\(computed.frenchText)', écart toléré \(tolerance.frenchText) : corrigez le montant ou ses éléments",
                en: "\(term) declared '\(declared)', computed '\(computed)', allowed difference \(tolerance): correct the amount or its parts"))
    }

    /// True for a CII document that declares the Factur-X EXTENDED profile.
    var isFacturXExtended: Bool {
        syntax == .cii && document.specification.flatMap(Profile.init(specification:)) == .extended
    }
}

extension Line {
    /// True when the line's subtype (BT-X-8, `ram:LineStatusReasonCode`) is `DETAIL` or absent:
    /// the lines the EXTENDED schematron sums. It compares the code as written, case included.
    var isExtendedDetail: Bool { statusReasonCode == nil || statusReasonCode == "DETAIL" }
}
