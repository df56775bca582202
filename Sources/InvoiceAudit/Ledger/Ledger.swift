import InvoiceModel

/// Identifies one numbering series of one seller within one period (year or month when the
/// numbers carry one).
public struct SeriesKey: Sendable, Hashable, Comparable {
    public let seller: PartyKey
    /// The series pattern without counter width, such as `FA-{yyyy}-{counter}`.
    public let identity: String
    public let period: NumberingPeriod

    public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
        if lhs.seller != rhs.seller { return lhs.seller < rhs.seller }
        if lhs.identity != rhs.identity { return lhs.identity < rhs.identity }
        return lhs.period < rhs.period
    }
}

/// All ledger entries of a run, indexed the way ledger rules look them up.
public struct Ledger: Sendable {
    public let entries: [LedgerEntry]
    /// Issued documents with a number that infers a series, by series, in counter order.
    public let series: [SeriesKey: [LedgerEntry]]
    /// Issued documents by seller and exact number.
    public let issuedByNumber: [PartyKey: [String: [LedgerEntry]]]

    /// Builds the indexes; `entries` must already be in a deterministic order (by source location).
    public init(entries: [LedgerEntry]) {
        let entries = Ledger.joiningNamesToRegistrations(entries)
        self.entries = entries
        var series: [SeriesKey: [LedgerEntry]] = [:]
        var byNumber: [PartyKey: [String: [LedgerEntry]]] = [:]
        for entry in entries where entry.isIssued {
            if let number = entry.number {
                byNumber[entry.seller, default: [:]][number, default: []].append(entry)
            }
            if let inferred = entry.inferredNumber {
                let key = SeriesKey(seller: entry.seller, identity: inferred.seriesIdentity, period: inferred.period)
                series[key, default: []].append(entry)
            }
        }
        series = Ledger.splitYearlyRestarts(series)
        for key in series.keys {
            series[key]?.sort { lhs, rhs in
                let left = lhs.inferredNumber?.counter ?? 0
                let right = rhs.inferredNumber?.counter ?? 0
                return left != right ? left < right : lhs.source < rhs.source
            }
        }
        self.series = series
        self.issuedByNumber = byNumber
    }

    /// Gives a seller known only by name the SIREN or VAT key of the one registered seller with the
    /// same normalised name, so one company's CSV rows without SIREN join its identified documents.
    static func joiningNamesToRegistrations(_ entries: consuming [LedgerEntry]) -> [LedgerEntry] {
        var registered: [String: Set<PartyKey>] = [:]
        for index in entries.indices where entries[index].seller.isRegistered {
            let entry = entries[index]
            guard let name = entry.sellerName.map(PartyKey.normalisedName), !name.isEmpty else { continue }
            registered[name, default: []].insert(entry.seller)
        }
        guard !registered.isEmpty else { return entries }
        var joined = entries
        for index in joined.indices {
            guard let name = joined[index].seller.nameOnly, let keys = registered[name], keys.count == 1,
                let key = keys.first
            else { continue }
            joined[index].seller = key
        }
        return joined
    }

    /// Splits by issue year the inferred series that carry no year but restart their counter
    /// every year (a number reused in two years), so each year is checked on its own; FR-NUM-06
    /// reports the ambiguity.
    static func splitYearlyRestarts(_ series: [SeriesKey: [LedgerEntry]]) -> [SeriesKey: [LedgerEntry]] {
        var result = series
        for (key, entries) in series where key.period.year == nil {
            guard entries.allSatisfy({ $0.inferredNumber?.isConfigured == false }) else { continue }
            var yearsByCounter: [Int: Set<Int>] = [:]
            for entry in entries {
                guard let counter = entry.inferredNumber?.counter, let year = entry.issueDate?.year else { continue }
                yearsByCounter[counter, default: []].insert(year)
            }
            guard yearsByCounter.values.contains(where: { $0.count > 1 }) else { continue }
            result[key] = nil
            for entry in entries {
                let period = NumberingPeriod(year: entry.issueDate?.year, month: nil)
                result[SeriesKey(seller: key.seller, identity: key.identity, period: period), default: []].append(entry)
            }
        }
        return result
    }

    /// Returns the seller's issued document with this number, the first one when the number is duplicated.
    public func issued(seller: PartyKey, number: String) -> LedgerEntry? {
        issuedByNumber[seller]?[number.trimmingSpaces]?.first
    }
}

extension Ledger {
    /// The as-of date when none is given: the latest issue or payment date in the data, so that
    /// the same files always give the same journal (today's date would change it every day).
    public var defaultAsOfDate: CivilDate? {
        let issued = entries.compactMap(\.issueDate).max()
        let paid = entries.flatMap(\.payments).compactMap(\.date).max()
        return [issued, paid].compactMap { $0 }.max()
    }
}
