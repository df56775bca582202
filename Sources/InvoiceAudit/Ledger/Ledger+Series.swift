import InvoiceModel

/// The entries of one series, read through their positions in the ledger without copying them.
public struct LedgerEntries: RandomAccessCollection, Sendable {
    let entries: [LedgerEntry]
    /// Positions in the ledger's entries, in the series' order.
    let positions: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(index: Int) -> LedgerEntry { entries[positions[index]] }
}

/// A grouping of entry positions by series key. Consecutive entries of one series (the usual
/// case in an export) reuse the previous key, so the key is not built and hashed again.
struct SeriesGrouping {
    private(set) var slots: [[Int]] = []
    private var slotByKey: [SeriesKey: Int] = [:]
    private var last: (seller: PartyKey, root: String, suffix: String, period: NumberingPeriod, slot: Int)?

    mutating func append(_ position: Int, seller: PartyKey, inferred: InferredNumber) {
        if let last, last.seller == seller, last.root == inferred.root, last.suffix == inferred.suffix,
            last.period == inferred.period
        {
            slots[last.slot].append(position)
            return
        }
        let key = SeriesKey(seller: seller, identity: inferred.seriesIdentity, period: inferred.period)
        let slot: Int
        if let known = slotByKey[key] {
            slot = known
        } else {
            slot = slots.count
            slotByKey[key] = slot
            slots.append([])
        }
        slots[slot].append(position)
        last = (seller, inferred.root, inferred.suffix, inferred.period, slot)
    }

    /// The positions of each series, in entry order.
    var positions: [SeriesKey: [Int]] {
        slotByKey.mapValues { slots[$0] }
    }
}

extension Ledger {
    /// Splits by issue year the inferred series that carry no year but restart their counter
    /// every year (a number reused in two years), so each year is checked on its own; FR-NUM-06
    /// reports the ambiguity.
    static func splitYearlyRestarts(_ series: [SeriesKey: [Int]], entries: [LedgerEntry]) -> [SeriesKey: [Int]] {
        var result = series
        for (key, positions) in series where key.period.year == nil {
            guard positions.allSatisfy({ entries[$0].inferredNumber?.isConfigured == false }) else { continue }
            var yearsByCounter: [Int: Set<Int>] = [:]
            for position in positions {
                guard let counter = entries[position].inferredNumber?.counter, let year = entries[position].issueDate?.year
                else { continue }
                yearsByCounter[counter, default: []].insert(year)
            }
            guard yearsByCounter.values.contains(where: { $0.count > 1 }) else { continue }
            result[key] = nil
            for position in positions {
                let period = NumberingPeriod(year: entries[position].issueDate?.year, month: nil)
                result[SeriesKey(seller: key.seller, identity: key.identity, period: period), default: []].append(position)
            }
        }
        return result
    }

    /// Finds the first position (in issue-date order) whose counter goes back to 1 after higher
    /// counters of the same period, with the position of the highest counter before it.
    ///
    /// `positions` must be in counter order. A counter back at 1 is a restart only when the
    /// restart explains the dates better than misdated documents do. Either the new run reuses
    /// numbers of the run before it, or the run before it is above the new one, with numbers
    /// missing between them, and misdating would take more documents. A document dated before the
    /// first of its series (FA-2025-0004 dated 1 January, after 0001 to 0003) is a chronology
    /// fault instead.
    static func restart(in positions: [Int], entries: [LedgerEntry]) -> (entry: Int, previous: Int)? {
        func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
            let left = entries[lhs].issueDate?.dayNumber ?? 0
            let right = entries[rhs].issueDate?.dayNumber ?? 0
            return left != right ? left < right : entries[lhs].source < entries[rhs].source
        }
        var dated = positions.filter { entries[$0].issueDate != nil && entries[$0].inferredNumber != nil }
        // Counter order is usually date order already. The sort is stable, so skipping it when
        // the dates are already in order gives the same result.
        if zip(dated, dated.dropFirst()).contains(where: { precedes($1, $0) }) { dated.sort(by: precedes) }
        var highest: (position: Int, counter: Int)?
        for (index, position) in dated.enumerated() {
            guard let counter = entries[position].inferredNumber?.counter else { continue }
            // A reset brings the counter back to 1 after higher numbers of the same period.
            if let top = highest, counter <= 1, top.counter > counter + 1 {
                let earlier = Set(dated[..<index])
                return restartExplainsDates(positions, earlier: earlier, entries: entries) ? (position, top.position) : nil
            }
            if (highest?.counter ?? Int.min) < counter { highest = (position, counter) }
        }
        return nil
    }

    /// Tells whether a restart explains the dates of a series better than misdated documents,
    /// `earlier` being the documents dated before the candidate restart.
    private static func restartExplainsDates(_ positions: [Int], earlier: Set<Int>, entries: [LedgerEntry]) -> Bool {
        let dated = positions.filter { entries[$0].issueDate != nil && entries[$0].inferredNumber != nil }
        let before = dated.filter { earlier.contains($0) }
        let after = dated.filter { !earlier.contains($0) }
        let counters = { (group: [Int]) in group.compactMap { entries[$0].inferredNumber?.counter } }
        let beforeCounters = Set(counters(before))
        let afterCounters = counters(after)
        // A number used again in the same period: the counter did start again.
        if afterCounters.contains(where: beforeCounters.contains) { return true }
        // The earlier documents continue the new run: they are misdated.
        guard let lowestBefore = beforeCounters.min(), let highestAfter = afterCounters.max(),
            lowestBefore > highestAfter + 1
        else { return false }
        let days = { (group: [Int]) in group.compactMap { entries[$0].issueDate?.dayNumber } }
        // A restart is one fault that also leaves numbers missing, so it counts twice.
        let withRestart = 2 + DateOrder.misplacedCount(days(before)) + DateOrder.misplacedCount(days(after))
        return withRestart < DateOrder.misplacedCount(days(dated))
    }
}

extension LedgerEntry {
    /// The numbering series the entry counts in, as ``Ledger/series(_:)`` indexes it; `nil` for
    /// drafts and for numbers no series can be inferred from.
    public var seriesKey: SeriesKey? {
        guard isIssued, let inferred = inferredNumber else { return nil }
        return SeriesKey(seller: seller, identity: inferred.seriesIdentity, period: inferred.period)
    }
}
