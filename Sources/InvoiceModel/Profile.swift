/// The Factur-X / ZUGFeRD profile or CIUS a document declares in BT-24.
public enum Profile: String, Sendable, Hashable, Codable, CaseIterable {
    case minimum = "MINIMUM"
    case basicWL = "BASIC WL"
    case basic = "BASIC"
    case en16931 = "EN16931"
    case extended = "EXTENDED"
    case xRechnung = "XRechnung"

    /// Derives the profile from a specification identifier (BT-24), or returns `nil` when the
    /// identifier names none of them.
    ///
    /// Factur-X and ZUGFeRD 2 identifiers name their profile after `urn:factur-x.eu:1p0:` or
    /// `urn:zugferd.de:2p0:`; XRechnung's name `xrechnung`; bare `urn:cen.eu:en16931:2017` is the
    /// EN16931 profile. ZUGFeRD 1.0's BASIC, COMFORT and EXTENDED map to BASIC, EN16931 (COMFORT's
    /// successor) and EXTENDED.
    public init?(specification: String) {
        let id = specification.trimmingSpaces.lowercased()
        if id.contains("xrechnung") {
            self = .xRechnung
            return
        }
        for marker in ["urn:factur-x.eu:1p0:", "urn:zugferd.de:2p0:", "urn:ferd:crossindustrydocument:invoice:1p0:"] {
            guard let range = id.firstRange(of: marker) else { continue }
            let name = id[range.upperBound...].prefix { $0 != "#" && $0 != ":" && $0 != " " }
            switch name {
            case "minimum": self = .minimum
            case "basicwl": self = .basicWL
            case "basic": self = .basic
            case "en16931", "comfort": self = .en16931
            case "extended": self = .extended
            default: return nil
            }
            return
        }
        if id.hasPrefix("urn:cen.eu:en16931:2017"), id.contains("extended") {
            self = .extended
            return
        }
        if id == "urn:cen.eu:en16931:2017" {
            self = .en16931
            return
        }
        return nil
    }
}

/// The French operation category (catégorie de l'opération): goods, services or both, from the
/// first letter of the French "cadre de facturation" code in BT-23 (B1, S1, M1, B2, …, S7).
public enum OperationCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case goods
    case services
    case mixed

    /// Reads a French billing-framework code such as `B1`, `S4` or `M2`; other BT-23 values give `nil`.
    public init?(billingFramework code: String) {
        let bytes = Array(code.trimmingSpaces.utf8)
        guard bytes.count == 2, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[1]) else { return nil }
        switch bytes[0] {
        case UInt8(ascii: "B"): self = .goods
        case UInt8(ascii: "S"): self = .services
        case UInt8(ascii: "M"): self = .mixed
        default: return nil
        }
    }
}
