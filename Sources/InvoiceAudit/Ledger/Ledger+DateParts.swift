import InvoiceModel

extension Ledger {
    /// Reads as date parts the digits of inferred numbers that carry a month or a two-digit year
    /// their text alone does not prove: `F2025-02-003`, `FA-2501-001`, `FA2501001`, `202502003`,
    /// `FA-25-001`, `001/25`.
    ///
    /// A reading is kept only when the series it forms agrees with the issue dates. Every document
    /// carries its issue year (or the year before in January). A month is the issue month, or the
    /// month before in the first days of a month. A month also needs two months in the
    /// series, a year in the root two years, and a year after the counter two documents. Drafts
    /// follow the readings the issued documents proved.
    static func readingDateParts(_ entries: inout [LedgerEntry]) {
        struct Key: Hashable {
            let seller: PartyKey
            let identity: String
        }
        struct Evidence {
            var agrees = true
            var dated = 0
            var documents = 0
            var years: Set<Int> = []
            var months: Set<NumberingPeriod> = []
            var needs = DatePartReading.Evidence.twoDocuments

            var isConvincing: Bool {
                guard agrees, dated > 0 else { return false }
                switch needs {
                case .twoDocuments: return documents >= 2
                case .twoYears: return years.count >= 2
                case .twoMonths: return months.count >= 2
                }
            }
        }
        var shapes: [String: RootDateParts] = [:]
        func shape(of root: String) -> RootDateParts {
            if let known = shapes[root] { return known }
            let shape = RootDateParts(root: root)
            // Roots that contain a counter (`001/`) are as many as the numbers, so the cache stops at 10,000 roots.
            if shapes.count < 10_000 { shapes[root] = shape }
            return shape
        }
        // The readings are worked out twice, to gather evidence and then to apply it, because
        // keeping them for a large ledger would take hundreds of bytes per document.
        func readings(at position: Int) -> [DatePartReading] {
            guard let inferred = entries[position].inferredNumber, !inferred.isConfigured else { return [] }
            let shape = shape(of: inferred.root)
            return shape.isEmpty ? [] : inferred.datePartReadings(shape, issued: entries[position].issueDate)
        }
        var evidence: [Key: Evidence] = [:]
        for position in entries.indices where entries[position].isIssued {
            for candidate in readings(at: position) {
                let key = Key(seller: entries[position].seller, identity: candidate.number.seriesIdentity)
                var known = evidence[key] ?? Evidence()
                known.needs = max(known.needs, candidate.evidence)
                known.documents += 1
                if let agrees = candidate.agrees {
                    known.agrees = known.agrees && agrees
                    known.dated += 1
                }
                if let year = candidate.number.year {
                    known.years.insert(year)
                    known.months.insert(NumberingPeriod(year: year, month: candidate.number.month))
                }
                evidence[key] = known
            }
        }
        let convincing = Set(evidence.filter { $0.value.isConvincing }.keys)
        guard !convincing.isEmpty else { return }
        for position in entries.indices {
            let seller = entries[position].seller
            let accepted = readings(at: position).first {
                convincing.contains(Key(seller: seller, identity: $0.number.seriesIdentity))
            }
            if let accepted { entries[position].inferredNumber = accepted.number }
        }
    }

    /// Chooses from its numbers whether the counter of each inferred series with a month part
    /// restarts every month or runs on through the year.
    ///
    /// A month whose counters continue the month before (`F2025-01-002` then `F2025-02-003`)
    /// votes for a yearly counter, and a month that starts again at or below them votes for a
    /// monthly one. A yearly counter wins only with more votes. Its numbers are then checked over
    /// the whole year.
    static func choosingMonthlyOrYearlyCounters(_ entries: inout [LedgerEntry]) {
        struct Key: Hashable {
            let seller: PartyKey
            let identity: String
        }
        var ranges: [Key: [NumberingPeriod: ClosedRange<Int>]] = [:]
        var positions: [Key: [Int]] = [:]
        for position in entries.indices {
            guard let inferred = entries[position].inferredNumber, !inferred.isConfigured, inferred.month != nil,
                inferred.period.month != nil
            else { continue }
            let key = Key(seller: entries[position].seller, identity: inferred.seriesIdentity)
            positions[key, default: []].append(position)
            guard entries[position].isIssued else { continue }
            let counter = inferred.counter
            ranges[key, default: [:]][inferred.period] = ranges[key]?[inferred.period].map {
                min($0.lowerBound, counter)...max($0.upperBound, counter)
            } ?? counter...counter
        }
        for (key, months) in ranges {
            let ordered = months.sorted { $0.key < $1.key }
            var yearly = 0
            var monthly = 0
            for (earlier, later) in zip(ordered, ordered.dropFirst()) where earlier.key.year == later.key.year {
                if later.value.lowerBound > earlier.value.upperBound { yearly += 1 } else { monthly += 1 }
            }
            guard yearly > monthly else { continue }
            for position in positions[key] ?? [] {
                guard let inferred = entries[position].inferredNumber else { continue }
                entries[position].inferredNumber = inferred.moved(to: NumberingPeriod(year: inferred.year, month: nil))
            }
        }
    }
}
