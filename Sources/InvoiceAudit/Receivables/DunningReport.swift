import InvoiceModel

/// The reminders due on the as-of date under a reminder plan: each overdue open invoice with
/// the furthest step it reached and, between businesses in France, the penalties and the fixed
/// recovery indemnity the seller may claim.
public struct DunningReport: Sendable {
    /// One overdue invoice that reached a step of the plan.
    public struct Item: Sendable, Hashable {
        public let receivable: Receivable
        public let step: DunningStep
        /// The penalty accrued to the as-of date, for a French business-to-business invoice.
        public let penalty: LatePenalty?
        /// The fixed indemnity for recovery costs, 40 € per invoice paid late (C. com. L441-10 II
        /// and D441-5), for a French business-to-business invoice; it is due in euros whatever
        /// the invoice's currency.
        public let recoveryIndemnity: Amount?
    }

    /// The amount due, penalties and number of reminders of one seller in one currency.
    public struct Total: Sendable, Hashable {
        public let seller: PartyKey
        public let sellerName: String?
        public let currency: String
        public let amountDue: Amount
        public let penalties: Amount
        public let invoices: Int
        /// The number of invoices that carry the 40 € indemnity.
        public let indemnities: Int
    }

    /// The fixed recovery indemnity of D441-5, in euros.
    public static let recoveryIndemnityAmount = Amount(units: 4000, scale: 2)

    public let open: OpenReceivables
    public let steps: [DunningStep]
    public let items: [Item]
    public let totals: [Total]
    /// Overdue invoices that have not reached the first step yet.
    public let belowFirstStep: Int

    public var asOf: CivilDate { open.asOf }

    public init(_ open: OpenReceivables, configuration: DunningConfiguration, tables: ReferenceTables) {
        self.open = open
        steps = configuration.steps
        var items: [Item] = []
        var belowFirstStep = 0
        for receivable in open.receivables where receivable.isOverdue {
            guard let step = configuration.steps.last(where: { $0.afterDays <= receivable.daysOverdue }) else {
                belowFirstStep += 1
                continue
            }
            let french = receivable.facts.businessToBusinessFrench
            let penalty =
                french
                ? LatePenalty.accrued(
                    on: receivable.amountDue, days: receivable.daysOverdue, dueDate: receivable.dueDate,
                    statedRate: receivable.facts.statedPenaltyRate,
                    statesThreeTimesLegalRate: receivable.facts.statesThreeTimesLegalRate, configuration: configuration,
                    tables: tables) : nil
            items.append(
                Item(
                    receivable: receivable, step: step, penalty: penalty,
                    recoveryIndemnity: french ? Self.recoveryIndemnityAmount : nil))
        }
        self.items = items
        self.belowFirstStep = belowFirstStep
        totals = Self.totals(items)
    }

    private static func totals(_ items: [Item]) -> [Total] {
        var totals: [Total] = []
        var start = items.startIndex
        while start < items.endIndex {
            let first = items[start].receivable
            let end =
                items[start...].firstIndex { $0.receivable.seller != first.seller || $0.receivable.currency != first.currency }
                ?? items.endIndex
            let group = items[start..<end]
            totals.append(
                Total(
                    seller: first.seller, sellerName: group.lazy.compactMap(\.receivable.sellerName).first,
                    currency: first.currency,
                    amountDue: group.reduce(Amount.zero) { $0 + $1.receivable.amountDue },
                    penalties: group.reduce(Amount.zero) { $0 + ($1.penalty?.amount ?? .zero) },
                    invoices: group.count, indemnities: group.filter { $0.recoveryIndemnity != nil }.count))
            start = end
        }
        return totals
    }
}
