import FoundationEssentials
import InvoiceAudit
import InvoiceModel

/// The JSON records the aging and dunning reports share. Amounts are strings with at least two
/// decimals, so no reader goes through binary floating point.
enum ReceivablesJSON {
    struct Tool: Encodable {
        let name: String
        let version: String
    }

    struct AsOf: Encodable {
        let date: String
        let source: String

        init(_ asOf: AsOfDate) {
            date = asOf.date.description
            source = asOf.source.rawValue
        }
    }

    struct Party: Encodable {
        let key: String?
        let name: String?

        init(_ key: PartyKey, name: String?) {
            self.key = key.isUnidentified ? nil : key.value
            self.name = name
        }
    }

    struct Invoice: Encodable {
        let seller: Party
        let buyer: Party
        let number: String
        let kind: String
        let status: String?
        let issueDate: String?
        let dueDate: String
        let dueDateSource: String
        let daysOverdue: Int
        /// The aging bucket code; absent in the dunning report.
        let bucket: String?
        let currency: String
        /// True when the document states no currency; absent otherwise.
        let currencyAssumed: Bool?
        let total: String?
        let amountDue: String
        let amountBasis: String
        let file: String
        let line: Int?

        init(_ item: Receivable, buckets: [AgingBucket]?) {
            seller = Party(item.seller, name: item.sellerName)
            buyer = Party(item.buyer, name: item.buyerName)
            number = item.number
            kind = item.kind.rawValue
            status = item.status?.rawValue
            issueDate = item.issueDate?.description
            dueDate = item.dueDate.description
            dueDateSource = item.dueDateSource.rawValue
            daysOverdue = item.daysOverdue
            bucket = buckets.map { $0[AgingBucket.index(daysOverdue: item.daysOverdue, in: $0)].code }
            currency = item.currency
            currencyAssumed = item.currencyAssumed ? true : nil
            total = item.total.map(ReceivablesWords.machineAmount)
            amountDue = ReceivablesWords.machineAmount(item.amountDue)
            amountBasis = item.basis.rawValue
            file = item.source.file
            line = item.source.line
        }
    }

    struct Unreliable: Encodable {
        let seller: Party
        let buyer: Party
        let number: String?
        let kind: String
        let currency: String?
        let amount: String?
        /// The credit owed to the customer, negative, for reason `credit-balance`; absent otherwise.
        let creditBalance: String?
        let reason: String
        let message: String
        let file: String
        let line: Int?

        init(_ item: UnreliableReceivable, language: Language) {
            seller = Party(item.seller, name: item.sellerName)
            buyer = Party(item.buyer, name: item.buyerName)
            number = item.number
            kind = item.kind.rawValue
            currency = item.currency
            amount = item.amount.map(ReceivablesWords.machineAmount)
            creditBalance = item.reason.creditBalance.map(ReceivablesWords.machineAmount)
            reason = item.reason.code
            message = item.reason.message.text(language)
            file = item.source.file
            line = item.source.line
        }
    }

    struct Counts: Encodable {
        let open: Int
        let settled: Int
        let paidByStatus: Int
        let creditNotesMatched: Int
        let unreliable: Int
        let drafts: Int
        let cancelled: Int
        let issuedAfterAsOf: Int
        /// Present only when the data contains a number twice.
        let identicalCopies: Int?
        let otherVersions: Int?

        init(_ open: OpenReceivables) {
            self.open = open.receivables.count
            settled = open.counts.settled
            paidByStatus = open.counts.paidByStatus
            creditNotesMatched = open.counts.creditNotes
            unreliable = open.unreliable.count
            drafts = open.counts.drafts
            cancelled = open.counts.cancelled
            issuedAfterAsOf = open.counts.issuedAfterAsOf
            identicalCopies = open.counts.copies > 0 ? open.counts.copies : nil
            otherVersions = open.counts.otherVersions > 0 ? open.counts.otherVersions : nil
        }
    }

    /// Encodes `value` with sorted keys, pretty-printed, ending with a newline.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings, integers and booleans cannot fail, because none of
        // them has a custom encoding or a floating-point value.
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
