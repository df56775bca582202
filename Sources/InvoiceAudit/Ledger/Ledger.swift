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

    /// The key of the series across all its periods.
    var withoutPeriod: SeriesKey {
        SeriesKey(seller: seller, identity: identity, period: NumberingPeriod(year: nil, month: nil))
    }
}

/// All ledger entries of a run, indexed the way ledger rules look them up.
///
/// The indexes hold positions in ``entries``, not copies, so a million documents are kept once.
public struct Ledger: Sendable {
    public let entries: [LedgerEntry]
    /// The keys of every series, in order.
    public let seriesKeys: [SeriesKey]
    /// Positions of the issued documents with a number that infers a series, by series, in
    /// counter order.
    let seriesPositions: [SeriesKey: [Int]]
    /// Position of the first issued document by seller and exact number.
    let firstByNumber: [PartyKey: [String: Int]]
    /// Positions of the issued documents whose number another issued document of the seller
    /// also carries, by seller and number, in entry order.
    let repeatedNumbers: [PartyKey: [String: [Int]]]
    /// The counter width of each series, the same in every period unless a period pads its
    /// counters to another width (see ``CounterWidthTally/width(inSeriesOf:)``).
    let counterWidths: [SeriesKey: Int]
    /// The first mid-period counter restart of each series that has one (see ``restart(in:)``).
    let restarts: [SeriesKey: (entry: Int, previous: Int)]
    /// Positions of the issued documents read with a month or year part their issue date
    /// disagrees with, in entry order (see ``readingDateParts(_:)``).
    let datePartDisagreements: [Int]
    /// Records rejected at import that showed a document number: a gap holding one of these
    /// numbers names the record, because the number was read but could not be imported.
    public var rejectedNumbers: [Rejection] = []
    /// How many records each file had rejected at import, by file path, numbered or not: a
    /// series that starts late in such a file may have lost its first numbers there.
    public var rejectedRecordCounts: [String: Int] = [:]
    /// The items each seller billed and their VAT rates, gathered while the documents were read.
    public let itemRates: ItemRateIndex
    /// The registered seller that each seller known only by name was joined to, and the seller
    /// the documents without seller identity were given.
    let sellerAliases: [PartyKey: PartyKey]
    /// The documents read twice, left out of ``entries`` (see ``LedgerCopy``).
    public let copies: [LedgerCopy]
    /// The documents without seller identity and the seller they were numbered with, or `nil`
    /// when every document names its seller.
    public let unidentifiedSellers: UnidentifiedSellers?

    /// Builds the indexes. `entries` must already be in a deterministic order (by source location),
    /// and `itemRates` must come from the same documents in the same order.
    public init(entries: [LedgerEntry], itemRates: ItemRateIndex = ItemRateIndex()) {
        let (joined, nameAliases) = Ledger.joiningNamesToRegistrations(entries)
        let (attributed, unidentified) = Ledger.attributingUnidentifiedSellers(joined)
        var aliases = nameAliases
        if let seller = unidentified?.attributedTo { aliases[.unknown] = seller }
        var (entries, copies) = Ledger.separatingCopies(attributed)
        self.datePartDisagreements = Ledger.readingDateParts(&entries)
        Ledger.readingTwoDigitYears(&entries)
        Ledger.choosingMonthlyOrYearlyCounters(&entries)
        self.entries = entries
        self.copies = copies
        self.itemRates = itemRates
        self.sellerAliases = aliases
        self.unidentifiedSellers = unidentified
        var grouped = SeriesGrouping()
        var firstByNumber: [PartyKey: [String: Int]] = [:]
        var repeated: [PartyKey: [String: [Int]]] = [:]
        // Fields are read in place: a copy of a whole entry per document was a visible share of the time.
        for position in entries.indices where entries[position].isIssued {
            let seller = entries[position].seller
            if let number = entries[position].number {
                if let first = firstByNumber[seller]?[number] {
                    repeated[seller, default: [:]][number, default: [first]].append(position)
                } else {
                    firstByNumber[seller, default: [:]][number] = position
                }
            }
            if let inferred = entries[position].inferredNumber { grouped.append(position, seller: seller, inferred: inferred) }
        }
        var series = Ledger.splitYearlyRestarts(grouped.positions, entries: entries)
        for key in series.keys {
            series[key]?.sort { lhs, rhs in
                let left = entries[lhs].inferredNumber?.counter ?? 0
                let right = entries[rhs].inferredNumber?.counter ?? 0
                return left != right ? left < right : entries[lhs].source < entries[rhs].source
            }
        }
        var restarts: [SeriesKey: (entry: Int, previous: Int)] = [:]
        for (key, positions) in series {
            if let restart = Ledger.restart(in: positions, entries: entries) { restarts[key] = restart }
        }
        self.counterWidths = Ledger.counterWidths(series, entries: entries)
        self.seriesPositions = series
        self.seriesKeys = series.keys.sorted()
        self.firstByNumber = firstByNumber
        self.repeatedNumbers = repeated
        self.restarts = restarts
    }

