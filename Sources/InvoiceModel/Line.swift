/// An invoice line (BG-25), as its source declared it.
public struct Line: Sendable, Hashable, Codable {
    /// BT-126.
    public var id: String?
    /// BT-153 item name, or the description column of a CSV export.
    public var description: String?
    /// BT-129, signed as written (credit notes may carry negative quantities).
    public var quantity: Amount?
    /// BT-130, UN/ECE Recommendation 20 code.
    public var unit: String?
    /// BT-146, the net unit price.
    public var netPrice: Amount?
    /// BT-149, the quantity the price applies to.
    public var baseQuantity: Amount?
    /// BT-131.
    public var netAmount: Amount?
    /// BT-151, UNTDID 5305.
    public var vatCategory: String?
    /// BT-152, a percentage.
    public var vatRate: Amount?
    /// The location of the line in its source.
    public var source: SourceLocation?
    /// BT-127.
    public var note: String?
    /// BT-128, the invoiced object identifier with its scheme (UNTDID 1153).
    public var objectIdentifier: Identifier?
    /// BT-132, the referenced purchase order line.
    public var orderLineReference: String?
    /// BT-133, the buyer's accounting reference.
    public var buyerAccountingReference: String?
    /// BG-26 (BT-134, BT-135).
    public var period: Period?
    /// BG-27 and BG-28, in document order.
    public var allowanceCharges: [AllowanceCharge]
    /// BT-147, the price discount per unit.
    public var priceDiscount: Amount?
    /// BT-148, the gross unit price.
    public var grossPrice: Amount?
    /// BT-150, the unit of ``baseQuantity``.
    public var baseQuantityUnit: String?
    /// BG-31 beyond the name: description, identifiers, classifications, origin, attributes.
    public var item: Item?
    /// VAT exemption reason text a line carries (CII EXTENDED, CSV exports); EN 16931 keeps it in BT-120.
    public var vatExemptionReason: String?
    /// VAT exemption reason code a line carries (VATEX); EN 16931 keeps it in BT-121.
    public var vatExemptionReasonCode: String?
    /// Factur-X EXTENDED `ram:ParentLineID`: the line this sub-line details.
    public var parentLineID: String?
    /// Factur-X EXTENDED `ram:LineStatusReasonCode` (`DETAIL`, `GROUP`, `INFORMATION`).
    public var statusReasonCode: String?

    public init(
        id: String? = nil, description: String? = nil, quantity: Amount? = nil, unit: String? = nil,
        netPrice: Amount? = nil, baseQuantity: Amount? = nil, netAmount: Amount? = nil, vatCategory: String? = nil,
        vatRate: Amount? = nil, source: SourceLocation? = nil, note: String? = nil,
        objectIdentifier: Identifier? = nil, orderLineReference: String? = nil,
        buyerAccountingReference: String? = nil, period: Period? = nil, allowanceCharges: [AllowanceCharge] = [],
        priceDiscount: Amount? = nil, grossPrice: Amount? = nil, baseQuantityUnit: String? = nil, item: Item? = nil,
        vatExemptionReason: String? = nil, vatExemptionReasonCode: String? = nil, parentLineID: String? = nil,
        statusReasonCode: String? = nil
    ) {
        self.id = id
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.netPrice = netPrice
        self.baseQuantity = baseQuantity
        self.netAmount = netAmount
        self.vatCategory = vatCategory
        self.vatRate = vatRate
        self.source = source
        self.note = note
        self.objectIdentifier = objectIdentifier
        self.orderLineReference = orderLineReference
        self.buyerAccountingReference = buyerAccountingReference
        self.period = period
        self.allowanceCharges = allowanceCharges
        self.priceDiscount = priceDiscount
        self.grossPrice = grossPrice
        self.baseQuantityUnit = baseQuantityUnit
        self.item = item
        self.vatExemptionReason = vatExemptionReason
        self.vatExemptionReasonCode = vatExemptionReasonCode
        self.parentLineID = parentLineID
        self.statusReasonCode = statusReasonCode
    }

    /// True for a Factur-X EXTENDED sub-line: one that details another line.
    public var isSubLine: Bool { parentLineID != nil }

    /// False for lines whose amount must stay out of BT-106: sub-lines, and lines marked
    /// `DETAIL` or `INFORMATION`. A top-level `GROUP` line counts; its detail lines do not.
    public var countsInTotals: Bool {
        guard parentLineID == nil else { return false }
        switch statusReasonCode?.uppercased() {
        case "DETAIL", "INFORMATION": return false
        default: return true
        }
    }
}

/// The item of a line (BG-31) beyond its name (BT-153, kept in ``Line/description``), with its
/// attributes (BG-32).
public struct Item: Sendable, Hashable, Codable {
    /// BT-154.
    public var description: String?
    /// BT-155.
    public var sellerID: String?
    /// BT-156.
    public var buyerID: String?
    /// BT-157 with its scheme (ISO 6523 ICD, 0160 for a GTIN).
    public var standardID: Identifier?
    /// BT-158 with its list (UNTDID 7143) and list version.
    public var classifications: [Classification]
    /// BT-159, ISO 3166-1 alpha-2.
    public var originCountry: String?
    /// BG-32.
    public var attributes: [ItemAttribute]

    public init(
        description: String? = nil, sellerID: String? = nil, buyerID: String? = nil, standardID: Identifier? = nil,
        classifications: [Classification] = [], originCountry: String? = nil, attributes: [ItemAttribute] = []
    ) {
        self.description = description
        self.sellerID = sellerID
        self.buyerID = buyerID
        self.standardID = standardID
        self.classifications = classifications
        self.originCountry = originCountry
        self.attributes = attributes
    }

    /// True when no field is filled, so importers can leave ``Line/item`` `nil`.
    public var isEmpty: Bool { self == Item() }
}

/// An item classification (BT-158 with BT-158-1 list id and BT-158-2 list version).
public struct Classification: Sendable, Hashable, Codable {
    public var value: String
    public var listID: String?
    public var listVersion: String?

    public init(value: String, listID: String? = nil, listVersion: String? = nil) {
        self.value = value
        self.listID = listID
        self.listVersion = listVersion
    }
}

/// An item attribute (BG-32: BT-160 name, BT-161 value).
public struct ItemAttribute: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A period with optional ends: the invoicing period (BG-14: BT-73, BT-74) or a line period
/// (BG-26: BT-134, BT-135).
public struct Period: Sendable, Hashable, Codable {
    public var start: CivilDate?
    public var end: CivilDate?

    public init(start: CivilDate? = nil, end: CivilDate? = nil) {
        self.start = start
        self.end = end
    }
}
