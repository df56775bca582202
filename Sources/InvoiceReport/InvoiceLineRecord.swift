import InvoiceModel

/// One invoice line with the document fields the lines CSV repeats on every row.
///
/// Only `--format lines-csv` asks for these records, so a run in any other format keeps no line
/// of any document once its rules have run.
public struct InvoiceLineRecord: Sendable, Hashable {
    /// The line's own location when the importer knew it, else the document's.
    public var location: SourceLocation
    public var documentNumber: String?
    public var issueDate: CivilDate?
    public var seller: String?
    public var buyer: String?
    public var lineID: String?
    public var description: String?
    public var quantity: Amount?
    public var unit: String?
    public var netPrice: Amount?
    public var netAmount: Amount?
    public var vatCategory: String?
    public var vatRate: Amount?

    public init(
        location: SourceLocation, documentNumber: String? = nil, issueDate: CivilDate? = nil, seller: String? = nil,
        buyer: String? = nil, lineID: String? = nil, description: String? = nil, quantity: Amount? = nil,
        unit: String? = nil, netPrice: Amount? = nil, netAmount: Amount? = nil, vatCategory: String? = nil,
        vatRate: Amount? = nil
    ) {
        self.location = location
        self.documentNumber = documentNumber
        self.issueDate = issueDate
        self.seller = seller
        self.buyer = buyer
        self.lineID = lineID
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.netPrice = netPrice
        self.netAmount = netAmount
        self.vatCategory = vatCategory
        self.vatRate = vatRate
    }

    /// One record per line of the document, in the document's order. A document without lines
    /// gives one record with empty line fields, as `export --to lines-csv` does, so that no
    /// document is missing from the lines CSV.
    public static func records(of document: Document) -> [InvoiceLineRecord] {
        let seller = document.seller.flatMap { $0.name ?? $0.tradingName }
        let buyer = document.buyer.flatMap { $0.name ?? $0.tradingName }
        if document.lines.isEmpty {
            return [
                InvoiceLineRecord(
                    location: document.source, documentNumber: document.number, issueDate: document.issueDate,
                    seller: seller, buyer: buyer)
            ]
        }
        return document.lines.map { line in
            InvoiceLineRecord(
                location: line.source ?? document.source, documentNumber: document.number,
                issueDate: document.issueDate, seller: seller, buyer: buyer, lineID: line.id,
                description: line.description, quantity: line.quantity, unit: line.unit, netPrice: line.netPrice,
                netAmount: line.netAmount, vatCategory: line.vatCategory, vatRate: line.vatRate)
        }
    }
}
