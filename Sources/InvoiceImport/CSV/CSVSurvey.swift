import InvoiceModel

/// The facts a first pass over a CSV file collects before any document is built. They are whether
/// libcsv reads it to the end, its header row and the lines before it, how many data and blank
/// records it has, and whether an amount cell shows a decimal comma.
///
/// The importer needs all of this before the first row: a file with malformed quoting is rejected
/// whole, and the decimal mark applies to every amount, so the evidence must come from all rows.
/// The pass keeps no record but the header and the few rows that may come before it.
struct CSVSurvey {
    var failure: CSVReadError?
    var header: CSVRecord?
    /// The header row's cells, trimmed.
    var headers: [String] = []
    /// The header matched to fields; `nil` when the file has no record at all.
    var recognition: ColumnRecognitionResult?
    /// The first lines of rows before the header row that look like data (see ``CSVHeaderSearch``).
    var dataLikeLinesBeforeHeader: [Int] = []
    /// True when rows (a title, a blank row) came before the header row and were skipped.
    var skippedRowsBeforeHeader = false
    /// The text of skipped rows with one filled cell, such as Invoice Ninja's `Payments` title.
    var titlesBeforeHeader: [String] = []
    var dataRecords = 0
    /// Rows without any value below the header: rows of empty cells (`;;;`) and empty lines or
    /// lines of spaces before the last row (those after it end many exports and say nothing).
    var blankRecords = 0
    private var blankLinesPending = 0
    /// True when an amount cell reads only with a decimal comma (see ``DecimalSeparator/votesForComma(_:fieldSeparator:)``).
    var hasDecimalCommaEvidence = false
    /// True when, in a comma-separated file, an amount cell shows a decimal point (`10.00`), which
    /// outweighs quoted decimal commas (see ``DecimalSeparator/detect(amountCells:fieldSeparator:)``).
    var hasDecimalPointEvidence = false

    /// The decimal mark the amount cells decide.
    var decimalSeparator: DecimalSeparator { hasDecimalCommaEvidence && !hasDecimalPointEvidence ? .comma : .point }

    /// For each column of the first header without a name, the line of its first value.
    private(set) var valuesUnderEmptyHeaders: [Int: Int] = [:]
    /// The columns of the first header without a name whose values have not been seen yet.
    private var unnamedColumns: [Int] = []
    private var amountColumns: [Int] = []
    private var moneyColumns: [Int] = []
    /// Whether every money cell reads `10.000`, in a file whose separator is not a comma.
    private(set) var thousandsPoint = CSVThousandsPointEvidence()
    private var looking = true
    private var search: CSVHeaderSearch
    /// The layout of the rows being read, which a repeated header changes.
    private var layout: ColumnLayout?
    private let mappedColumns: [CSVField: String]

    private init(mapping: CSVMapping?) {
        mappedColumns = mapping?.mappedColumns ?? [:]
        search = CSVHeaderSearch(mapping: mappedColumns)
        // With a declared decimal mark there is nothing to detect.
        looking = mapping?.decimalSeparator == nil
    }

    static func read(_ bytes: [UInt8], separator: UInt8, mapping: CSVMapping?) -> CSVSurvey {
        read(CSVTextRows(bytes: bytes, fieldSeparator: separator), mapping: mapping)
    }

    /// Surveys the rows of `source`; numbers of a worksheet come with a decimal point, which is
    /// no evidence in a table without a comma separator.
    static func read(_ source: some TableRowSource, mapping: CSVMapping?) -> CSVSurvey {
        var survey = CSVSurvey(mapping: mapping)
        // A worksheet has no separator; `;` is one that lets only a decimal comma count as evidence.
        let separator = source.separator ?? UInt8(ascii: ";")
        survey.failure = source.read(decimal: .point, width: nil) { record in
            survey.consume(record, separator: separator)
        }
        if survey.header == nil, let decision = survey.search.finish() { survey.decide(decision, separator: separator) }
        return survey
    }

    private mutating func consume(_ record: CSVRecord, separator: UInt8) {
        // Empty lines count as blank rows between the header and the last row, not after it.
        if record.fieldCount == 0 {
            if header != nil { blankLinesPending += 1 }
            return
        }
        blankRecords += blankLinesPending
        blankLinesPending = 0
        guard header != nil else {
            if let decision = search.add(record) { decide(decision, separator: separator) }
            return
        }
        noteData(record, separator: separator)
    }

    private mutating func decide(_ decision: CSVHeaderSearch.Decision, separator: UInt8) {
        let record = decision.header
        header = record
        headers = decision.headers
        recognition = decision.recognition
        skippedRowsBeforeHeader = decision.skippedRows
        dataLikeLinesBeforeHeader = decision.dataLikeLinesBefore
        titlesBeforeHeader = decision.titlesBefore
        if case .success(let recognised) = decision.recognition {
            adopt(recognised.layout)
        }
        for record in decision.rowsAfter { noteData(record, separator: separator) }
    }

    private mutating func noteData(_ record: CSVRecord, separator: UInt8) {
        if record.isBlank {
            blankRecords += 1
            return
        }
        // A repeated header is no data, and its amount columns are the ones to look at below it.
        if let layout, let repeated = CSVRepeatedHeader.layout(of: record, current: layout, mapping: mappedColumns) {
            adopt(repeated)
            return
        }
        dataRecords += 1
        if !unnamedColumns.isEmpty { noteUnnamedValues(record) }
        let commaSeparated = separator == UInt8(ascii: ",")
        if !commaSeparated { thousandsPoint.note(record, columns: moneyColumns) }
        guard looking else { return }
        for column in amountColumns where column < record.fieldCount {
            let field = record.field(column)
            if field.contains(UInt8(ascii: ",")) {
                let cell = record.text(column)
                if !CSVNestedTable.mayBeNested(cell), DecimalSeparator.votesForComma(cell, fieldSeparator: separator) {
                    hasDecimalCommaEvidence = true
                    // A comma-separated file keeps looking for a decimal point, which would outweigh it.
                    if !commaSeparated {
                        looking = false
                        break
                    }
                }
            } else if commaSeparated, field.contains(UInt8(ascii: ".")), DecimalSeparator.showsDecimalPoint(record.text(column)) {
                hasDecimalPointEvidence = true
                looking = false
                break
            }
        }
    }

    private mutating func noteUnnamedValues(_ record: CSVRecord) {
        unnamedColumns.removeAll { column in
            guard column < record.fieldCount, !record.isEmptyCell(column) else { return false }
            valuesUnderEmptyHeaders[column] = record.line
            return true
        }
    }

    private mutating func adopt(_ layout: ColumnLayout) {
        if self.layout == nil {
            unnamedColumns = layout.headers.indices.filter { index in
                layout.headers[index].trimmingSpaces.isEmpty && !layout.columns.values.contains(index)
            }
        }
        self.layout = layout
        amountColumns = layout.columns.filter { $0.key.isAmount }.map(\.value).sorted()
        moneyColumns = CSVThousandsPointEvidence.moneyColumns(layout)
    }
}
