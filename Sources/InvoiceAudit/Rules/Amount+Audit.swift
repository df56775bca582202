import InvoiceModel

extension Amount {
    /// Rounds to `scale` digits with ties toward +∞, as XPath `round(x * 100) div 100` does in
    /// the official EN 16931 artefacts (so −0.125 gives −0.12 and 0.125 gives 0.13).
    func roundedTiesUp(toScale newScale: Int) -> Amount {
        if newScale >= scale { return rescaled(to: newScale) }
        let divisor = Amount.tenToThe(scale - newScale)
        // floor((units + divisor / 2) / divisor), with divisor even since it is a power of ten ≥ 10.
        // Near the 38-digit limit, ties are rounded away from zero instead, because no real amount gets there.
        let (shifted, overflow) = units.addingReportingOverflow(divisor / 2)
        if overflow { return rounded(toScale: newScale) }
        var quotient = shifted / divisor
        if shifted % divisor != 0 && shifted < 0 { quotient -= 1 }
        return Amount(units: quotient, scale: newScale)
    }

    static func tenToThe(_ exponent: Int) -> Int128 {
        (0..<exponent).reduce(Int128(1)) { value, _ in value * 10 }
    }
}

extension Amount {
    /// The value as French messages write amounts: a decimal comma, and the integer digits
    /// grouped by three with a narrow no-break space as counts are (`2 880,00`).
    var frenchText: String {
        let text = frenchPlainText
        let isNegative = text.hasPrefix("-")
        let unsigned = isNegative ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = LocalizedText.frenchDigitGroups(parts[0])
        let fraction = parts.count > 1 ? "," + parts[1] : ""
        return (isNegative ? "-" : "") + integer + fraction
    }

    /// The value with a decimal comma and no digit groups (`2880,00`), for a value echoed back
    /// as typed, or too long for groups to help.
    var frenchPlainText: String {
        description.replacingFirst(".", with: ",")
    }
}

extension CivilDate {
    /// The date as French text writes it, `dd/mm/yyyy`.
    var frenchText: String {
        let parts = description.split(separator: "-")
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}
