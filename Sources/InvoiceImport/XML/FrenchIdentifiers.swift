import InvoiceModel

/// Derives a party's SIREN and SIRET from the identifiers an XML invoice carries.
enum FrenchIdentifiers {
    /// ISO 6523 ICD for a SIREN.
    static let sirenScheme = "0002"
    /// ISO 6523 ICD for a SIRET.
    static let siretScheme = "0009"

    /// Fills `party.siren` and `party.siret` from its legal registration id (BT-30 / BT-47) and,
    /// for a SIRET, from its party identifiers (BT-29 / BT-46).
    ///
    /// A registration id without a scheme counts only for a French address: nine digits are a
    /// SIREN, fourteen digits a SIRET. Fourteen digits under scheme 0002 (the SIRENE register of
    /// companies and establishments) are a SIRET too, as several Factur-X producers write it. A
    /// SIRET's first nine digits give the SIREN when no scheme-0002 SIREN does. Values are kept as written, so a malformed SIREN stays visible to rules.
    static func apply(to party: inout Party, partyIdentifiers: [Identifier]) {
        if let registration = party.legalRegistration {
            switch registration.scheme {
            case sirenScheme where isDigits(registration.value, count: 14):
                party.siret = registration.value
            case sirenScheme:
                party.siren = registration.value
            case siretScheme:
                party.siret = registration.value
            case nil where party.address?.country == "FR":
                if isDigits(registration.value, count: 9) { party.siren = registration.value }
                if isDigits(registration.value, count: 14) { party.siret = registration.value }
            default:
                break
            }
        }
        if party.siret == nil {
            party.siret = partyIdentifiers.first { $0.scheme == siretScheme }?.value
        }
        if party.siren == nil, let siret = party.siret, siret.utf8.count >= 9 {
            let prefix = String(siret.prefix(9))
            if isDigits(prefix, count: 9) { party.siren = prefix }
        }
    }

    private static func isDigits(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

extension Note {
    /// Creates a note from UBL text, where French practice writes the subject code as a `#CODE#`
    /// prefix (`#PMT#Indemnité forfaitaire…`). Without that prefix the note has no subject.
    init(ublText text: String) {
        let bytes = Array(text.utf8)
        let hash = UInt8(ascii: "#")
        if bytes.first == hash, let end = bytes.dropFirst().firstIndex(of: hash), (2...9).contains(end) {
            let code = bytes[1..<end]
            let isCode = code.allSatisfy { byte in
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
            if isCode {
                self.init(
                    subject: String(decoding: code, as: UTF8.self),
                    text: String(decoding: bytes[(end + 1)...], as: UTF8.self).trimmingSpaces)
                return
            }
        }
        self.init(subject: nil, text: text)
    }
}
