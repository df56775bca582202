import InvoiceModel

/// The cells of one record, read through the layout, collecting problems as they are found.
///
/// Plain amounts (`-1234,56`), dates (`15/01/2025`, `2025-01-15`) and SIREN or SIRET numbers
/// written as bare digits are converted from their bytes without building a `String`. Any other
/// spelling goes through the text parsers, which give the same value or the exact message.
struct CSVRowCells {
    let record: CSVRecord
    let layout: ColumnLayout
    let decimal: DecimalSeparator
    let dateFormat: CSVDateFormat
    /// The date system of the workbook the row comes from; `.from1900` for CSV text.
    var dateSystem = ExcelDateSystem.from1900
    var problems: [CSVCellProblem] = []
    /// True when a mapping file declares the decimal mark, so a point in a file with decimal
    /// commas groups thousands, as declared, and `1.250` is 1250.
    var decimalIsDeclared = false
    /// False once the file has an ambiguous date on record, so later ones build no `String`.
    var recordsAmbiguousDate = true
    /// The first date of the row that only fits month first (see ``CSVDateOrderEvidence``).
    private(set) var monthFirstDate: CSVDateExample?
    /// The first date of the row read day first whose day and month could be swapped.
    private(set) var ambiguousDate: CSVDateExample?

    init(record: CSVRecord, layout: ColumnLayout, decimal: DecimalSeparator, dateFormat: CSVDateFormat) {
        self.record = record
        self.layout = layout
        self.decimal = decimal
        self.dateFormat = dateFormat
    }

    /// Returns the trimmed cell of `field`, or `nil` when the column is absent or the cell empty
    /// or the literal `NULL`.
    ///
    /// A leading `'` before `=`, `+`, `-`, `@`, tab or carriage return is dropped: spreadsheet-safe
    /// CSV writers (ours included) add it so the cell is not run as a formula.
    func text(_ field: CSVField) -> String? {
        guard let index = layout.column(field) else { return nil }
        let value = record.text(index)
        if value.isEmpty || CSVAmountParsing.isNullLiteral(value) { return nil }
        if value.hasPrefix("'"), let second = value.dropFirst().first, "=+-@\t\r".contains(second) {
            return String(value.dropFirst())
        }
        return value
    }

    /// Returns the trimmed bytes of `field`'s cell, or `nil` when the column is absent, the cell
    /// empty, or only the `String` path trims it right.
    private func bytes(_ field: CSVField) -> ArraySlice<UInt8>? {
        guard let index = layout.column(field), index < record.fieldCount,
            case .bytes(let range) = record.trimmedRange(index), !range.isEmpty
        else { return nil }
        return record.storage[range]
    }

    mutating func report(_ field: CSVField, _ reason: LocalizedText) {
        problems.append(CSVCellProblem(column: layout.header(field), reason: reason))
    }

    mutating func amount(_ field: CSVField) -> Amount? {
        if let bytes = bytes(field), let amount = CSVByteParsing.plainAmount(bytes, decimal: decimal) { return amount }
        guard let cell = text(field) else { return nil }
        var parsed = CSVAmountParsing.parse(cell, decimal: decimal)
        if case .invalid = parsed, let table = CSVNestedTable(cell) { parsed = table.sum(decimal: decimal) }
        switch parsed {
        case .value(let amount):
            guard decimal == .comma, !decimalIsDeclared, let reading = CSVAmountParsing.pointBeforeThreeDigits(cell) else { return amount }
            let column = layout.header(field)
            switch reading {
            case .decimalPoint(let value):
                report(field, CSVMessages.unreadableAmountWithDecimalPoint(cell, column: column, amount: value))
            case .ambiguous(let thousands, let decimalValue):
                report(field, CSVMessages.ambiguousPointInCommaFile(cell, column: column, thousands: thousands, decimal: decimalValue))
            }
            return nil
        case .empty: return nil
        case .invalid:
            reportInvalid(cell, field, allowPercent: false)
            return nil
        }
    }

    /// Reads a VAT rate, in which a point is a decimal point whatever the file's decimal mark
    /// (see ``CSVAmountParsing/parseRate(_:decimal:)``).
    mutating func rate(_ field: CSVField) -> Amount? {
        if let bytes = bytes(field), let amount = CSVByteParsing.plainAmount(bytes, decimal: decimal) { return amount }
        guard let cell = text(field) else { return nil }
        switch CSVAmountParsing.parseRate(cell, decimal: decimal) {
        case .value(let rate): return rate
        case .empty: return nil
        case .invalid:
            reportInvalid(cell, field, allowPercent: true)
            return nil
        }
    }

