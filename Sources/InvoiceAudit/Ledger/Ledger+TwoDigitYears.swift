import InvoiceModel

extension Ledger {
    /// Reads the first two counter digits as the year in inferred series such as `FA250099`,
    /// `FA250100`, `FA260001`, so that January starts a new period instead of leaving a gap of
    /// thousands of numbers.
    ///
    /// A number alone cannot tell `FA{yy}{counter:4}` from a six-digit counter, so the whole
    /// series decides. Every counter has the same width, at least five digits, starts with the
    /// two digits of its issue year (or, in January, of the year before), and at least two years
    /// appear.
    static func readingTwoDigitYears(_ entries: inout [LedgerEntry]) {
        struct Key: Hashable {
            let seller: PartyKey
            let identity: String
        }
        var positionsByKey: [Key: [Int]] = [:]
        var rejected: Set<Key> = []
        for position in entries.indices where entries[position].isIssued {
            guard let inferred = entries[position].inferredNumber, !inferred.isConfigured, inferred.year == nil else { continue }
            let key = Key(seller: entries[position].seller, identity: inferred.seriesIdentity)
            guard !rejected.contains(key) else { continue }
            guard twoDigitYear(of: entries[position]) != nil else {
                rejected.insert(key)
                positionsByKey[key] = nil
                continue
            }
            positionsByKey[key, default: []].append(position)
        }
        for positions in positionsByKey.values {
            let widths = Set(positions.compactMap { entries[$0].inferredNumber?.counterWidth })
            let years = Set(positions.compactMap { twoDigitYear(of: entries[$0]) })
            guard widths.count == 1, years.count >= 2 else { continue }
            for position in positions {
                guard let year = twoDigitYear(of: entries[position]) else { continue }
                entries[position].inferredNumber = entries[position].inferredNumber?.splittingTwoDigitYear(year)
            }
        }
    }

    /// Returns the year the first two counter digits stand for: the issue year, or the year
    /// before for a document issued in January. Returns `nil` when they match neither, or the
    /// counter is shorter than five digits.
    private static func twoDigitYear(of entry: LedgerEntry) -> Int? {
        guard let inferred = entry.inferredNumber, inferred.counterWidth >= 5, let issued = entry.issueDate
        else { return nil }
        let divisor = InferredNumber.powerOfTen(inferred.counterWidth - 2)
        let lead = inferred.counter / divisor
        if issued.year % 100 == lead { return issued.year }
        if issued.month == 1, (issued.year - 1) % 100 == lead { return issued.year - 1 }
        return nil
    }
}
