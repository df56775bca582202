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
    /// A status cell that matches no known vocabulary, with its column header.
    var unknownStatus: (value: String, column: String)?
}

/// Reads the cells of one data row according to the column layout and the file's dialect.
struct CSVRowParser {
    var file: String
    var layout: ColumnLayout
    var separator: UInt8
    var decimal: DecimalSeparator
    var dateFormat: CSVDateFormat
    var mapping: CSVMapping?

    func parse(_ record: CSVRecord) -> ParsedRow {
        var cells = RowCells(record: record, parser: self)
        let numberCell = cells.text(.number) ?? ""
        var row = ParsedRow(
            line: record.line, numberCell: numberCell, issueDateCell: cells.text(.issueDate) ?? "",
            hasDocumentValues: layout.columns.contains { !$0.key.isLineValue && !record.text($0.value).isEmpty },
            document: Document(source: SourceLocation(file: file, line: record.line)), item: nil, problems: [])
        if record.fields.count != layout.headers.count {
            row.problems.append(
                CSVCellProblem(
                    column: nil,
                    reason: CSVMessages.fieldCount(found: record.fields.count, expected: layout.headers.count, separator: separator)))
            return row
        }

        var document = row.document
        if CSVVocabulary.isDraftNumberPlaceholder(numberCell) {
            document.isDraft = true
        } else if !numberCell.isEmpty {
            document.number = numberCell
        }
        if let typeCell = cells.text(.type) {
            document.typeCode = typeCell
            if let kind = CSVVocabulary.kind(typeCell, translations: mapping?.values?.type) {
                document.kind = kind
            } else {
                cells.report(.type, CSVMessages.unknownType(typeCell, column: layout.header(.type)))
            }
        }
        if let statusCell = cells.text(.status) {
            document.status = CSVVocabulary.status(
                statusCell, dolibarrCode: layout.statusIsDolibarrCode, translations: mapping?.values?.status)
            if document.status == nil { row.unknownStatus = (statusCell, layout.header(.status)) }
            if document.status == .draft { document.isDraft = true }
        }
        document.issueDate = cells.date(.issueDate)
        document.dueDate = cells.date(.dueDate)
        document.currency = (cells.text(.currency) ?? mapping?.defaults?.currency?.trimmingSpaces)?.uppercased()
        document.seller = seller(&cells)
        document.buyer = party(&cells, name: .buyerName, siren: .buyerSiren, siret: .buyerSiret, vatID: .buyerVatId)
        document.totals = Totals(
            lineNet: cells.amount(.lineNetTotal), taxExclusive: cells.amount(.netTotal), vat: cells.amount(.vatTotal),
            taxInclusive: cells.amount(.grossTotal), payable: cells.amount(.amountDue))
        if let original = cells.text(.originalInvoice) {
            document.precedingInvoices = [InvoiceReference(number: original, issueDate: cells.date(.originalInvoiceDate))]
        }
        let paymentDate = cells.date(.paymentDate)
        if let paid = cells.amount(.amountPaid), paid > .zero {
            document.payments = [Payment(date: paymentDate, amount: paid)]
        }
        // A refund is money paid back to the customer: a negative payment (see docs/rules.md).
        if let refunded = cells.amount(.amountRefunded), !refunded.isZero {
            document.payments.append(Payment(date: paymentDate, amount: -refunded.magnitude))
        }
        row.document = document
        if layout.isLineLevel { row.item = item(&cells, line: record.line) }
        row.problems = cells.problems
        return row
    }

    private func item(_ cells: inout RowCells, line: Int) -> Line? {
        let item = Line(
            description: cells.text(.lineDescription), quantity: cells.amount(.lineQuantity), unit: cells.text(.lineUnit),
            netPrice: cells.amount(.lineUnitPrice), netAmount: cells.amount(.lineNetAmount),
            vatRate: cells.amount(.lineVatRate, allowPercent: true), source: SourceLocation(file: file, line: line))
        let isEmpty =
            item.description == nil && item.quantity == nil && item.unit == nil && item.netPrice == nil
            && item.netAmount == nil && item.vatRate == nil
        return isEmpty ? nil : item
    }

    private func seller(_ cells: inout RowCells) -> Party? {
        var seller = party(&cells, name: .sellerName, siren: .sellerSiren, siret: .sellerSiret, vatID: .sellerVatId)
            ?? Party()
        let defaults = mapping?.defaults
        if seller.name == nil { seller.name = defaults?.sellerName?.trimmingSpaces }
        if seller.siret == nil, let value = defaults?.sellerSiret,
            let identifier = CSVIdentifierParsing.parseCompanyIdentifier(value).value, identifier.siret != nil
        {
            seller.siret = identifier.siret
            if seller.siren == nil { seller.siren = identifier.siren }
        }
        if seller.siren == nil, let value = defaults?.sellerSiren,
            let identifier = CSVIdentifierParsing.parseCompanyIdentifier(value).value
        {
            seller.siren = identifier.siren
        }
        if seller.vatID == nil { seller.vatID = defaults?.sellerVatId?.trimmingSpaces }
        return seller == Party() ? nil : seller
    }

    private func party(_ cells: inout RowCells, name: CSVField, siren: CSVField, siret: CSVField, vatID: CSVField) -> Party? {
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

/// The cells of one record, read through the layout, collecting problems as they are found.
private struct RowCells {
    let record: CSVRecord
    let parser: CSVRowParser
    var problems: [CSVCellProblem] = []

    init(record: CSVRecord, parser: CSVRowParser) {
        self.record = record
        self.parser = parser
    }

    /// Returns the trimmed cell of `field`, or `nil` when the column is absent or the cell empty.
    func text(_ field: CSVField) -> String? {
        guard let index = parser.layout.column(field) else { return nil }
        let value = record.text(index)
        return value.isEmpty ? nil : value
    }

    mutating func report(_ field: CSVField, _ reason: LocalizedText) {
        problems.append(CSVCellProblem(column: parser.layout.header(field), reason: reason))
    }

    mutating func amount(_ field: CSVField, allowPercent: Bool = false) -> Amount? {
        guard let cell = text(field) else { return nil }
        switch CSVAmountParsing.parse(cell, decimal: parser.decimal, allowPercent: allowPercent) {
        case .value(let amount): return amount
        case .empty: return nil
        case .invalid:
            report(field, CSVMessages.unreadableAmount(cell, column: parser.layout.header(field)))
            return nil
        }
    }

    mutating func date(_ field: CSVField) -> CivilDate? {
        guard let cell = text(field) else { return nil }
        switch CSVDateParsing.parse(cell, format: parser.dateFormat) {
        case .success(let date): return date
        case .failure(.monthAboveTwelve(let month)):
            report(field, CSVMessages.monthAboveTwelve(cell, month: month, column: parser.layout.header(field)))
        case .failure(.unreadable):
            report(field, CSVMessages.unreadableDate(cell, column: parser.layout.header(field), format: parser.dateFormat))
        }
        return nil
    }

    mutating func companyIdentifier(_ field: CSVField) -> CSVIdentifierParsing.CompanyIdentifier? {
        guard let cell = text(field) else { return nil }
        guard let identifier = CSVIdentifierParsing.parseCompanyIdentifier(cell).value else {
            report(field, CSVMessages.invalidCompanyIdentifier(cell, column: parser.layout.header(field)))
            return nil
        }
        return identifier
    }
}
