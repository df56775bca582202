import InvoiceModel

/// The facts the regulated FEC file name `<SIREN>FEC<AAAAMMJJ>` gives: the company's SIREN and
/// the closing date of its fiscal year.
struct FECFileName: Sendable, Hashable {
    var siren: String
    var closingDate: CivilDate

    /// Outcome of reading a file name.
    enum Reading: Sendable, Hashable {
        case valid(FECFileName)
        /// The name starts with a valid `<SIREN>FEC<AAAAMMJJ>` followed by other text than an
        /// extension, as a downloaded copy `… (1).txt` is: the SIREN and date are read.
        case extraText(FECFileName, expected: String)
        /// The name follows the pattern, but its eight digits are not a real date: `siren` is
        /// still read when it passes the Luhn check.
        case invalidDate(siren: String, sirenIsValid: Bool, date: String)
        /// The name follows the pattern, but its nine digits fail the SIREN's Luhn check.
        case invalidSIREN(String)
        /// The name does not follow the pattern (any name is allowed, the SIREN is then unknown).
        case unnamed
    }

    /// Returns the last component of `path`, the file's name.
    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Reads the last path component of `path`, ignoring its extension and the case of `FEC`.
    static func read(_ path: String) -> Reading {
        let name = lastComponent(path)
        let bytes = Array(name.utf8)
        guard bytes.count >= 20, bytes[0..<9].allSatisfy(isDigit),
            String(decoding: bytes[9..<12], as: UTF8.self).uppercased() == "FEC", bytes[12..<20].allSatisfy(isDigit)
        else { return .unnamed }
        // Digits right after the date would make another date: `847315926FEC202512310.txt`.
        if bytes.count > 20, isDigit(bytes[20]) { return .unnamed }
        let siren = String(decoding: bytes[0..<9], as: UTF8.self)
        let dateText = String(decoding: bytes[12..<20], as: UTF8.self)
        guard let date = CivilDate(parsing: dateText) else {
            return .invalidDate(siren: siren, sirenIsValid: passesLuhn(siren), date: dateText)
        }
        guard passesLuhn(siren) else { return .invalidSIREN(siren) }
        let fileName = FECFileName(siren: siren, closingDate: date)
        guard bytes.count == 20 || bytes[20] == UInt8(ascii: ".") else {
            // The extension is the text after the last dot, when that dot follows the pattern.
            let extensionStart = bytes.lastIndex(of: UInt8(ascii: ".")).flatMap { $0 >= 20 ? $0 : nil }
            let suffix = extensionStart.map { String(decoding: bytes[$0...], as: UTF8.self) } ?? ""
            return .extraText(fileName, expected: String(decoding: bytes[0..<20], as: UTF8.self) + suffix)
        }
        return .valid(fileName)
    }

    /// The seller this name identifies, with its SIREN as legal registration (scheme 0002).
    var seller: Party {
        Party(siren: siren, legalRegistration: Identifier(value: siren, scheme: "0002"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Checks `digits` with the Luhn algorithm INSEE applies to SIREN numbers: after doubling every
    /// second digit from the right, the digit sum must be a multiple of 10.
    static func passesLuhn(_ digits: String) -> Bool {
        var sum = 0
        for (position, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue else { return false }
            let weighted = position % 2 == 1 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return sum % 10 == 0
    }
}
