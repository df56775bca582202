import InvoiceModel

/// BR-CO-10 to BR-CO-17: the totals chain and the VAT per category, with the rounding of the
/// official artefacts (`round(x * 100) div 100`, ties toward +∞) and their per-syntax tolerances.
extension EN16931Check {
    mutating func checkTotals() {
        let totals = document.totals
        let allowances = document.allowanceCharges.filter { !$0.isCharge }
        let charges = document.allowanceCharges.filter(\.isCharge)

        // Inside the totals group a missing amount compares as false, so the rule fires.
        guard hasMonetaryTotals else {
            checkVATTotal()
            checkGrandTotal()
            checkCategoryVAT()
            return
        }
        let sum = document.lines.compactMap(\.netAmount).reduce(Amount.zero, +).cents
        if let declared = totals.lineNet {
            require(declared == sum, "BR-CO-10", detail("BT-106", declared: declared, computed: sum))
        } else {
            fire("BR-CO-10")
        }
        checkDocumentSum(declared: totals.allowances, of: allowances, term: "BT-107", rule: "BR-CO-11")
        checkDocumentSum(declared: totals.charges, of: charges, term: "BT-108", rule: "BR-CO-12")

        if let netTotal = totals.taxExclusive, let lineNet = totals.lineNet {
            var expected = lineNet - (totals.allowances ?? .zero) + (totals.charges ?? .zero)
            // UBL compares BT-109 with BT-106 unrounded when there is no allowance or charge total.
            if syntax == .cii || totals.allowances != nil || totals.charges != nil { expected = expected.cents }
            require(netTotal == expected, "BR-CO-13", detail("BT-109", declared: netTotal, computed: expected))
        } else {
            fire("BR-CO-13")
        }

        checkVATTotal()
        checkGrandTotal()
        checkAmountDue()
        checkCategoryVAT()
    }

    /// BR-CO-11 / BR-CO-12: the declared sum equals the rounded sum of the document-level amounts,
    /// and both are absent together.
    private mutating func checkDocumentSum(declared: Amount?, of entries: [AllowanceCharge], term: String, rule: String) {
        let sum = entries.compactMap(\.amount).reduce(Amount.zero, +).cents
        guard let declared else {
            require(entries.isEmpty, rule)
            return
        }
        require(declared == sum, rule, detail(term, declared: declared, computed: sum))
    }

    /// BR-CO-14: BT-110 is the rounded sum of the category VAT amounts (UBL: per `cac:TaxTotal`
    /// that has subtotals; CII: the tax total in the invoice currency).
    private mutating func checkVATTotal() {
        // The UBL artefact compares each `cac:TaxTotal` with its own subtotals, whatever the
        // currency, so a tax-currency total (BT-111) or a currency mismatch is judged on its own.
        if syntax == .ubl, let taxTotals = document.sourceFacts?.ublTaxTotals {
            for total in taxTotals {
                guard let subtotalSum = total.subtotalSum?.cents else { continue }
                guard let declared = total.taxAmount else {
                    fire("BR-CO-14")
                    continue
                }
                require(declared == subtotalSum, "BR-CO-14", detail("BT-110", declared: declared, computed: subtotalSum))
            }
            return
        }
        let sum = document.vatBreakdown.compactMap(\.taxAmount).reduce(Amount.zero, +).cents
        switch (syntax, invoiceCurrencyVAT) {
        case (.ubl, nil):
            require(document.vatBreakdown.isEmpty, "BR-CO-14")
        case (.ubl, let vat?):
            require(document.vatBreakdown.isEmpty || vat == sum, "BR-CO-14", detail("BT-110", declared: vat, computed: sum))
        case (.cii, nil):
            break
        case (.cii, let vat?):
            require(vat == sum, "BR-CO-14", detail("BT-110", declared: vat, computed: sum))
        }
    }

    /// BR-CO-15: BT-112 = round(BT-109 + BT-110), with exactly one VAT total in the invoice
    /// currency; the CII artefact also accepts BT-112 = BT-109.
    private mutating func checkGrandTotal() {
        guard document.currency != nil else { return }
        let totals = document.totals
        // Two VAT totals in the invoice currency fail the artefacts' count, whatever their amounts.
        if let facts = document.sourceFacts, facts.vatTotalsInInvoiceCurrency > 1,
            !(syntax == .cii && totals.taxInclusive != nil && totals.taxInclusive == totals.taxExclusive)
        {
            return fire("BR-CO-15")
        }
        guard let vat = invoiceCurrencyVAT else {
            // No VAT total in the invoice currency: the count condition fails.
            if !(syntax == .cii && totals.taxInclusive != nil && totals.taxInclusive == totals.taxExclusive) {
                fire("BR-CO-15")
            }
            return
        }
        guard let grandTotal = totals.taxInclusive, let netTotal = totals.taxExclusive else {
            return fire("BR-CO-15")
        }
        let expected = (netTotal + vat).cents
        let lenient = syntax == .cii && grandTotal == netTotal
        require(grandTotal == expected || lenient, "BR-CO-15", detail("BT-112", declared: grandTotal, computed: expected))
    }

