import InvoiceModel

/// The identity a ledger groups documents by: SIREN when known, else VAT id, else normalised name.
///
/// Files of two companies therefore never share a numbering series, and a seller identified by
/// SIREN in a CSV export and by a legal registration id in UBL is the same seller.
public struct PartyKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    /// The key of documents without any seller identity. The ledger gives them the run's only
    /// identified seller, or keeps them together as one unidentified seller (see
    /// ``Ledger/attributingUnidentifiedSellers(_:)``).
    public static let unknown = PartyKey(value: "?")

    /// True for the key of documents without any seller identity, including the per-file keys
    /// `?:FILE` that stores kept before such documents were grouped across files.
    public var isUnidentified: Bool { value.hasPrefix("?") }

    /// Returns the key of the documents `buyer` issues on behalf of `seller` (self-billing). The
    /// buyer numbers them in a series of its own for that supplier, apart from the seller's invoices.
    static func selfBilled(by buyer: PartyKey, for seller: PartyKey) -> PartyKey {
        PartyKey(value: "SELF:\(seller.value)|\(buyer.value)")
    }

    /// The seller and the issuing buyer of a self-billing key.
    public var selfBilling: (seller: PartyKey, buyer: PartyKey)? {
        guard value.hasPrefix("SELF:"), let bar = value.lastIndex(of: "|") else { return nil }
        let seller = value[value.index(value.startIndex, offsetBy: 5)..<bar]
        return (PartyKey(value: String(seller)), PartyKey(value: String(value[value.index(after: bar)...])))
    }

    /// The seller's own key, without the buyer of a self-billing key. Stored seals keep it, so
    /// seals made before self-billed documents had series of their own still match.
    public var plainSeller: PartyKey { selfBilling?.seller ?? self }

    /// True when the key rests on a SIREN or a VAT number rather than a name or nothing.
    var isRegistered: Bool { value.hasPrefix("SIREN:") || value.hasPrefix("VAT:") }

    /// The normalised name of a name-only key.
    var nameOnly: String? { value.hasPrefix("NAME:") ? String(value.dropFirst(5)) : nil }

    init(value: String) {
        self.value = value
    }

    public init(_ party: Party?) {
        guard let party else {
            self = .unknown
            return
        }
        if let siren = PartyKey.siren(of: party) {
            value = "SIREN:\(siren)"
        } else if let vat = party.vatID.map(PartyKey.compact), !vat.isEmpty {
            value = "VAT:\(vat)"
        } else if let name = (party.name ?? party.tradingName).map(PartyKey.normalisedName), !name.isEmpty {
            value = "NAME:\(name)"
        } else {
            self = .unknown
        }
    }

    /// Finds the party's SIREN in its SIREN, SIRET, a scheme 0002 registration or a French VAT number.
    public static func siren(of party: Party) -> String? {
        if let siren = party.siren.map(compact), siren.count == 9, isDigits(siren) { return siren }
        if let siret = party.siret.map(compact), siret.count == 14, isDigits(siret) {
            return String(siret.prefix(9))
        }
        if let registration = party.legalRegistration {
            let digits = compact(registration.value)
            if registration.scheme == "0002", digits.count == 9, isDigits(digits) { return digits }
            if registration.scheme == "0009", digits.count == 14, isDigits(digits) {
                return String(digits.prefix(9))
            }
        }
        // A French VAT number is FR, a two-character key, then the SIREN.
        if let vat = party.vatID.map(compact), vat.hasPrefix("FR"), vat.count == 13 {
            let siren = vat.suffix(9)
            if isDigits(siren) { return String(siren) }
        }
        return nil
    }

    /// Finds the party's SIRET in its SIRET or a scheme 0009 registration.
    public static func siret(of party: Party) -> String? {
        if let siret = party.siret.map(compact), siret.count == 14, isDigits(siret) { return siret }
        if let registration = party.legalRegistration, registration.scheme == "0009" {
            let digits = compact(registration.value)
            if digits.count == 14, isDigits(digits) { return digits }
        }
        return nil
    }

    /// Checks that `text` contains ASCII digits only, without Unicode property lookups.
    private static func isDigits(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    static func compact(_ text: String) -> String {
        // Most identifiers are already upper-case ASCII letters and digits: skip the Unicode work.
        if text.utf8.allSatisfy(isUpperAlphanumeric) { return text }
        return String(text.uppercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" })
    }

    /// Lowercases the name and keeps only its letters and digits, so `Alpha S.A.S.` and `ALPHA SAS`
    /// are one seller.
    static func normalisedName(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII letters and digits are the only ASCII characters that are letters or numbers.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if isUpperAlphanumeric(byte) {
                    bytes.append(byte >= UInt8(ascii: "A") ? byte + 0x20 : byte)
                } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// True for the bytes of `0`–`9` and `A`–`Z`.
    private static func isUpperAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    public var description: String { value }

    public static func < (lhs: PartyKey, rhs: PartyKey) -> Bool { lhs.value < rhs.value }
}
