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
        // The highest number so far, with its text: the missing numbers lie between it and the next one.
        var previous: (inferred: InferredNumber, number: String)?
        for entry in entries {
            guard let inferred = entry.inferredNumber else { continue }
            if let before = previous, inferred.counter > before.inferred.counter + 1 {
                gaps.append(
                    NumberGap(
                        between: before.inferred, previousNumber: before.number, and: inferred,
                        nextNumber: entry.number ?? "", width: width))
            }
            if previous.map({ inferred.counter > $0.inferred.counter }) ?? true { previous = (inferred, entry.number ?? "") }
        }
        self.gaps = gaps
    }

    /// Returns the rejected records whose number is one of the missing numbers of `gap`.
    public func rejections(in gap: NumberGap, among rejected: [Rejection]) -> [Rejection] {
        let counters = gap.firstCounter..<(gap.lastCounter + 1)
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
    /// The first missing number, or `nil` when its date parts are unknown (see ``label``).
    public let first: String?
    /// The last missing number, or `nil` when its date parts are unknown.
    public let last: String?
    public let count: Int
    /// The counters of the first and last missing numbers.
    public let firstCounter: Int
    public let lastCounter: Int
    /// The issued numbers on each side of the gap.
    public let previousNumber: String
    public let nextNumber: String
    /// The numbers on each side of the gap, whose date parts the missing numbers may carry.
    let neighbours: [InferredNumber]

    /// Builds the gap between two numbers of one series, `previous` below `next`.
    ///
    /// A missing number is written with its neighbours' date parts. When the two neighbours
    /// write it differently, as a yearly counter across months does (`FA2502004` then
    /// `FA2503006`), the missing number may carry either month, so it is not written at all.
    init(between previous: InferredNumber, previousNumber: String, and next: InferredNumber, nextNumber: String, width: Int) {
        firstCounter = previous.counter + 1
        lastCounter = next.counter - 1
        count = lastCounter - firstCounter + 1
        self.previousNumber = previousNumber
        self.nextNumber = nextNumber
        neighbours = [previous, next]
        let first = previous.formatted(counter: firstCounter, width: width)
        let last = previous.formatted(counter: lastCounter, width: width)
        let known =
            first == next.formatted(counter: firstCounter, width: width)
            && last == next.formatted(counter: lastCounter, width: width)
        self.first = known ? first : nil
        self.last = known ? last : nil
    }

    /// `FA-2024-0007`, or `FA-2024-0007…FA-2024-0009` for a range. Without the date parts:
    /// `counter 5 (between FA2502004 and FA2503006)`.
    public var label: LocalizedText {
        if let first, let last {
            let text = count == 1 ? first : "\(first)…\(last)"
            return LocalizedText(fr: text, en: text)
        }
        let neighboursFR = "entre \(previousNumber) et \(nextNumber)"
        let neighboursEN = "between \(previousNumber) and \(nextNumber)"
        if count == 1 {
            return LocalizedText(fr: "compteur \(firstCounter) (\(neighboursFR))", en: "counter \(firstCounter) (\(neighboursEN))")
        }
        return LocalizedText(
            fr: "compteurs \(firstCounter) à \(lastCounter) (\(neighboursFR))",
            en: "counters \(firstCounter) to \(lastCounter) (\(neighboursEN))")
    }

    /// The missing numbers in no language, `FA-2024-0007…FA-2024-0009`, or their counters and
    /// neighbours when the numbers are unknown: what a baseline matches a gap finding on.
    public var subject: String {
        if let first, let last { return count == 1 ? first : "\(first)…\(last)" }
        return "\(firstCounter)…\(lastCounter) between \(previousNumber) and \(nextNumber)"
    }

    /// `FA-2024-0007 to FA-2024-0009` (French `à`) for a range, or ``label`` when a number is unknown.
    var range: LocalizedText {
        guard let first, let last, count > 1 else { return label }
        return LocalizedText(fr: "\(first) à \(last)", en: "\(first) to \(last)")
    }
}
