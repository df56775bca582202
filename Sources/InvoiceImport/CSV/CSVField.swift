/// A canonical field a CSV column can fill; the raw value is the key used in mapping files.
public enum CSVField: String, Sendable, Hashable, Codable, CaseIterable {
    case number
    case provisionalNumber
    case issueDate
    case dueDate
    case type
    case status
    case paymentStatus
    case currency
    case netTotal
    case vatTotal
    case grossTotal
    case lineNetTotal
    case amountDue
    case amountPaid
    case amountRefunded
    case paymentDate
    case originalInvoice
    case originalInvoiceDate
    case orderReference
    case quoteReference
    case orderTotal
    case situationNumber
    case progressPercent
    case cumulativeAmount
    case sellerName
    case sellerSiren
    case sellerSiret
    case sellerVatId
    case buyerName
    case buyerSiren
    case buyerSiret
    case buyerVatId
    case lineDescription
    case lineQuantity
    case lineUnit
    case lineUnitPrice
    case lineNetAmount
    case lineVatRate

    /// True for the columns that make a file one row per invoice line.
    var isLineField: Bool {
        switch self {
        case .lineDescription, .lineQuantity, .lineUnitPrice, .lineNetAmount: true
        default: false
        }
    }

    /// True for every column that describes one line rather than the whole document.
    var isLineValue: Bool {
        isLineField || self == .lineUnit || self == .lineVatRate
    }

    /// True for columns read as amounts, whose cells decide the file's decimal mark.
    var isAmount: Bool {
        switch self {
        case .netTotal, .vatTotal, .grossTotal, .lineNetTotal, .amountDue, .amountPaid, .amountRefunded, .lineQuantity,
            .lineUnitPrice, .lineNetAmount, .lineVatRate, .orderTotal, .progressPercent, .cumulativeAmount:
            true
        default: false
        }
    }

    /// True for columns read as dates.
    var isDate: Bool {
        switch self {
        case .issueDate, .dueDate, .paymentDate, .originalInvoiceDate: true
        default: false
        }
    }
}

extension CSVField {
    /// The case's position in ``allCases``, read from the one-byte tag of this payload-free enum.
    /// A test checks that it matches `allCases`, so a layout change cannot go unnoticed.
    var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
