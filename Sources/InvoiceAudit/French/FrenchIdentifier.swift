/// Offline checks of French company identifiers: SIREN, SIRET and the French VAT number.
public enum FrenchIdentifier {
    /// La Poste's SIREN: its establishments' SIRETs do not pass the Luhn check but have a digit
    /// sum that is a multiple of 5 (INSEE rule).
    static let laPosteSIREN = "356000000"

    /// The identifier without spaces, no-break spaces and dots, as people write it (`812 476 356`).
    static func compact(_ text: String) -> String {
        // Identifiers written as bare digits need no filtering.
        if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return text }
        return text.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" && $0 != "." && $0 != "-" }.uppercased()
    }

    /// True for nine digits that pass the Luhn check.
    public static func isValidSIREN(_ text: String) -> Bool {
        let digits = compact(text)
        // Bare ASCII digits, the usual case, are counted on their bytes rather than as `Character`s.
        if isASCIIDigits(digits) { return digits.utf8.count == 9 && luhn(digits) }
        return digits.count == 9 && digits.allSatisfy(\.isASCIIDigit) && luhn(digits)
    }

    /// True for fourteen digits that pass the Luhn check, or La Poste's digit-sum rule.
    public static func isValidSIRET(_ text: String) -> Bool {
        let digits = compact(text)
        if isASCIIDigits(digits) {
            guard digits.utf8.count == 14 else { return false }
        } else {
            guard digits.count == 14, digits.allSatisfy(\.isASCIIDigit) else { return false }
        }
        if digits.hasPrefix(laPosteSIREN) {
            return luhn(digits) || digitSum(digits) % 5 == 0
        }
        return luhn(digits)
    }

    /// The two-digit key of the French VAT number of `siren`: `(12 + 3 × (SIREN mod 97)) mod 97`.
    public static func vatKey(siren: String) -> String? {
        let digits = compact(siren)
        guard digits.count == 9, let value = Int(digits) else { return nil }
        let key = (12 + 3 * (value % 97)) % 97
        return key < 10 ? "0\(key)" : String(key)
    }

    /// How a French VAT number reads: its SIREN and whether its key could be checked and matched.
    public enum VATNumberCheck: Sendable, Hashable {
        /// Not `FR` + 2 characters + 9 digits.
        case malformed
        /// An old alphanumeric key, which cannot be checked offline.
        case unverifiableKey(siren: String)
        case wrongKey(siren: String, expected: String)
        case valid(siren: String)
    }

    /// Checks a VAT number that starts with `FR`; other countries' numbers return `nil`.
    public static func checkVATNumber(_ text: String) -> VATNumberCheck? {
        let value = compact(text)
        guard value.hasPrefix("FR") else { return nil }
        let rest = Array(value.dropFirst(2))
        guard rest.count == 11 else { return .malformed }
        let key = String(rest[0..<2])
        let siren = String(rest[2...])
        guard siren.allSatisfy(\.isASCIIDigit) else { return .malformed }
        guard key.allSatisfy(\.isASCIIDigit) else { return .unverifiableKey(siren: siren) }
        guard let expected = vatKey(siren: siren) else { return .malformed }
        return expected == key ? .valid(siren: siren) : .wrongKey(siren: siren, expected: expected)
    }

    /// True when every byte of `text` is an ASCII digit (and `text` is not empty).
    private static func isASCIIDigits(_ text: String) -> Bool {
        !text.utf8.isEmpty && text.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// Checks the Luhn sum of ASCII digits (callers check the digits first).
    private static func luhn(_ digits: String) -> Bool {
        var sum = 0
        for (index, byte) in digits.utf8.reversed().enumerated() {
            let digit = Int(byte) - Int(UInt8(ascii: "0"))
            guard digit >= 0 && digit <= 9 else { return false }
            if index % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    private static func digitSum(_ digits: String) -> Int {
        digits.reduce(0) { $0 + ($1.wholeNumberValue ?? 0) }
    }
}

extension Character {
    /// True for the ten ASCII digits only: a digit carrying a combining mark is one `Character`
    /// that compares between "0" and "9", so comparing is not enough.
    var isASCIIDigit: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
