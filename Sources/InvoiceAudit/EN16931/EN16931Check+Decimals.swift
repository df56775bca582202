import InvoiceModel

/// BR-DEC-*: amounts written with at most two fraction digits (`string-length(substring-after(x,
/// '.')) <= 2` counts every written digit, so `10.500` fails).
extension EN16931Check {
    mutating func checkDecimals() {
        let totals = document.totals
        decimals(totals.lineNet, "BR-DEC-09")
        decimals(totals.allowances, "BR-DEC-10")
        decimals(totals.charges, "BR-DEC-11")
        decimals(totals.taxExclusive, "BR-DEC-12")
        decimals(totals.vat, "BR-DEC-13")
        decimals(totals.taxInclusive, "BR-DEC-14")
        decimals(totals.vatInAccountingCurrency, "BR-DEC-15")
        decimals(totals.prepaid, "BR-DEC-16")
        decimals(totals.rounding, "BR-DEC-17")
        decimals(totals.payable, "BR-DEC-18")
        for entry in document.vatBreakdown {
            decimals(entry.taxableAmount, "BR-DEC-19")
            decimals(entry.taxAmount, "BR-DEC-20")
        }
        for charge in document.allowanceCharges {
            decimals(charge.amount, charge.isCharge ? "BR-DEC-05" : "BR-DEC-01", at: charge.source)
            decimals(charge.baseAmount, charge.isCharge ? "BR-DEC-06" : "BR-DEC-02", at: charge.source)
        }
        for line in document.lines {
            decimals(line.netAmount, "BR-DEC-23", at: line.source)
            for charge in line.allowanceCharges {
                decimals(charge.amount, charge.isCharge ? "BR-DEC-27" : "BR-DEC-24", at: charge.source ?? line.source)
                decimals(charge.baseAmount, charge.isCharge ? "BR-DEC-28" : "BR-DEC-25", at: charge.source ?? line.source)
            }
        }
    }

    private mutating func decimals(_ amount: Amount?, _ id: String, at location: SourceLocation? = nil) {
        guard let amount, amount.scale > 2 else { return }
        fire(
            id,
            LocalizedText(
                fr: "\(EN16931Catalogue.byID[id]?.title.fr ?? id) : '\(amount.frenchText)', arrondissez au centime",
                en: "\(EN16931Catalogue.byID[id]?.title.en ?? id): '\(amount)', round it to the cent"),
            at: location)
    }
}
