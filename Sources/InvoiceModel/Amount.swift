/// An exact decimal number: an integer count of units at a given number of fraction digits.
///
/// Amounts, prices, quantities and rates all use this type, so no value goes through binary
/// floating point between the input text and a rule. The scale written in the source is kept:
/// `19.90` prints back as `19.90`. Two amounts compare equal when they denote the same number,
/// whatever their scales (`19.9 == 19.90`).
public struct Amount: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value times 10^scale.
    public let units: Int128
    /// The number of fraction digits.
    public let scale: Int

    /// The largest scale an amount may carry; deeper fractions are rejected by the parser.
    public static let maximumScale = 18

    public static let zero = Amount(units: 0, scale: 0)

    public init(units: Int128, scale: Int) {
        precondition(scale >= 0 && scale <= Amount.maximumScale, "scale out of range")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) {
        self.init(units: Int128(integer), scale: 0)
    }

    /// Parses plain decimal text: an optional sign, digits, and an optional point followed by digits.
    ///
    /// Leading and trailing ASCII spaces are ignored; anything else (thousands separators, a comma,
    /// an exponent, a currency sign) makes the result `nil`, so callers can report the exact value.
    public init?(parsing text: some StringProtocol) {
        var negative = false
        var units: Int128 = 0
        var scale = 0
        var digits = 0
        var seenPoint = false
        var bytes = Substring(text).utf8[...]
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times, overflow1) = units.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int128(byte - UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                units = sum
                digits += 1
                if seenPoint { scale += 1 }
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
            default:
                return nil
            }
        }
        if digits == 0 || scale > Amount.maximumScale { return nil }
        if seenPoint && scale == 0 { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }

    public var magnitude: Amount { Amount(units: units < 0 ? -units : units, scale: scale) }

    /// Returns the same number at a larger scale, exactly. A value whose units would not fit at
    /// that scale keeps its own.
    public func rescaled(to newScale: Int) -> Amount {
        rescaledReportingOverflow(to: newScale) ?? self
    }

    /// Rounds to `newScale` fraction digits, halves away from zero (commercial rounding).
    public func rounded(toScale newScale: Int) -> Amount {
        if newScale >= scale { return rescaled(to: newScale) }
        let divisor = Amount.powerOfTen(scale - newScale)
        let quotient = units / divisor
        let remainder = units % divisor
        let twiceRemainder = (remainder < 0 ? -remainder : remainder) * 2
        if twiceRemainder >= divisor {
            return Amount(units: quotient + (units < 0 ? -1 : 1), scale: newScale)
        }
        return Amount(units: quotient, scale: newScale)
    }

    /// Divides and rounds the quotient to `scale` fraction digits, halves away from zero.
    ///
    /// Returns `nil` for a zero divisor, and when the dividend shifted to that scale does not fit.
    public func divided(by divisor: Amount, scale resultScale: Int) -> Amount? {
        if divisor.isZero { return nil }
        // self / divisor = (u1 / 10^s1) / (u2 / 10^s2) = u1 * 10^(s2 - s1) / u2.
        // Compute at resultScale + 1 digits, then round the last one.
        let shift = resultScale + 1 + divisor.scale - scale
        var numerator = units
        var denominator = divisor.units
        var overflow = false
        if shift >= 0 {
            (numerator, overflow) = numerator.multipliedReportingOverflow(by: Amount.powerOfTen(shift))
        } else {
            (denominator, overflow) = denominator.multipliedReportingOverflow(by: Amount.powerOfTen(-shift))
        }
        if overflow { return nil }
        let extended = Amount(units: numerator / denominator, scale: resultScale + 1)
        return extended.rounded(toScale: resultScale)
    }

    /// The scale with trailing zeros removed (`19.90` → 1, `20.00` → 0).
    public var significantScale: Int {
        var value = units
        var digits = scale
        while digits > 0 && value % 10 == 0 {
            value /= 10
            digits -= 1
        }
        return digits
    }

    /// Returns the exact sum when it fits in 38 digits. Otherwise both terms are first rounded to
    /// the most fraction digits at which the sum fits.
    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        lhs.addingReportingOverflow(rhs) ?? sumRoundedToFit(lhs, rhs)
    }

    public static func - (lhs: Amount, rhs: Amount) -> Amount {
        lhs + (-rhs)
    }

    public static prefix func - (value: Amount) -> Amount {
        Amount(units: -value.units, scale: value.scale)
    }

    /// Returns the product, exact up to ``maximumScale`` fraction digits and rounded half away from
    /// zero beyond. A product over 38 digits keeps only the fraction digits that fit.
    public static func * (lhs: Amount, rhs: Amount) -> Amount {
        let scale = lhs.scale + rhs.scale
        let (product, overflow) = lhs.units.multipliedReportingOverflow(by: rhs.units)
        if overflow {
            return lhs.productRoundedToFit(rhs) ?? Amount.limit(negative: lhs.isNegative != rhs.isNegative)
        }
        if scale <= maximumScale {
            return Amount(units: product, scale: scale)
        }
        let excess = powerOfTen(scale - maximumScale)
        let quotient = product / excess
        let remainder = product % excess
        let roundsAway = (remainder < 0 ? -remainder : remainder) * 2 >= excess
        guard roundsAway else { return Amount(units: quotient, scale: maximumScale) }
        let awayFromZero: Int128 = product < 0 ? -1 : 1
        return Amount(units: quotient + awayFromZero, scale: maximumScale)
    }

    public static func += (lhs: inout Amount, rhs: Amount) { lhs = lhs + rhs }
    public static func -= (lhs: inout Amount, rhs: Amount) { lhs = lhs - rhs }

    /// Compares at the larger scale. A value whose units overflow at that scale is beyond every
    /// value that fits there, so its sign decides.
    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        guard let left = lhs.rescaledReportingOverflow(to: scale) else { return lhs.isNegative }
        guard let right = rhs.rescaledReportingOverflow(to: scale) else { return !rhs.isNegative }
        return left.units < right.units
    }

    public static func == (lhs: Amount, rhs: Amount) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        guard let left = lhs.rescaledReportingOverflow(to: scale), let right = rhs.rescaledReportingOverflow(to: scale)
        else { return false }
        return left.units == right.units
    }

    public func hash(into hasher: inout Hasher) {
        let normal = rounded(toScale: significantScale)
        hasher.combine(normal.units)
        hasher.combine(normal.scale)
    }

    /// The value with exactly its own scale, a point as decimal separator and a leading `-` if negative.
    public var description: String {
        let negative = units < 0
        var digits = String(negative ? -units : units)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }

    /// Prints the value with at least `minimumScale` fraction digits, keeping any extra digits.
    public func formatted(minimumScale: Int) -> String {
        scale >= minimumScale ? description : rescaled(to: minimumScale).description
    }

    static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

extension Amount: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Amount(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid decimal '\(text)': expected digits with an optional point")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
