import InvoiceModel

/// FA-CALC-03, our line-amount rule: BT-131 = BT-129 × BT-146 ÷ BT-149 − Σ BT-136 + Σ BT-141,
/// within one cent. No CEN rule checks it (Peppol adds it as PEPPOL-EN16931-R120).
extension EN16931Check {
    static let lineTolerance = Amount(units: 1, scale: 2)

    mutating func checkLineAmounts() {
        for line in document.lines {
            guard let declared = line.netAmount, let quantity = line.quantity, let price = line.netPrice else { continue }
            guard let expected = Self.expectedNetAmount(line, quantity: quantity, price: price),
                let differs = Self.differsBeyondTolerance(declared, expected)
            else {
                fire(
                    "FA-CALC-03",
                    LocalizedText(
                        fr: "montant net \(Self.lineName(line).fr) non vérifié : quantité '\(quantity.frenchPlainText)' × prix '\(price.frenchPlainText)' dépasse les 38 chiffres d'un montant ; vérifiez la quantité et le prix",
                        en: "net amount of \(Self.lineName(line).en) not checked: quantity '\(quantity)' × price '\(price)' exceeds the 38 digits of an amount; check the quantity and price"),
                    at: line.source, severity: .warning)
                continue
            }
            guard differs else { continue }
            // A value too large to write with cents is shown as computed.
            let rounded = expected.scale > 2 ? expected.rounded(toScale: 2) : expected.rescaledReportingOverflow(to: 2) ?? expected
            fire(
                "FA-CALC-03",
                LocalizedText(
                    fr: "montant net \(Self.lineName(line).fr) déclaré '\(declared.frenchText)', calculé '\(rounded.frenchText)' : corrigez la quantité, le prix ou le montant",
                    en: "net amount of \(Self.lineName(line).en) declared '\(declared)', computed '\(rounded)': correct the quantity, price or amount"),
                at: line.source)
        }
    }

    /// Names the line by its id (BT-126), or plainly for an export line, which has none and is
    /// located by its row.
    private static func lineName(_ line: Line) -> (fr: String, en: String) {
        guard let id = line.id else { return ("de la ligne", "the line") }
        return ("de la ligne '\(id)'", "line '\(id)'")
    }

    /// Returns whether two amounts differ by more than a cent, or `nil` when they are too large to
    /// tell. Amounts too large to write at each other's scale are compared at the smaller scale.
    private static func differsBeyondTolerance(_ declared: Amount, _ expected: Amount) -> Bool? {
        if let difference = declared.addingReportingOverflow(-expected) {
            return difference.magnitude > EN16931Check.lineTolerance
        }
        let scale = min(declared.scale, expected.scale)
        // Opposite signs too large to subtract differ by far more than a cent.
        guard let difference = declared.rounded(toScale: scale).addingReportingOverflow(-expected.rounded(toScale: scale))
        else { return true }
        // Within one unit of the smaller scale (at least 0.1), the rounding hides the cents.
        return difference.magnitude > Amount(units: 1, scale: scale) ? true : nil
    }

    /// Computes quantity × price ÷ base quantity − allowances + charges, or `nil` when a step
    /// exceeds the 38 digits of an amount.
    private static func expectedNetAmount(_ line: Line, quantity: Amount, price: Amount) -> Amount? {
        guard var gross = quantity.productRoundedToFit(price) else { return nil }
        if let base = line.baseQuantity, !base.isZero {
            // Eight digits are plenty below the cent, because the result is compared with a cent of slack.
            guard let divided = gross.divided(by: base, scale: 8) else { return nil }
            gross = divided
        }
        var expected = gross
        for adjustment in line.allowanceCharges {
            guard let amount = adjustment.amount else { continue }
            guard let sum = expected.addingReportingOverflow(adjustment.isCharge ? amount : -amount) else { return nil }
            expected = sum
        }
        return expected
    }
}
