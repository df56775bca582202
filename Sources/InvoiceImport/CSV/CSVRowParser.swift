import InvoiceModel

/// A cell that could not be read: its column header, its value and the message.
struct CSVCellProblem: Sendable, Hashable {
    /// The column header, or `nil` for problems of the whole row (a wrong field count).
    var column: String?
    var reason: LocalizedText
}

/// One data row read into document-level values and, for line-level files, one line.
struct ParsedRow: Sendable {
    var line: Int
    /// The number cell as written, which groups the rows of one invoice.
    var numberCell: String
    /// The issue date cell as written; a different date starts a new invoice.
    var issueDateCell: String
    /// False when every document-level cell is empty (a continuation row of a line-level export).
    var hasDocumentValues: Bool
    /// The document as this row describes it, without lines.
    var document: Document
    /// The invoice line of this row; `nil` in header-level files and for rows without line values.
    var item: Line?
    var problems: [CSVCellProblem]
    /// Status and payment-state cells that match no known vocabulary, with their column headers.
    var unknownStatuses: [(value: String, column: String)] = []
    /// The kind and type cell of an estimate or a purchase document, which the import skips.
    var skipped: (kind: SkippedDocumentKind, type: String)?
}

/// Reads the cells of one data row according to the column layout and the file's dialect.
///
/// The parser remembers what each distinct type and status cell means, because exports repeat a
/// handful of values on every row and normalising them was a large share of the import time.
struct CSVRowParser {
    let file: String
    let layout: ColumnLayout
    /// The field separator; `nil` for a worksheet.
    let separator: UInt8?
    let decimal: DecimalSeparator
    let dateFormat: CSVDateFormat
    /// The date system of the worksheet's workbook; `.from1900` for CSV text.
    var dateSystem = ExcelDateSystem.from1900
    let mapping: CSVMapping?
    /// The source format given to each document as it is built, or `nil`.
    var sourceFormat: InputFormat?
    /// The columns of document-level fields, which tell a continuation row from a new invoice.
    private let documentColumns: [Int]
    private var kinds = VocabularyCache<DocumentKind>()
    /// Whether each distinct type cell names a progress invoice, so the cell is normalised once.
    private var progressTypes = VocabularyCache<Bool>()
    private var statuses = VocabularyCache<DocumentStatus>()
    private var paymentStates = VocabularyCache<CSVVocabulary.PaymentState>()
    /// Dates of the file that suggest it writes the month first.
    private(set) var dateOrder = CSVDateOrderEvidence()

    init(
        file: String, layout: ColumnLayout, separator: UInt8?, decimal: DecimalSeparator, dateFormat: CSVDateFormat,
        mapping: CSVMapping?
    ) {
        self.file = file
        self.layout = layout
        self.separator = separator
        self.decimal = decimal
        self.dateFormat = dateFormat
        self.mapping = mapping
        documentColumns = layout.columns.filter { !$0.key.isLineValue }.map(\.value).sorted()
    }

