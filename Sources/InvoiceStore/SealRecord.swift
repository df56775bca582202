import FoundationEssentials
import InvoiceModel

/// One row of the seal chain.
public struct SealRecord: Sendable, Hashable {
    public var id: Int
    /// ISO 8601 UTC time of sealing.
    public var sealedAt: String
    /// The newest batch the seal covers.
    public var lastBatch: Int
    public var documentCount: Int
    /// The previous seal's hash, or 64 zeros for the first seal.
    public var previousHash: String
    public var sealHash: String
    /// The hash layout: 1 for seals made before entries were hashed (fingerprints only), 2 since.
    public var hashVersion: Int
    /// Number of documents whose change since the previous seal was accepted with
    /// `--accept-changes`; 0 for an ordinary seal.
    public var acceptedChanges: Int

    public init(
        id: Int, sealedAt: String, lastBatch: Int, documentCount: Int, previousHash: String, sealHash: String,
        hashVersion: Int = SealRecord.currentHashVersion, acceptedChanges: Int = 0
    ) {
        self.id = id
        self.sealedAt = sealedAt
        self.lastBatch = lastBatch
        self.documentCount = documentCount
        self.previousHash = previousHash
        self.sealHash = sealHash
        self.hashVersion = hashVersion
        self.acceptedChanges = acceptedChanges
    }

    /// The `previousHash` of the first seal.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The hash layout new seals get.
    public static let currentHashVersion = 2

    /// The seal hash as recomputed from the row and its entries, following the row's hash version;
    /// `nil` for a version this build does not know.
    public func recomputedHash(entries: [SealEntryRow]) -> String? {
        switch hashVersion {
        case 1: SHA256.hex(Self.legacyText(previousHash: previousHash, entries: entries, sealedAt: sealedAt))
        case 2: SHA256.hex(sealedText(entries: entries))
        default: nil
        }
    }

    /// The bytes a version 2 seal hash covers: every column of the seal row and of each entry
    /// (docs/store.md gives the exact layout).
    public func sealedText(entries: [SealEntryRow]) -> String {
        var text = "facturaudit-seal-2\n"
        text += "previous_hash=\(previousHash)\n"
        text += "sealed_at=\(Self.escaped(sealedAt))\n"
        text += "last_batch=\(lastBatch)\n"
        text += "document_count=\(documentCount)\n"
        text += "accepted_changes=\(acceptedChanges)\n"
        let lines = entries.map { entry in
            "entry=" + [
                String(entry.documentID), entry.sellerKey, entry.number, entry.issueDate ?? "", entry.fingerprint,
                entry.canonicalText,
            ].map(Self.escaped).joined(separator: "\t") + "\n"
        }
        // Ascending UTF-8 byte order, which String's own comparison does not guarantee.
        for line in lines.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            text += line
        }
        return text
    }

    /// The version 1 layout: the previous hash, the sorted fingerprints and the seal time.
    static func legacyText(previousHash: String, entries: [SealEntryRow], sealedAt: String) -> String {
        previousHash + "\n" + entries.map(\.fingerprint).sorted().map { $0 + "\n" }.joined() + sealedAt + "\n"
    }

    /// Writes `\` as `\\`, a tab as `\t`, a line feed as `\n` and a carriage return as `\r`, so
    /// each value stays inside its field and line.
    static func escaped(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// One `seal_entry` row as stored, the values the seal hash covers.
public struct SealEntryRow: Sendable, Hashable {
    public var documentID: Int64
    public var sellerKey: String
    public var number: String
    /// The issue date column as written, `yyyy-mm-dd`, or `nil`.
    public var issueDate: String?
    public var fingerprint: String
    public var canonicalText: String

    public init(
        documentID: Int64, sellerKey: String, number: String, issueDate: String?, fingerprint: String,
        canonicalText: String
    ) {
        self.documentID = documentID
        self.sellerKey = sellerKey
        self.number = number
        self.issueDate = issueDate
        self.fingerprint = fingerprint
        self.canonicalText = canonicalText
    }
}

/// One document of a seal: its identity, fingerprint, canonical text and where it came from.
public struct SealedEntry: Sendable, Hashable {
    public var sellerKey: String
    /// The seller key the document is matched by. Seals made before documents without seller
    /// identity were grouped across files keep `?:FILE`; they match today's `?`.
    var matchedSellerKey: String { sellerKey.hasPrefix("?:") ? "?" : sellerKey }
    public var number: String
    public var issueDate: CivilDate?
    public var fingerprint: String
    public var canonicalText: String
    public var location: SourceLocation
}
