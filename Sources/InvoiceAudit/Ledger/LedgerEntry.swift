import InvoiceModel

/// The compact part of a document that ledger rules need, kept after document rules have run.
public struct LedgerEntry: Sendable, Hashable {
    public internal(set) var seller: PartyKey
    /// The seller's name as the document gave it, for the journal.
    public let sellerName: String?
    public let buyer: PartyKey
    public let number: String?
    public let inferredNumber: InferredNumber?
    public let kind: DocumentKind
    public let isDraft: Bool
    public let status: DocumentStatus?
    public let issueDate: CivilDate?
    public let currency: String?
    /// BT-112, total with VAT.
    public let taxInclusive: Amount?
    public let precedingInvoices: [InvoiceReference]
    public let source: SourceLocation

    public init(_ document: Document) {
        let sellerKey = PartyKey(document.seller)
        seller = sellerKey == .unknown ? .unknown(inFile: document.source.file) : sellerKey
        sellerName = document.seller?.name
        buyer = PartyKey(document.buyer)
        number = document.number.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        inferredNumber = number.flatMap { InferredNumber($0, issueYear: document.issueDate?.year) }
        kind = document.kind
        isDraft = document.isDraft || document.status == .draft
        status = document.status
        issueDate = document.issueDate
        currency = document.currency
        taxInclusive = document.totals.taxInclusive
        precedingInvoices = document.precedingInvoices
        source = document.source
    }

    /// True unless both currencies are known and differ.
    static func currenciesAgree(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return true }
        return lhs.uppercased() == rhs.uppercased()
    }

    /// True for documents that count in numbering: not drafts, and with a number.
    public var isIssued: Bool { !isDraft && number != nil }
}
