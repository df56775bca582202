import InvoiceModel

/// One numbering series as the journal shows it: its range, size and missing numbers.
public struct SeriesSummary: Sendable, Hashable {
    public let key: SeriesKey
    /// The seller's name as its first series in key order shows it, the same in each of its series.
    public internal(set) var sellerName: String?
    /// The inferred pattern, such as `FA-{yyyy}-{counter:4}`, or the configured one as written.
    public let pattern: String
    public let firstNumber: String
    public let lastNumber: String
    /// Issued documents in the series (duplicates counted each time).
    public let count: Int
    public let gaps: [NumberGap]
    /// The width the series' counters are written in, to rebuild missing numbers.
    private let width: Int

    init(key: SeriesKey, entries: LedgerEntries, width: Int, pattern: String) {
        self.key = key
        self.width = width
        self.pattern = pattern
        sellerName = entries.lazy.compactMap(\.sellerName).first
        firstNumber = entries.first?.number ?? ""
        lastNumber = entries.last?.number ?? ""
        count = entries.count
        var gaps: [NumberGap] = []
        // The highest number so far: a missing number is written with its date parts (the month
        // of a yearly counter), and the number before it is the nearest guess.
        var previous: InferredNumber?
        for entry in entries {
            guard let inferred = entry.inferredNumber else { continue }
            if let before = previous, inferred.counter > before.counter + 1 {
                gaps.append(
                    NumberGap(
                        first: before.formatted(counter: before.counter + 1, width: width),
                        last: before.formatted(counter: inferred.counter - 1, width: width),
                        count: inferred.counter - before.counter - 1, lastCounter: inferred.counter - 1,
                        neighbours: [before, inferred]))
            }
            if previous.map({ inferred.counter > $0.counter }) ?? true { previous = inferred }
        }
        self.gaps = gaps
    }

    /// Returns the rejected records whose number is one of the missing numbers of `gap`.
    public func rejections(in gap: NumberGap, among rejected: [Rejection]) -> [Rejection] {
        let counters = (gap.lastCounter - gap.count + 1)..<(gap.lastCounter + 1)
        var found: [Rejection] = []
        for neighbour in gap.neighbours {
            for rejection in neighbour.rejections(rejected, counters: counters, width: width)
            where !found.contains(where: { $0.location == rejection.location }) {
                found.append(rejection)
            }
        }
        return found
    }

    /// Summaries of every series of the ledger, in key order.
    public static func all(in ledger: Ledger) -> [SeriesSummary] {
        var summaries = ledger.seriesKeys.map { key in
            SeriesSummary(
                key: key, entries: ledger.series(key), width: ledger.counterWidth(of: key), pattern: ledger.pattern(of: key))
        }
        // One SIREN can be written under two names, so every report names the seller the same way.
        var names: [PartyKey: String] = [:]
        for summary in summaries where names[summary.key.seller] == nil {
            if let name = summary.sellerName { names[summary.key.seller] = name }
        }
        for index in summaries.indices {
            summaries[index].sellerName = names[summaries[index].key.seller]
        }
        return summaries
    }
}

/// A run of consecutive missing numbers in a series.
public struct NumberGap: Sendable, Hashable {
    public let first: String
    public let last: String
    public let count: Int
    /// The counter of the last missing number.
    let lastCounter: Int
    /// The numbers on each side of the gap, whose date parts the missing numbers may carry.
    let neighbours: [InferredNumber]

    /// `FA-2024-0007`, or `FA-2024-0007…FA-2024-0009` for a range.
    public var label: String { count == 1 ? first : "\(first)…\(last)" }
}
