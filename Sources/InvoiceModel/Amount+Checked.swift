extension Amount {
    /// Returns the product, rounded half away from zero to the most fraction digits that fit (at
    /// most ``maximumScale``), or `nil` when even its integer part exceeds 38 digits.
    ///
    /// The product is formed on 256 bits, so a quantity and a price with many decimals still give
    /// a value where `*` would overflow.
    public func productRoundedToFit(_ other: Amount) -> Amount? {
        let lhs = rounded(toScale: significantScale)
        let rhs = other.rounded(toScale: other.significantScale)
        let negative = (lhs.units < 0) != (rhs.units < 0)
        let product = lhs.units.magnitude.multipliedFullWidth(by: rhs.units.magnitude)
        let scale = lhs.scale + rhs.scale
        for dropped in max(0, scale - Amount.maximumScale)...scale {
            // Both scales are at most 18, so 10^dropped ≤ 10^36 fits in 128 bits.
            let divisor = UInt128(Amount.powerOfTen(dropped))
            guard product.high < divisor else { continue }
            var (quotient, remainder) = divisor.dividingFullWidth(product)
            if remainder >= divisor - remainder {
                guard quotient < UInt128.max else { continue }
                quotient += 1
            }
            guard quotient <= UInt128(Int128.max) else { continue }
            let units = Int128(quotient)
            return Amount(units: negative ? -units : units, scale: scale - dropped)
        }
        return nil
    }

    /// Returns the sum, or `nil` when it does not fit in an amount.
    public func addingReportingOverflow(_ other: Amount) -> Amount? {
        let scale = max(self.scale, other.scale)
        guard let lhs = rescaledReportingOverflow(to: scale), let rhs = other.rescaledReportingOverflow(to: scale)
        else { return nil }
        let (units, overflow) = lhs.units.addingReportingOverflow(rhs.units)
        return overflow ? nil : Amount(units: units, scale: scale)
    }

    /// Returns the same number at a larger scale, or `nil` when its units do not fit.
    public func rescaledReportingOverflow(to newScale: Int) -> Amount? {
        precondition(newScale >= scale)
        let (units, overflow) = units.multipliedReportingOverflow(by: Amount.powerOfTen(newScale - scale))
        return overflow ? nil : Amount(units: units, scale: newScale)
    }

    /// Returns the sum with both terms rounded to the largest common scale at which it fits, or
    /// the limit of its sign when even whole units overflow.
    static func sumRoundedToFit(_ lhs: Amount, _ rhs: Amount) -> Amount {
        for scale in stride(from: max(lhs.scale, rhs.scale) - 1, through: 0, by: -1) {
            if let sum = lhs.rounded(toScale: scale).addingReportingOverflow(rhs.rounded(toScale: scale)) { return sum }
        }
        return limit(negative: lhs.isNegative)
    }

    /// Returns the amount of largest magnitude and the given sign, used for a result beyond 38 digits.
    ///
    /// No real invoice contains such a value. Arithmetic on absurd inputs returns it instead of
    /// trapping, so the rules report the document and the run goes on.
    static func limit(negative: Bool) -> Amount {
        Amount(units: negative ? -Int128.max : Int128.max, scale: 0)
    }
}
