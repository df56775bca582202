/// A numeric cell value as exact decimal digits, read from the text of a `<v>` element.
///
/// Excel stores numbers as binary doubles and writes them as the shortest text that reads back
/// to the same double, so an amount typed as 19.99 may be stored as `19.989999999999998`, and a
/// sum as `0.30000000000000004`. Excel itself shows and compares numbers to 15 significant
/// digits, so the value is rounded to 15 significant digits (half away from zero) and trailing
/// zeros are dropped: `19.989999999999998` gives `19.99`. No binary floating point is involved:
/// the digits of the text are rounded as digits. Exponents (`1.2E-3`) are written out in full.
struct XLSXNumberText: Sendable, Hashable {
    /// Significant digits, without leading or trailing zeros; empty for zero.
    private(set) var digits: [UInt8]
    /// The power of ten of the digit after the last one: the value is `digits × 10^exponent`.
    private(set) var exponent: Int
    private(set) var isNegative: Bool

    /// Excel's precision: digits past the 15th are noise from the binary double.
    static let significantDigits = 15
    /// Exponents beyond this are no amount, date or rate; such cells keep their original text.
    private static let exponentBound = 400

    /// Reads `[-+]digits[.digits][E[-+]digits]`, or returns `nil` for anything else.
    init?(_ text: some StringProtocol) {
        var bytes = Substring(text).utf8[...]
        isNegative = bytes.first == UInt8(ascii: "-")
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var mantissa: [UInt8] = []
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        while let byte = bytes.first, byte != UInt8(ascii: "E"), byte != UInt8(ascii: "e") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if (0x30...0x39).contains(byte) {
                seenDigit = true
                mantissa.append(byte - 0x30)
                if seenPoint { fractionDigits += 1 }
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        var power = 0
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()
            let negativePower = bytes.first == UInt8(ascii: "-")
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard !bytes.isEmpty, bytes.count <= 5, bytes.allSatisfy({ (0x30...0x39).contains($0) }),
                let value = Int(Substring(bytes))
            else { return nil }
            power = negativePower ? -value : value
        }
        digits = mantissa
        exponent = power - fractionDigits
        normalise()
        round(toSignificantDigits: Self.significantDigits)
        if !digits.isEmpty, abs(exponent) > Self.exponentBound { return nil }
    }

    /// The value times `10^shift`: 2 turns a fraction into a percentage.
    func scaled(byPowerOfTen shift: Int) -> XLSXNumberText {
        var copy = self
        if !copy.digits.isEmpty { copy.exponent += shift }
        return copy
    }

    /// Returns the value rounded half away from zero to `decimals` fraction digits, as a format
    /// with that many decimals shows it: `1234.5678` to 2 gives `1234.57`.
    func rounded(toDecimals decimals: Int) -> XLSXNumberText {
        guard !digits.isEmpty, -exponent > decimals else { return self }
        var copy = self
        let kept = digits.count + exponent + decimals
        if kept > 0 {
            copy.round(toSignificantDigits: kept)
        } else if kept == 0, digits[0] >= 5 {
            copy.digits = [1]
            copy.exponent = -decimals
        } else {
            copy.digits = []
            copy.exponent = 0
            copy.isNegative = false
        }
        return copy
    }

    /// The value written out without exponent, with `decimalMark` before the fraction digits,
    /// of which there are at least `minimumDecimals` (a `0.00` format shows `12` as `12.00`).
    func text(decimalMark: Character = ".", minimumDecimals: Int = 0) -> String {
        let fractionDigits = digits.isEmpty ? 0 : max(0, -exponent)
        let padding = max(0, minimumDecimals - fractionDigits)
        let padded = padding == 0 ? "" : (fractionDigits == 0 ? String(decimalMark) : "") + String(repeating: "0", count: padding)
        return plainText(decimalMark: decimalMark) + padded
    }

    private func plainText(decimalMark: Character) -> String {
        if digits.isEmpty { return "0" }
        let characters = digits.map { Character(Unicode.Scalar($0 + 0x30)) }
        var result = isNegative ? "-" : ""
        if exponent >= 0 {
            result += String(characters) + String(repeating: "0", count: exponent)
        } else if -exponent >= characters.count {
            result += "0" + String(decimalMark) + String(repeating: "0", count: -exponent - characters.count) + String(characters)
        } else {
            let split = characters.count + exponent
            result += String(characters[..<split]) + String(decimalMark) + String(characters[split...])
        }
        return result
    }

    /// The whole number of the value when it has no fraction and fits an `Int`.
    var integerValue: Int? {
        guard exponent >= 0, digits.count + exponent <= 18 else { return digits.isEmpty ? 0 : nil }
        let magnitude = digits.reduce(0) { $0 * 10 + Int($1) } * power(of: exponent)
        return isNegative ? -magnitude : magnitude
    }

    /// The value split into whole days and the fraction of a day in seconds, rounded to the
    /// second, for date and time cells; `nil` for a negative value or one beyond year 9999.
    var daysAndSeconds: (days: Int, seconds: Int)? {
        guard !isNegative else { return nil }
        let split = digits.count + exponent
        guard split <= 7 else { return nil }
        let whole = split <= 0 ? [] : Array(digits.prefix(split))
        let days = whole.reduce(0) { $0 * 10 + Int($1) } * (split > digits.count ? power(of: split - digits.count) : 1)
        // The fraction to nine digits is ample for seconds: a day has 86,400 of them.
        var fraction = split >= digits.count ? [] : Array(digits[max(split, 0)...])
        if split < 0 { fraction = Array(repeating: 0, count: -split) + fraction }
        let nine = (fraction + Array(repeating: 0, count: 9)).prefix(9).reduce(0) { $0 * 10 + Int($1) }
        let seconds = (nine * 86_400 + 500_000_000) / 1_000_000_000
        return seconds == 86_400 ? (days + 1, 0) : (days, seconds)
    }

    private func power(of exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * 10 }
    }

    /// Drops leading and trailing zeros, moving trailing ones into the exponent.
    private mutating func normalise() {
        if let first = digits.firstIndex(where: { $0 != 0 }) {
            digits.removeFirst(first)
        } else {
            digits = []
            exponent = 0
            isNegative = false
            return
        }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
    }

    /// Rounds half away from zero to `count` significant digits.
    private mutating func round(toSignificantDigits count: Int) {
        guard digits.count > count else { return }
        let roundUp = digits[count] >= 5
        exponent += digits.count - count
        digits.removeLast(digits.count - count)
        if roundUp {
            var index = digits.count - 1
            while index >= 0 {
                if digits[index] < 9 {
                    digits[index] += 1
                    break
                }
                digits[index] = 0
                index -= 1
            }
            if index < 0 { digits.insert(1, at: 0) }
        }
        normalise()
    }
}
