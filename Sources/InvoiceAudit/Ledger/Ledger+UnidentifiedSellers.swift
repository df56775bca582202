import InvoiceModel

/// The documents of a run that carry no seller identity (no SIREN, SIRET, VAT number nor name),
/// such as a single-company CSV export without a seller column or a Pennylane JSON export, and
/// the seller the ledger numbered them with.
public struct UnidentifiedSellers: Sendable, Hashable {
    /// How many documents carry no seller identity.
    public let count: Int
    /// The files they come from, in entry order, without repeats.
    public let files: [String]
    /// The first of them in source order.
    public let first: SourceLocation
    /// The run's only identified seller, which they were given, or `nil` when they stay one
    /// unidentified seller.
    public let attributedTo: PartyKey?
    /// The name the documents of ``attributedTo`` give.
    public let attributedName: String?
    /// How many identified sellers the run holds: 0, 1 (see ``attributedTo``) or more.
    public let identifiedSellers: Int
}

extension Ledger {
    /// Numbers the documents without seller identity with the run's only identified seller, or,
    /// when the run has none or several, with one unidentified seller (``PartyKey/unknown``) for
    /// the whole run.
    ///
    /// Either way the numbering of several files without a seller column is compared across them:
    /// an old tool's export and a new tool's, or monthly exports, are one company's series far more
    /// often than two companies' exports are checked together. A self-billed document keeps its
    /// buyer's series for the seller it is given.
    static func attributingUnidentifiedSellers(
        _ entries: consuming [LedgerEntry]
    ) -> (entries: [LedgerEntry], unidentified: UnidentifiedSellers?) {
        var identified: Set<PartyKey> = []
        var unidentified: [Int] = []
        for index in entries.indices {
            let seller = entries[index].seller.plainSeller
            if seller.isUnidentified { unidentified.append(index) } else { identified.insert(seller) }
        }
        guard let firstIndex = unidentified.first else { return (entries, nil) }
        let target = identified.count == 1 ? identified.first : nil
        var attributed = entries
        for index in unidentified {
            let key = attributed[index].seller
            let seller = target ?? .unknown
            attributed[index].seller = key.selfBilling.map { .selfBilled(by: $0.buyer, for: seller) } ?? seller
        }
        let name = target.flatMap { key in attributed.lazy.filter { $0.seller == key }.compactMap(\.sellerName).first }
        var files: [String] = []
        var seen: Set<String> = []
        for index in unidentified where seen.insert(attributed[index].source.file).inserted {
            files.append(attributed[index].source.file)
        }
        let summary = UnidentifiedSellers(
            count: unidentified.count, files: files, first: attributed[firstIndex].source, attributedTo: target,
            attributedName: name, identifiedSellers: identified.count)
        return (attributed, summary)
    }
}
