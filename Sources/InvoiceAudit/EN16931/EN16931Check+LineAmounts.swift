import InvoiceModel

/// FA-CALC-03, our line-amount rule: BT-131 = BT-129 × BT-146 ÷ BT-149 − Σ BT-136 + Σ BT-141,
/// within one cent. No CEN rule checks it (Peppol adds it as PEPPOL-EN16931-R120).
extension EN16931Check {
    static let lineTolerance = Amount(units: 1, scale: 2)

    mutating func checkLineAmounts() {
        for line in document.lines {
            guard let declared = line.netAmount, let quantity = line.quantity, let price = line.netPrice else { continue }
            guard var gross = quantity.checkedProduct(price) else { continue }
            if let base = line.baseQuantity, !base.isZero {
                // Eight digits are plenty below the cent; the result is compared with a cent of slack.
                gross = gross.divided(by: base, scale: 8) ?? gross
            }
            var expected = gross
            for adjustment in line.allowanceCharges {
                guard let amount = adjustment.amount else { continue }
                expected += adjustment.isCharge ? amount : -amount
            }
            guard (declared - expected).magnitude > EN16931Check.lineTolerance else { continue }
            let rounded = expected.rounded(toScale: 2)
            fire(
                "FA-CALC-03",
                LocalizedText(
                    fr: "montant net de la ligne '\(line.id ?? "?")' déclaré '\(declared.frenchText)', calculé '\(rounded.frenchText)' : corrigez la quantité, le prix ou le montant",
                    en: "net amount of line '\(line.id ?? "?")' declared '\(declared)', computed '\(rounded)': correct the quantity, price or amount"),
                at: line.source)
        }
    }
}