    /// Reports an amount or rate cell that does not read, with the hint that fits it.
    private mutating func reportInvalid(_ cell: String, _ field: CSVField, allowPercent: Bool) {
        let column = layout.header(field)
        if let limit = CSVAmountParsing.exceededLimit(cell, decimal: decimal, allowPercent: allowPercent) {
            report(field, CSVMessages.amountBeyondLimit(cell, column: column, limit: limit))
        } else if decimal == .point, case .value = CSVAmountParsing.parse(cell, decimal: .comma, allowPercent: allowPercent) {
            // A decimal comma in a file whose other cells decided a point gets the mapping to use.
            report(field, CSVMessages.unreadableAmountWithDecimalComma(cell, column: column))
        } else if decimal == .comma, case .value(let value) = CSVAmountParsing.parse(cell, decimal: .point, allowPercent: allowPercent) {
            report(field, CSVMessages.unreadableAmountWithDecimalPoint(cell, column: column, amount: value))
        } else {
            report(field, CSVMessages.unreadableAmount(cell, column: column))
        }
    }

    mutating func date(_ field: CSVField) -> CivilDate? {
        if let bytes = bytes(field), let date = CSVByteParsing.plainDate(bytes, format: dateFormat) {
            // Two-digit ISO dates have their first dash at offset 4, day-first ones a separator at 2.
            let isISO = bytes[bytes.startIndex + 4] == UInt8(ascii: "-")
            if !isISO { noteDayFirst(date, field) }
            return date
        }
        guard let cell = text(field) else { return nil }
        return date(cell, field)
    }

    /// Returns the dates of the cited invoices, `count` of them: one per invoice when the cell
    /// lists as many dates as there are invoices (`10/01/2025, 11/01/2025`), else the cell's one
    /// date for each. A list of another length is a problem of the row.
    mutating func citedDates(count: Int) -> [CivilDate?] {
        let field = CSVField.originalInvoiceDate
        // A date written with a comma (`Jan 10, 2025`) is one date, not a list.
        guard count > 1, let cell = text(field), case .failure = CSVDateParsing.parse(cell, format: dateFormat, unixSeconds: false, dateSystem: dateSystem),
            let parts = CSVReferenceList.parts(cell)
        else {
            return Array(repeating: date(field), count: count)
        }
        guard parts.count == count else {
            report(field, CSVMessages.citedDateCount(cell, column: layout.header(field), dates: parts.count, invoices: count))
            return Array(repeating: nil, count: count)
        }
        return parts.map { $0.isEmpty ? nil : date($0, field) }
    }

    /// Reads `cell` as a date of `field`'s column, reporting it when it does not read.
    private mutating func date(_ cell: String, _ field: CSVField) -> CivilDate? {
        let unixSeconds = layout.column(field).map(layout.unixSecondsColumns.contains) ?? false
        switch CSVDateParsing.parse(cell, format: dateFormat, unixSeconds: unixSeconds, dateSystem: dateSystem) {
        case .success(let date):
            // Only `dd/mm/yyyy` forms can swap day and month: not ISO, digits only or month names.
            if let date, !cell.prefix(4).allSatisfy(\.isASCIIDigit), !cell.contains(where: \.isLetter) {
                noteDayFirst(date, field)
            }
            return date
        case .failure(.monthAboveTwelve(let month)):
            if monthFirstDate == nil { monthFirstDate = CSVDateExample(column: layout.header(field), value: cell) }
            report(field, CSVMessages.monthAboveTwelve(cell, month: month, column: layout.header(field)))
        case .failure(.noDateInEitherOrder):
            // Not evidence of month-first dates: the cell is wrong whichever order the file uses.
            report(field, CSVMessages.noDateInEitherOrder(cell, column: layout.header(field)))
        case .failure(.unreadable):
            report(field, CSVMessages.unreadableDate(cell, column: layout.header(field), format: dateFormat))
        case .failure(.serialOutOfRange):
            report(field, CSVMessages.serialDateOutOfRange(cell, column: layout.header(field), dateSystem: dateSystem))
        case .failure(.unixSecondsNotExpected):
            report(field, CSVMessages.unexpectedUnixSeconds(cell, column: layout.header(field)))
        case .failure(.noSuchDay(let year, let month, let day)):
            report(field, CSVMessages.noSuchDay(cell, column: layout.header(field), year: year, month: month, day: day))
        case .failure(.twoDigitYear):
            report(field, CSVMessages.twoDigitYear(cell, column: layout.header(field), format: dateFormat))
        case .failure(.wrongWeekday(let written, let date)):
            report(field, CSVMessages.wrongWeekday(cell, column: layout.header(field), written: written, date: date))
        }
        return nil
    }

    /// Records `date` when it was read day first and swapping its day and month gives another date.
    private mutating func noteDayFirst(_ date: CivilDate, _ field: CSVField) {
        guard recordsAmbiguousDate, ambiguousDate == nil, dateFormat == .dayMonthYear,
            date.day <= 12, date.month <= 12, date.day != date.month
        else { return }
        ambiguousDate = CSVDateExample(column: layout.header(field), value: text(field) ?? "")
    }

    mutating func companyIdentifier(_ field: CSVField) -> CSVIdentifierParsing.CompanyIdentifier? {
        if let bytes = bytes(field), let identifier = CSVByteParsing.plainCompanyIdentifier(bytes) { return identifier }
        guard let cell = text(field) else { return nil }
        guard let identifier = CSVIdentifierParsing.parseCompanyIdentifier(cell).value else {
            report(field, CSVMessages.invalidCompanyIdentifier(cell, column: layout.header(field)))
            return nil
        }
        return identifier
    }
}