    mutating func parse(_ record: CSVRecord) -> ParsedRow {
        var cells = CSVRowCells(record: record, layout: layout, decimal: decimal, dateFormat: dateFormat)
        cells.dateSystem = dateSystem
        cells.recordsAmbiguousDate = dateOrder.ambiguous == nil
        cells.decimalIsDeclared = mapping?.decimalSeparator != nil
        defer { dateOrder.note(cells) }
        let numberCell = cells.text(.number) ?? ""
        // The document is built in place and moved into the row at the end: a `Document` is a few
        // kilobytes, and each copy of it was a large share of the import time.
        var document = Document(source: SourceLocation(file: file, line: record.line), sourceFormat: sourceFormat)
        let issueDateCell = cells.text(.issueDate) ?? ""
        let hasDocumentValues = documentColumns.contains { !record.isEmptyCell($0) }
        if record.fieldCount != layout.headers.count {
            let problem = CSVCellProblem(
                column: nil,
                reason: separator.map {
                    CSVMessages.fieldCount(found: record.fieldCount, expected: layout.headers.count, separator: $0)
                } ?? CSVMessages.cellsBeyondHeader(found: record.fieldCount, expected: layout.headers.count))
            return ParsedRow(
                line: record.line, numberCell: numberCell, issueDateCell: issueDateCell, hasDocumentValues: hasDocumentValues,
                document: document, item: nil, problems: [problem])
        }
        var skipped: (kind: SkippedDocumentKind, type: String)?
        var unknownStatuses: [(value: String, column: String)] = []

        if CSVVocabulary.isDraftNumberPlaceholder(numberCell) {
            document.isDraft = true
            document.provisionalNumber = numberCell
        } else if !numberCell.isEmpty {
            document.number = numberCell
        }
        if let provisional = cells.text(.provisionalNumber) { document.provisionalNumber = provisional }
        var isProgressInvoice = false
        if let typeCell = cells.text(.type) {
            document.typeCode = typeCell
            let translations = mapping?.values?.type
            let dolibarrCode = layout.dolibarrCodes.contains(.type)
            isProgressInvoice =
                progressTypes.value(typeCell) { CSVVocabulary.isProgressInvoice($0, dolibarrCode: dolibarrCode) } ?? false
            if let kind = kinds.value(typeCell, { CSVVocabulary.kind($0, dolibarrCode: dolibarrCode, translations: translations) }) {
                document.kind = kind
            } else if !dolibarrCode, let skippedKind = SkippedDocumentKind.of(typeCell) {
                skipped = (skippedKind, typeCell)
            } else {
                cells.report(.type, CSVMessages.unknownType(typeCell, column: layout.header(.type)))
            }
        }
        let translations = mapping?.values?.status
        var declared: DocumentStatus?
        if let statusCell = cells.text(.status) {
            let dolibarrCode = layout.dolibarrCodes.contains(.status)
            declared = statuses.value(statusCell) {
                CSVVocabulary.status($0, dolibarrCode: dolibarrCode, translations: translations)
            }
            if declared == nil { unknownStatuses.append((statusCell, layout.header(.status))) }
        }
        var payment: CSVVocabulary.PaymentState?
        if let paymentCell = cells.text(.paymentStatus) {
            let dolibarrCode = layout.dolibarrCodes.contains(.paymentStatus)
            payment = paymentStates.value(paymentCell) {
                CSVVocabulary.paymentState($0, dolibarrCode: dolibarrCode, translations: translations)
            }
            if payment == nil { unknownStatuses.append((paymentCell, layout.header(.paymentStatus))) }
        }
        document.status = CSVVocabulary.combined(declared: declared, payment: payment)
        if document.status == .draft { document.isDraft = true }
        document.issueDate = cells.date(.issueDate)
        document.dueDate = cells.date(.dueDate)
        document.currency = (cells.text(.currency) ?? mapping?.defaults?.currency?.trimmingSpaces)?.uppercased()
        document.seller = seller(&cells)
        document.buyer = party(&cells, name: .buyerName, siren: .buyerSiren, siret: .buyerSiret, vatID: .buyerVatId)
        document.totals = Totals(
            lineNet: cells.amount(.lineNetTotal), taxExclusive: cells.amount(.netTotal), vat: cells.amount(.vatTotal),
            taxInclusive: cells.amount(.grossTotal), payable: cells.amount(.amountDue))
        if layout.column(.originalInvoice) == nil { document.referencesNotInSource = true }
        if let original = cells.text(.originalInvoice) {
            // One date for several numbers is kept on each: the rules read it as one date for all.
            let numbers = CSVReferenceList.numbers(original)
            let dates = cells.citedDates(count: numbers.count)
            document.precedingInvoices = zip(numbers, dates).map { InvoiceReference(number: $0, issueDate: $1) }
        }
        readProgress(&cells, into: &document, isProgressInvoice: isProgressInvoice)
        let paymentDate = cells.date(.paymentDate)
        let paid = cells.amount(.amountPaid)
        if let paid, paid > .zero {
            document.payments = [Payment(date: paymentDate, amount: paid)]
        }
        // A refund is money paid back to the customer: a negative payment (see docs/rules.md).
        if let refunded = cells.amount(.amountRefunded), !refunded.isZero {
            document.payments.append(Payment(date: paymentDate, amount: -refunded.magnitude))
        }
        document.noteNothingPaid(paid)
        let lineItem = layout.isLineLevel ? item(&cells, line: record.line) : nil
        return ParsedRow(
            line: record.line, numberCell: numberCell, issueDateCell: issueDateCell, hasDocumentValues: hasDocumentValues,
            document: document, item: lineItem, problems: cells.problems, unknownStatuses: unknownStatuses, skipped: skipped)
    }

    private func item(_ cells: inout CSVRowCells, line: Int) -> Line? {
        let item = Line(
            description: cells.text(.lineDescription), quantity: cells.amount(.lineQuantity), unit: cells.text(.lineUnit),
            netPrice: cells.amount(.lineUnitPrice), netAmount: cells.amount(.lineNetAmount),
            vatRate: cells.rate(.lineVatRate), source: SourceLocation(file: file, line: line))
        let isEmpty =
            item.description == nil && item.quantity == nil && item.unit == nil && item.netPrice == nil
            && item.netAmount == nil && item.vatRate == nil
        return isEmpty ? nil : item
    }

    private func seller(_ cells: inout CSVRowCells) -> Party? {
        let seller = party(&cells, name: .sellerName, siren: .sellerSiren, siret: .sellerSiret, vatID: .sellerVatId)
        guard let defaults = mapping?.defaults else { return seller }
        return defaults.filling(seller)
    }

    private func party(_ cells: inout CSVRowCells, name: CSVField, siren: CSVField, siret: CSVField, vatID: CSVField) -> Party? {
        var party = Party(name: cells.text(name), vatID: cells.text(vatID))
        if let identifier = cells.companyIdentifier(siren) {
            party.siren = identifier.siren
            party.siret = identifier.siret
        }
        if let identifier = cells.companyIdentifier(siret) {
            party.siren = party.siren ?? identifier.siren
            party.siret = identifier.siret ?? party.siret
        }
        return party == Party() ? nil : party
    }
}

/// The meanings of the distinct cells of one column already read, up to a bound.
private struct VocabularyCache<Value> {
    private var known: [String: Value?] = [:]

    mutating func value(_ cell: String, _ lookUp: (String) -> Value?) -> Value? {
        if let value = known[cell] { return value }
        let value = lookUp(cell)
        // Exports use a handful of labels; a column of free text must not grow the cache forever.
        if known.count < 256 { known[cell] = value }
        return value
    }
}

extension CSVRowParser {
    /// Creates a parser reading the rows below a repeated header with its columns, keeping the
    /// evidence about the file's dates gathered so far.
    init(remapping other: CSVRowParser, to layout: ColumnLayout) {
        self.init(
            file: other.file, layout: layout, separator: other.separator, decimal: other.decimal, dateFormat: other.dateFormat,
            mapping: other.mapping)
        dateSystem = other.dateSystem
        dateOrder = other.dateOrder
        sourceFormat = other.sourceFormat
    }
}