    /// BR-CO-16: BT-115 = BT-112 − BT-113 + BT-114. CII compares exactly. UBL rounds to the cent
    /// only the sides that hold a BT-113 or a BT-114, so without either it compares exactly too.
    private mutating func checkAmountDue() {
        let totals = document.totals
        guard let due = totals.payable else { return fire("BR-CO-16") }
        let grandTotal = totals.taxInclusive ?? .zero
        let paid = totals.prepaid ?? .zero
        let rounding = totals.rounding ?? .zero
        let passes: Bool
        switch syntax {
        case .ubl:
            let payableSide = totals.rounding == nil ? due : (due - rounding).cents
            let totalSide = totals.prepaid == nil ? grandTotal : (grandTotal - paid).cents
            passes = totals.taxInclusive != nil && payableSide == totalSide
        case .cii:
            passes = totals.taxInclusive != nil && due == grandTotal - paid + rounding
        }
        require(passes, "BR-CO-16", detail("BT-115", declared: due, computed: grandTotal - paid + rounding))
    }

    /// BR-CO-17: category VAT within one unit of round(|base| × rate / 100); UBL strict, CII inclusive.
    private mutating func checkCategoryVAT() {
        for entry in document.vatBreakdown {
            // Without a rate (outside the VAT scheme the rate reads as missing) the VAT must round to 0.
            guard entry.isVATScheme, let rate = entry.rate else {
                require(entry.taxAmount?.roundedTiesUp(toScale: 0).isZero ?? false, "BR-CO-17")
                continue
            }
            // A missing amount makes every comparison false.
            guard let vat = entry.taxAmount else {
                fire("BR-CO-17")
                continue
            }
            if rate.roundedTiesUp(toScale: 0).isZero {
                require(vat.roundedTiesUp(toScale: 0).isZero, "BR-CO-17")
                continue
            }
            guard let base = entry.taxableAmount else {
                fire("BR-CO-17")
                continue
            }
            guard let product = base.magnitude.checkedProduct(rate) else { continue }
            let expected = product.dividedByHundred.cents
            let category = entry.category ?? ""
            require(
                within(vat.magnitude, expected, strict: syntax == .ubl), "BR-CO-17",
                LocalizedText(
                    fr: "BT-117 de la catégorie '\(category)' à \(rate.frenchText) % déclaré '\(vat.frenchText)', calculé '\(expected.frenchText)' sur la base '\(base.frenchText)' : corrigez le montant de TVA ou la base",
                    en: "BT-117 of category '\(category)' at \(rate) % declared '\(vat)', computed '\(expected)' from the base '\(base)': correct the VAT amount or the base"))
        }
    }

    /// BT-110 as the CII artefact finds it: a `TaxTotalAmount` whose `currencyID` is the invoice
    /// currency. The importer also reads one written without `currencyID`, which the artefact skips.
    var invoiceCurrencyVAT: Amount? {
        guard syntax == .cii, let facts = document.sourceFacts else { return document.totals.vat }
        return facts.vatTotalsInInvoiceCurrency == 0 ? nil : document.totals.vat
    }

    /// True when |value − target| < 1 (strict) or ≤ 1.
    func within(_ value: Amount, _ target: Amount, strict: Bool) -> Bool {
        let gap = (value - target).magnitude
        return strict ? gap < Amount(1) : gap <= Amount(1)
    }

    func detail(_ term: String, declared: Amount, computed: Amount) -> LocalizedText {
        LocalizedText(
            fr: "\(term) déclaré '\(declared.frenchText)', calculé '\(computed.frenchText)' : corrigez le montant ou ses éléments",
            en: "\(term) declared '\(declared)', computed '\(computed)': correct the amount or its parts")
    }
}

extension Amount {
    /// Rounded to cents as the artefacts do, ties toward +∞.
    var cents: Amount { roundedTiesUp(toScale: 2) }

    /// Returns the product, or `nil` when it does not fit in 128 bits. Trailing zeros are dropped
    /// first, so that long written scales do not overflow on their own.
    func checkedProduct(_ other: Amount) -> Amount? {
        let lhs = rounded(toScale: significantScale)
        let rhs = other.rounded(toScale: other.significantScale)
        let (units, overflow) = lhs.units.multipliedReportingOverflow(by: rhs.units)
        guard !overflow else { return nil }
        let scale = lhs.scale + rhs.scale
        // Beyond the largest scale, Amount's product rounds the same units, which did not overflow.
        return scale <= Amount.maximumScale ? Amount(units: units, scale: scale) : lhs * rhs
    }

    /// The value divided by 100, exactly.
    var dividedByHundred: Amount {
        scale + 2 <= Amount.maximumScale ? Amount(units: units, scale: scale + 2) : (self * Amount(units: 1, scale: 2))
    }
}
