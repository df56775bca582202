import InvoiceModel

/// BR-DEC-*: amounts written with at most two fraction digits (`string-length(substring-after(x,
/// '.')) <= 2` counts every written digit, so `10.500` fails), BR-DEC-13 and -15 excepted.
extension EN16931Check {
    mutating func checkDecimals() {
        let totals = document.totals
        decimals(totals.lineNet, "BR-DEC-09")
        decimals(totals.allowances, "BR-DEC-10")
        decimals(totals.charges, "BR-DEC-11")
        decimals(totals.taxExclusive, "BR-DEC-12")
        if syntax == .cii { checkVATTotalDecimals() }
        decimals(totals.taxInclusive, "BR-DEC-14")
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

    /// BR-DEC-13 and BR-DEC-15 as the CII artefact tests them: on the value, so `40.000` passes,
    /// and BR-DEC-15 fails when no VAT total is written in the accounting currency (BT-6). The UBL
    /// artefact's tests of both never match an element, so UBL documents never get them.
    private mutating func checkVATTotalDecimals() {
        let totals = document.totals
        // Another total, in the accounting currency, satisfies the artefact's BR-DEC-13 test.
        if let vat = invoiceCurrencyVAT, totals.vatInAccountingCurrency == nil, vat != vat.cents {
            decimals(vat, "BR-DEC-13", force: true)
        }
        guard let taxCurrency = document.vatAccountingCurrency, totals.vat != nil || totals.vatInAccountingCurrency != nil
        else { return }
        let accountingVAT = taxCurrency == document.currency ? invoiceCurrencyVAT : totals.vatInAccountingCurrency
        guard let accountingVAT else {
            return fire(
                "BR-DEC-15",
                LocalizedText(
                    fr: "aucun total de TVA (BT-111) dans la devise de comptabilisation '\(taxCurrency)' : ajoutez-le, arrondi au centime",
                    en: "no VAT total (BT-111) in the accounting currency '\(taxCurrency)': add it, rounded to the cent"))
        }
        if accountingVAT != accountingVAT.cents { decimals(accountingVAT, "BR-DEC-15", force: true) }
    }

    private mutating func decimals(_ amount: Amount?, _ id: String, at location: SourceLocation? = nil, force: Bool = false) {
        guard let amount, force || amount.scale > 2 else { return }
        fire(
            id,
            LocalizedText(
                fr: "\(EN16931Catalogue.byID[id]?.title.fr ?? id) : '\(amount.frenchText)', arrondissez au centime",
                en: "\(EN16931Catalogue.byID[id]?.title.en ?? id): '\(amount)', round it to the cent"),
            at: location)
    }
}
