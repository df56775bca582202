import InvoiceModel

/// Open receivables by age: per seller and currency, one row per buyer with the amount due in
/// each bucket. Amounts of two currencies are never added together.
public struct AgingReport: Sendable {
    /// The receivables of one seller in one currency.
    public struct Section: Sendable, Hashable {
        public let seller: PartyKey
        public let sellerName: String?
        public let currency: String
        public let rows: [Row]
        /// The sum of each bucket over the rows, in ``AgingReport/buckets`` order.
        public let totals: [Amount]
        public var total: Amount { totals.reduce(.zero, +) }
    }

    /// One buyer's amounts due in one currency.
    public struct Row: Sendable, Hashable {
        public let buyer: PartyKey
        public let buyerName: String?
        public let amounts: [Amount]
        public let invoiceCount: Int
        public var total: Amount { amounts.reduce(.zero, +) }
    }

    public let open: OpenReceivables
    public let buckets: [AgingBucket]
    public let sections: [Section]

    public var asOf: CivilDate { open.asOf }
    /// True when the receivables come from more than one seller, so the report names each.
    public var hasSeveralSellers: Bool { Set(sections.map(\.seller)).count > 1 }

    public init(_ open: OpenReceivables, bucketLimits: [Int]) {
        self.open = open
        let buckets = AgingBucket.all(limits: bucketLimits)
        self.buckets = buckets
        var sections: [Section] = []
        var start = open.receivables.startIndex
        let items = open.receivables
        while start < items.endIndex {
            let first = items[start]
            let end = items[start...].firstIndex { $0.seller != first.seller || $0.currency != first.currency } ?? items.endIndex
            let rows = Self.rows(items[start..<end], buckets: buckets)
            let zero = Array(repeating: Amount.zero, count: buckets.count)
            let totals = rows.reduce(zero) { sums, row in zip(sums, row.amounts).map { $0 + $1 } }
            sections.append(
                Section(
                    seller: first.seller, sellerName: items[start..<end].lazy.compactMap(\.sellerName).first,
                    currency: first.currency, rows: rows, totals: totals))
            start = end
        }
        self.sections = sections
    }

    /// Groups receivables sorted by buyer into one row per buyer.
    private static func rows(_ items: ArraySlice<Receivable>, buckets: [AgingBucket]) -> [Row] {
        var rows: [Row] = []
        var start = items.startIndex
        while start < items.endIndex {
            let buyer = items[start].buyer
            let end = items[start...].firstIndex { $0.buyer != buyer } ?? items.endIndex
            var amounts = Array(repeating: Amount.zero, count: buckets.count)
            for item in items[start..<end] {
                let index = AgingBucket.index(daysOverdue: item.daysOverdue, in: buckets)
                amounts[index] += item.amountDue
            }
            rows.append(
                Row(
                    buyer: buyer, buyerName: items[start..<end].lazy.compactMap(\.buyerName).first, amounts: amounts,
                    invoiceCount: end - start))
            start = end
        }
        return rows
    }
}

/// A range of days past the due date: not yet due (zero or less), then the configured ranges,
/// then everything beyond the last limit.
public struct AgingBucket: Sendable, Hashable {
    /// The first day of the range, `nil` for "not yet due".
    public let fromDay: Int?
    /// The last day of the range, `nil` for the open-ended last bucket.
    public let toDay: Int?

    /// Returns the buckets of `limits`, which are positive and strictly increasing: `[30, 60, 90]`
    /// gives not yet due, 1–30, 31–60, 61–90 and over 90.
    public static func all(limits: [Int]) -> [AgingBucket] {
        var buckets = [AgingBucket(fromDay: nil, toDay: 0)]
        var from = 1
        for limit in limits {
            buckets.append(AgingBucket(fromDay: from, toDay: limit))
            from = limit + 1
        }
        buckets.append(AgingBucket(fromDay: from, toDay: nil))
        return buckets
    }

    /// Returns the position in `buckets` of an invoice `daysOverdue` days past due.
    public static func index(daysOverdue: Int, in buckets: [AgingBucket]) -> Int {
        buckets.firstIndex { bucket in
            (bucket.fromDay.map { daysOverdue >= $0 } ?? true) && (bucket.toDay.map { daysOverdue <= $0 } ?? true)
        } ?? buckets.count - 1
    }

    /// A stable identifier for JSON and CSV: `not-due`, `1-30`, `over-90`.
    public var code: String {
        switch (fromDay, toDay) {
        case (nil, _): "not-due"
        case (let from?, let to?): "\(from)-\(to)"
        case (let from?, nil): "over-\(from - 1)"
        }
    }

    /// The column heading: `non échu` / `not yet due`, `1–30 j` / `1–30 days`, `> 90 j` / `over 90 days`.
    public var label: LocalizedText {
        switch (fromDay, toDay) {
        case (nil, _): LocalizedText(fr: "non échu", en: "not yet due")
        case (let from?, let to?): LocalizedText(fr: "\(from)–\(to) j", en: "\(from)–\(to) days")
        case (let from?, nil): LocalizedText(fr: "> \(from - 1) j", en: "over \(from - 1) days")
        }
    }
}
