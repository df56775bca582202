/// A reference to a preceding invoice (BG-3).
public struct InvoiceReference: Sendable, Hashable, Codable {
    /// BT-25; an empty string when the source left the number out, so rules can report it.
    public var number: String
    /// BT-26.
    public var issueDate: CivilDate?
    /// The referenced document's UNTDID 1001 type code (CII EXTENDED `ram:TypeCode`).
    public var typeCode: String?

    public init(number: String, issueDate: CivilDate? = nil, typeCode: String? = nil) {
        self.number = number
        self.issueDate = issueDate
        self.typeCode = typeCode
    }

    /// BT-25 when the source wrote one.
    public var writtenNumber: String? { number.isEmpty ? nil : number }
}

/// An invoice note (BG-1).
public struct Note: Sendable, Hashable, Codable {
    /// BT-21, UNTDID 4451.
    public var subject: String?
    /// BT-22.
    public var text: String

    public init(subject: String? = nil, text: String) {
        self.subject = subject
        self.text = text
    }
}

/// The references a document makes to other business documents (BT-11 … BT-19).
public struct DocumentReferences: Sendable, Hashable, Codable {
    /// BT-11.
    public var project: String?
    /// The project name (CII `ram:SpecifiedProcuringProject/ram:Name`, UBL has none).
    public var projectName: String?
    /// BT-12.
    public var contract: String?
    /// BT-13, the buyer's purchase order.
    public var purchaseOrder: String?
    /// BT-14, the seller's sales order.
    public var salesOrder: String?
    /// BT-15.
    public var receivingAdvice: String?
    /// BT-16.
    public var despatchAdvice: String?
    /// BT-17, the tender or lot.
    public var tender: String?
    /// BT-18 with its scheme (BT-18-1, UNTDID 1153).
    public var invoicedObject: Identifier?
    /// BT-19, the buyer's accounting reference.
    public var buyerAccounting: String?

    public init(
        project: String? = nil, projectName: String? = nil, contract: String? = nil, purchaseOrder: String? = nil,
        salesOrder: String? = nil, receivingAdvice: String? = nil, despatchAdvice: String? = nil,
        tender: String? = nil, invoicedObject: Identifier? = nil, buyerAccounting: String? = nil
    ) {
        self.project = project
        self.projectName = projectName
        self.contract = contract
        self.purchaseOrder = purchaseOrder
        self.salesOrder = salesOrder
        self.receivingAdvice = receivingAdvice
        self.despatchAdvice = despatchAdvice
        self.tender = tender
        self.invoicedObject = invoicedObject
        self.buyerAccounting = buyerAccounting
    }
}

/// An additional supporting document (BG-24); attached content is described, never kept.
public struct SupportingDocument: Sendable, Hashable, Codable {
    /// BT-122.
    public var id: String?
    /// The UNTDID 1001 code (CII `ram:TypeCode`: 916 supporting document, 50 tender, 130 object).
    public var typeCode: String?
    /// BT-123.
    public var description: String?
    /// BT-124, the external location (URI).
    public var externalURI: String?
    /// BT-125 when an attachment is embedded: its MIME code and file name, not its content.
    public var attachment: Attachment?

    public init(
        id: String? = nil, typeCode: String? = nil, description: String? = nil, externalURI: String? = nil,
        attachment: Attachment? = nil
    ) {
        self.id = id
        self.typeCode = typeCode
        self.description = description
        self.externalURI = externalURI
        self.attachment = attachment
    }
}

/// The description of an embedded attachment (BT-125), without its content.
public struct Attachment: Sendable, Hashable, Codable {
    /// BT-125-1.
    public var mimeCode: String?
    /// BT-125-2.
    public var filename: String?
    /// The length of the base64 text as written, in characters, to tell an empty attachment apart.
    public var encodedLength: Int

    public init(mimeCode: String? = nil, filename: String? = nil, encodedLength: Int = 0) {
        self.mimeCode = mimeCode
        self.filename = filename
        self.encodedLength = encodedLength
    }
}
