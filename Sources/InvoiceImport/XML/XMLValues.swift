import InvoiceModel

/// Conversions from the XML Schema lexical forms that invoices use to model values.
enum XMLValues {
    /// Parses an `xs:decimal`: what ``Amount/init(parsing:)`` accepts, plus the schema's forms with
    /// nothing before or after the point (`.5` is 0.5 at scale 1, `64.` is 64 at scale 0).
    ///
    /// More than ``Amount/maximumScale`` fraction digits, as Java's `BigDecimal` writes them, are
    /// rounded to that scale, halves away from zero; extra trailing zeros are dropped exactly.
    static func decimal(_ text: String) -> Amount? {
        if let value = Amount(parsing: text) { return value }
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = String(first)
            digits = digits.dropFirst()
        }
        if digits.hasPrefix("."), digits.count > 1 {
            return decimal(sign + "0" + digits)
        }
        if digits.hasSuffix("."), digits.count > 1 {
            return Amount(parsing: sign + digits.dropLast())
        }
        return roundedToMaximumScale(sign: sign, digits: digits)
    }

    /// Rounds a plain decimal with more than ``Amount/maximumScale`` fraction digits to that
    /// scale, or returns `nil` for any other text.
    private static func roundedToMaximumScale(sign: String, digits: Substring) -> Amount? {
        guard let point = digits.firstIndex(of: ".") else { return nil }
        let integer = digits[..<point]
        let fraction = digits[digits.index(after: point)...]
        let isDigit = { (character: Character) in character >= "0" && character <= "9" }
        guard !integer.isEmpty, integer.allSatisfy(isDigit), fraction.count > Amount.maximumScale,
            fraction.allSatisfy(isDigit)
        else { return nil }
        guard let kept = Amount(parsing: sign + integer + "." + fraction.prefix(Amount.maximumScale)) else { return nil }
        // The first dropped digit decides: 5 or more rounds the magnitude up, whatever follows.
        guard let firstDropped = fraction.dropFirst(Amount.maximumScale).first, firstDropped >= "5" else { return kept }
        let (units, overflow) = kept.units.addingReportingOverflow(sign == "-" ? -1 : 1)
        return overflow ? nil : Amount(units: units, scale: Amount.maximumScale)
    }

    /// Parses a date: an `xs:date` for UBL, whose optional time zone (`Z`, `+01:00`) does not
    /// change the calendar date written, or a format-102 `yyyymmdd` for CII.
    static func date(_ text: String, _ syntax: XMLDateSyntax) -> CivilDate? {
        if let date = CivilDate(parsing: text) { return date }
        guard syntax == .iso else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count > 10, isTimeZone(bytes[10...]) else { return nil }
        return CivilDate(parsing: String(decoding: bytes[..<10], as: UTF8.self))
    }

    /// True for `Z` or `±hh:mm`.
    private static func isTimeZone(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.elementsEqual([UInt8(ascii: "Z")]) { return true }
        let zone = Array(bytes)
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return zone.count == 6 && (zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"))
            && isDigit(zone[1]) && isDigit(zone[2]) && zone[3] == UInt8(ascii: ":") && isDigit(zone[4]) && isDigit(zone[5])
    }
}
