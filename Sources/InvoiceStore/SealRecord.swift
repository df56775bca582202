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

    /// The `previousHash` of the first seal.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 over the previous hash, the sorted document fingerprints and the seal time, each
    /// followed by a line feed (docs/store.md gives the exact bytes).
    public static func hash(previousHash: String, fingerprints: [String], sealedAt: String) -> String {
        let hasher = SHA256()
        hasher.update(previousHash + "\n")
        for fingerprint in fingerprints.sorted() {
            hasher.update(fingerprint + "\n")
        }
        hasher.update(sealedAt + "\n")
        return SHA256.hexString(hasher.finish())
    }
}

/// One document of a seal: its identity, fingerprint, canonical text and where it came from.
public struct SealedEntry: Sendable, Hashable {
    public var sellerKey: String
    public var number: String
    public var issueDate: CivilDate?
    public var fingerprint: String
    public var canonicalText: String
    public var location: SourceLocation
}
