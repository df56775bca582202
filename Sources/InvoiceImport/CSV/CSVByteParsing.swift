import InvoiceModel

/// Fast paths of the cell parsers for the spellings most exports use, working on trimmed bytes.
///
/// Each function returns `nil` for anything outside its narrow form, and the caller then uses the
/// text parser, so these never change a result: they only skip building a `String`.
enum CSVByteParsing {
    private static let zero = UInt8(ascii: "0")

    /// Reads `[+-]digits[mark digits]` with the file's decimal mark; `nil` for any other form.
    static func plainAmount(_ bytes: ArraySlice<UInt8>, decimal: DecimalSeparator) -> Amount? {
        let mark = decimal == .comma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        return bytes.withUnsafeBufferPointer { buffer -> Amount? in
            var index = 0
            var negative = false
            if let first = buffer.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                negative = first == UInt8(ascii: "-")
                index = 1
            }
            var units: Int128 = 0
            var integerDigits = 0
            var fractionDigits = 0
            var seenMark = false
            while index < buffer.count {
                let byte = buffer[index]
                let digit = byte &- zero
                if digit < 10 {
                    units = units &* 10 &+ Int128(digit)
                    if seenMark { fractionDigits += 1 } else { integerDigits += 1 }
                } else if byte == mark, !seenMark {
                    seenMark = true
                } else {
                    return nil
                }
                index += 1
            }
            // 36 digits stay far below Int128's range; longer values take the checked text path.
            guard integerDigits > 0, !seenMark || fractionDigits > 0, fractionDigits <= Amount.maximumScale,
                integerDigits + fractionDigits <= 36
            else { return nil }
            return Amount(units: negative ? -units : units, scale: fractionDigits)
        }
    }

    /// Reads `dd/mm/yyyy` (or with `.`/`-`, month first for `mm/dd/yyyy`) and `yyyy-mm-dd`, all
    /// two-digit days and months; `nil` for any other form or an impossible date.
    static func plainDate(_ bytes: ArraySlice<UInt8>, format: CSVDateFormat) -> CivilDate? {
        guard bytes.count == 10 else { return nil }
        return bytes.withUnsafeBufferPointer { b -> CivilDate? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = b[index] &- zero
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            let dash = UInt8(ascii: "-")
            if b[4] == dash, b[7] == dash {
                guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
                return CivilDate(year: year, month: month, day: day)
            }
            let separator = b[2]
            guard format != .isoDate, separator == b[5],
                separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == dash,
                let first = number(0..<2), let second = number(3..<5), let year = number(6..<10)
            else { return nil }
            let (day, month) = format.isMonthFirst ? (second, first) : (first, second)
            // A month above 12 gets its own message from the text parser.
            guard month <= 12 else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
    }

    /// Reads a SIREN (9 digits) or SIRET (14 digits) written without spaces or dots.
    static func plainCompanyIdentifier(_ bytes: ArraySlice<UInt8>) -> CSVIdentifierParsing.CompanyIdentifier? {
        guard bytes.count == 9 || bytes.count == 14, bytes.allSatisfy({ $0 &- zero < 10 }) else { return nil }
        let digits = String(decoding: bytes, as: UTF8.self)
        return bytes.count == 9 ? .siren(digits) : .siret(digits)
    }
}
