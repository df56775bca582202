import InvoiceModel

/// One numbering series as the journal shows it: its range, size and missing numbers.
public struct SeriesSummary: Sendable, Hashable {
    public let key: SeriesKey
    /// The seller's name as its first series in key order shows it, the same in each of its series.
    public internal(set) var sellerName: String?
    /// The inferred pattern, such as `FA-{yyyy}-{counter:4}`.
    public let pattern: String
    public let firstNumber: String
    public let lastNumber: String
    /// Issued documents in the series (duplicates counted each time).
    public let count: Int
    public let gaps: [NumberGap]
    /// A number of the series and the width most of its counters are written in, to rebuild
    /// missing numbers.
    private let template: InferredNumber?
    private let width: Int

    init(key: SeriesKey, entries: LedgerEntries) {
        // The first pass finds the template, width and ends, and the second finds the gaps, so the
        // entries are never copied into a new array.
        var template: InferredNumber?
        var widths = CounterWidthTally()
        var first: String?
        var last: String?
        for entry in entries {
            guard let inferred = entry.inferredNumber else { continue }
            if template == nil {
                template = inferred
                first = entry.number ?? ""
            }
            widths.add(inferred)
            last = entry.number ?? ""
        }
        let width = widths.width
        self.key = key
        sellerName = entries.lazy.compactMap(\.sellerName).first
        pattern = template.map { "\($0.root){counter:\(width)}\($0.suffix)" } ?? key.identity
        firstNumber = first ?? ""
        lastNumber = last ?? ""
        count = entries.count
        self.template = template
        self.width = width
        var gaps: [NumberGap] = []
        var previous: Int?
        for entry in entries {
            guard let inferred = entry.inferredNumber else { continue }
            if let previous, inferred.counter > previous + 1, let template {
                gaps.append(
                    NumberGap(
                        first: template.formatted(counter: previous + 1, width: width),
                        last: template.formatted(counter: inferred.counter - 1, width: width),
                        count: inferred.counter - previous - 1, lastCounter: inferred.counter - 1))
            }
            previous = max(previous ?? inferred.counter, inferred.counter)
        }
        self.gaps = gaps
    }

    /// Returns the rejected records whose number is one of the missing numbers of `gap`.
    public func rejections(in gap: NumberGap, among rejected: [Rejection]) -> [Rejection] {
        let counters = (gap.lastCounter - gap.count + 1)..<(gap.lastCounter + 1)
        return template?.rejections(rejected, counters: counters, width: width) ?? []
    }

    /// Summaries of every series of the ledger, in key order.
    public static func all(in ledger: Ledger) -> [SeriesSummary] {
        var summaries = ledger.seriesKeys.map { SeriesSummary(key: $0, entries: ledger.series($0)) }
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

    /// `FA-2024-0007`, or `FA-2024-0007…FA-2024-0009` for a range.
    public var label: String { count == 1 ? first : "\(first)…\(last)" }
}