    /// Returns the issued documents of one series in counter order, or none for an unknown key.
    public func series(_ key: SeriesKey) -> LedgerEntries {
        LedgerEntries(entries: entries, positions: seriesPositions[key] ?? [])
    }

    /// Returns the counter width the series is written in, 1 for an unknown key.
    public func counterWidth(of key: SeriesKey) -> Int {
        counterWidths[key] ?? 1
    }

    /// Returns the series pattern the journal names: the configured one as written, or the
    /// inferred one with the series' counter width, such as `FA-{yyyy}-{counter:4}`.
    public func pattern(of key: SeriesKey) -> String {
        guard let number = series(key).lazy.compactMap(\.inferredNumber).first else { return key.identity }
        return number.declaredPattern ?? number.pattern(width: counterWidth(of: key))
    }

    private static func counterWidths(_ series: [SeriesKey: [Int]], entries: [LedgerEntry]) -> [SeriesKey: Int] {
        var periods: [SeriesKey: CounterWidthTally] = [:]
        var wholeSeries: [SeriesKey: CounterWidthTally] = [:]
        for (key, positions) in series {
            var tally = CounterWidthTally()
            for position in positions {
                if let number = entries[position].inferredNumber { tally.add(number) }
            }
            periods[key] = tally
            wholeSeries[key.withoutPeriod, default: CounterWidthTally()].merge(tally)
        }
        return periods.reduce(into: [:]) { widths, item in
            widths[item.key] = item.value.width(inSeriesOf: wholeSeries[item.key.withoutPeriod]?.width ?? 1)
        }
    }

    /// Returns the first entry (in issue-date order) whose counter goes back to 1 after higher
    /// counters of the same period, with the highest entry before it. Returns `nil` when the series never restarts.
    public func restart(in key: SeriesKey) -> (entry: LedgerEntry, previous: LedgerEntry)? {
        restarts[key].map { (entries[$0.entry], entries[$0.previous]) }
    }

    /// Returns the seller's issued document with this number, the first one when the number is duplicated.
    public func issued(seller: PartyKey, number: String) -> LedgerEntry? {
        firstByNumber[seller]?[number.trimmingSpaces].map { entries[$0] }
    }

    /// Gives a seller known only by name the SIREN or VAT key of the one registered seller with the
    /// same normalised name, so one company's CSV rows without SIREN join its identified documents.
    static func joiningNamesToRegistrations(
        _ entries: consuming [LedgerEntry]
    ) -> (entries: [LedgerEntry], aliases: [PartyKey: PartyKey]) {
        var registered: [String: Set<PartyKey>] = [:]
        // An export repeats its seller on every row: the name is normalised and looked up once per
        // run of entries with the same seller and name.
        var previous: (seller: PartyKey, name: String)?
        for index in entries.indices where entries[index].seller.isRegistered {
            let seller = entries[index].seller
            guard let sellerName = entries[index].sellerName else { continue }
            if let previous, previous.seller == seller, previous.name == sellerName { continue }
            previous = (seller, sellerName)
            let name = PartyKey.normalisedName(sellerName)
            guard !name.isEmpty else { continue }
            registered[name, default: []].insert(seller)
        }
        guard !registered.isEmpty else { return (entries, [:]) }
        var joined = entries
        var aliases: [PartyKey: PartyKey] = [:]
        for index in joined.indices {
            guard let name = joined[index].seller.nameOnly, let keys = registered[name], keys.count == 1,
                let key = keys.first
            else { continue }
            aliases[joined[index].seller] = key
            joined[index].seller = key
        }
        return (joined, aliases)
    }
}

extension Ledger {
    /// Returns the as-of date when none is given: the latest issue or payment date in the data, so
    /// that the same files always give the same journal, while today's date would change it daily.
    ///
    /// With `today`, the date never goes past it. A document issued after today (FR-MENT-12) is left
    /// out with its payments, and so is a payment dated after today. One mistyped year would
    /// otherwise make every open invoice overdue and every deposit stale.
    public func defaultAsOfDate(today: CivilDate? = nil) -> CivilDate? {
        func counts(_ date: CivilDate) -> Bool { today.map { date <= $0 } ?? true }
        var latest: CivilDate?
        for entry in entries {
            if let date = entry.issueDate {
                guard counts(date) else { continue }
                if latest.map({ date > $0 }) ?? true { latest = date }
            }
            for payment in entry.payments {
                if let date = payment.date, counts(date), latest.map({ date > $0 }) ?? true { latest = date }
            }
        }
        return latest
    }
}
