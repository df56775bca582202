import InvoiceModel

/// The facts the regulated FEC file name `<SIREN>FEC<AAAAMMJJ>` gives: the company's SIREN and
/// the closing date of its fiscal year.
struct FECFileName: Sendable, Hashable {
    var siren: String
    var closingDate: CivilDate

    /// Outcome of reading a file name.
    enum Reading: Sendable, Hashable {
        case valid(FECFileName)
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
            String(decoding: bytes[9..<12], as: UTF8.self).uppercased() == "FEC", bytes[12..<20].allSatisfy(isDigit),
            bytes.count == 20 || bytes[20] == UInt8(ascii: ".")
        else { return .unnamed }
        let siren = String(decoding: bytes[0..<9], as: UTF8.self)
        guard let date = CivilDate(parsing: String(decoding: bytes[12..<20], as: UTF8.self)) else { return .unnamed }
        guard passesLuhn(siren) else { return .invalidSIREN(siren) }
        return .valid(FECFileName(siren: siren, closingDate: date))
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
