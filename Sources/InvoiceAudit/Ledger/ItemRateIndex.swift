import InvoiceModel

/// The items each seller billed and the VAT rates of their lines, gathered document by document
/// while files are read, for FR-VAT-02.
///
/// The index grows with the distinct items, sellers and rates, not with the documents: a million
/// invoice lines of a few hundred catalogue items keep a few hundred keys. Each file gathers its
/// own index, and ``append(_:)`` joins them in input order, the order of the ledger's entries.
public struct ItemRateIndex: Sendable {
    struct ItemKey: Hashable, Comparable {
        let seller: PartyKey
        let origin: ItemRate.Origin
        let key: String

        static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
            (lhs.seller, lhs.origin, lhs.key) < (rhs.seller, rhs.origin, rhs.key)
        }
    }

    /// The use of one item at one rate: its line count and the first document billed at it.
    struct RateUse: Sendable {
        var lines: Int
        /// The document's position among all documents added, which orders documents of two files.
        let ordinal: Int
        let number: String?
        let source: SourceLocation
        /// The item as this document wrote it.
        let written: String
    }

    private(set) var uses: [ItemKey: [Amount: RateUse]] = [:]
    /// How many documents were added, with or without items.
    private(set) var documentCount = 0

    public init() {}

    /// Builds the index of `documents`, in order, with the seller keys their ledger entries use.
    public init(_ documents: [Document]) {
        for document in documents { add(document, seller: LedgerEntry(document).seller) }
    }

    /// Adds the taxed lines of `document`, whose ledger entry has the seller key `seller`.
    public mutating func add(_ document: Document, seller: PartyKey) {
        defer { documentCount += 1 }
        guard !document.sellerIsForeign else { return }
        for item in ItemRate.collect(document.lines) {
            let key = ItemKey(seller: seller, origin: item.origin, key: item.key)
            if uses[key]?[item.rate] != nil {
                uses[key]?[item.rate]?.lines += item.lines
            } else {
                let use = RateUse(
                    lines: item.lines, ordinal: documentCount, number: document.number, source: document.source,
                    written: item.written)
                uses[key, default: [:]][item.rate] = use
            }
        }
    }

    /// Adds the index of the documents that come after this index's documents.
    public mutating func append(_ other: ItemRateIndex) {
        let offset = documentCount
        for (key, rates) in other.uses {
            for (rate, use) in rates {
                if uses[key]?[rate] != nil {
                    uses[key]?[rate]?.lines += use.lines
                } else {
                    uses[key, default: [:]][rate] = RateUse(
                        lines: use.lines, ordinal: use.ordinal + offset, number: use.number, source: use.source,
                        written: use.written)
                }
            }
        }
        documentCount += other.documentCount
    }
}
