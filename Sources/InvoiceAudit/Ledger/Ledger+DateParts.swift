import InvoiceModel

extension Ledger {
    /// Reads as date parts the digits of inferred numbers that carry a month or a two-digit year
    /// their text alone does not prove: `F2025-02-003`, `FA-2501-001`, `FA2501001`, `202502003`,
    /// `FA-25-001`, `001/25`.
    ///
    /// A reading is kept only when the series it forms agrees with the issue dates. A year agrees
    /// when it is the issue year (or the year before in January). A month agrees when it is the
    /// issue month, or the month before in the first days of a month. At least four in five dated
    /// documents must agree, so one invoice issued late keeps its series. A month also needs two
    /// months among the agreeing documents, a year in the root two years, and a year after the
    /// counter two documents. Drafts follow the readings the issued documents proved.
    ///
    /// Returns the positions of the issued documents read with date parts their issue date
    /// disagrees with: they are counted in the period their number gives, and FR-NUM-04 names them.
    @discardableResult
    static func readingDateParts(_ entries: inout [LedgerEntry]) -> [Int] {
        struct Key: Hashable {
            let seller: PartyKey
            let identity: String
        }
        struct Evidence {
            var agreeing = 0
            var disagreeing = 0
            var documents = 0
            /// The periods of the documents that agree or have no issue date.
            var years: Set<Int> = []
            var months: Set<NumberingPeriod> = []
            var needs = DatePartReading.Evidence.twoDocuments

            var isConvincing: Bool {
                guard agreeing > 0, agreeing >= Ledger.agreeingDocumentsPerDisagreeing * disagreeing else { return false }
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
                switch candidate.agrees {
                case true?: known.agreeing += 1
                case false?: known.disagreeing += 1
                case nil: break
                }
                if candidate.agrees != false, let year = candidate.number.year {
                    known.years.insert(year)
                    known.months.insert(NumberingPeriod(year: year, month: candidate.number.month))
                }
                evidence[key] = known
            }
        }
        let convincing = Set(evidence.filter { $0.value.isConvincing }.keys)
        guard !convincing.isEmpty else { return [] }
        var disagreeing: [Int] = []
        for position in entries.indices {
            let seller = entries[position].seller
            // A month that no date can have (`FA2513001`) leaves the number as it is written.
            let accepted = readings(at: position).first {
                convincing.contains(Key(seller: seller, identity: $0.number.seriesIdentity))
                    && $0.number.month.map { (1...12).contains($0) } ?? true
            }
            guard let accepted else { continue }
            entries[position].inferredNumber = accepted.number
            if accepted.agrees == false, entries[position].isIssued { disagreeing.append(position) }
        }
        return disagreeing
    }

    /// How many documents of a series must agree with a date-part reading for each one that
    /// disagrees: four in five, so a few invoices issued late or misdated keep the series' reading.
    static let agreeingDocumentsPerDisagreeing = 4

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
