import InvoiceModel

/// Conversions from the XML Schema lexical forms that invoices use to model values.
enum XMLValues {
    /// Parses an `xs:decimal`: what ``Amount/init(parsing:)`` accepts, plus the schema's forms with
    /// nothing before or after the point (`.5` is 0.5 at scale 1, `64.` is 64 at scale 0).
    static func decimal(_ text: String) -> Amount? {
        if let value = Amount(parsing: text) { return value }
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = String(first)
            digits = digits.dropFirst()
        }
        if digits.hasPrefix(".") {
            return Amount(parsing: sign + "0" + digits)
        }
        if digits.hasSuffix("."), digits.count > 1 {
            return Amount(parsing: sign + digits.dropLast())
        }
        return nil
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
