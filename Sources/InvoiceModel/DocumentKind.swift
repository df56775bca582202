/// The kind of document, from the UNTDID 1001 code (BT-3) or the exporting tool's type.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 380 and the other commercial-invoice codes.
    case invoice
    /// 381 and the other credit-note codes (avoir).
    case creditNote
    /// 384, an invoice that corrects and replaces an earlier one (facture rectificative).
    case corrective
    /// 386, a deposit invoice (facture d'acompte).
    case deposit
    /// 389, an invoice the buyer issues on the seller's behalf (autofacturation).
    case selfBilled

    /// Maps a UNTDID 1001 code to its kind; codes EN 16931 lists for invoices map to `.invoice`.
    public init?(untdid code: String) {
        switch code.trimmingSpaces {
        case "81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "502", "503", "532":
            self = .creditNote
        case "384", "471", "472", "473": self = .corrective
        case "386", "500": self = .deposit
        case "389", "501", "527": self = .selfBilled
        case "": return nil
        default:
            guard code.trimmingSpaces.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
            self = .invoice
        }
    }

    /// The UNTDID 1001 code used when a document of this kind has no code of its own.
    public var defaultCode: String {
        switch self {
        case .invoice: "380"
        case .creditNote: "381"
        case .corrective: "384"
        case .deposit: "386"
        case .selfBilled: "389"
        }
    }

    public var isCredit: Bool { self == .creditNote }
}

/// The status an exporting tool declared, normalised from each tool's vocabulary.
public enum DocumentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case draft
    case issued
    case partiallyPaid
    case paid
    case cancelled
    case overdue
}

