import InvoiceModel

/// Imports the rows of one invoice table, from CSV text or a worksheet (see ``TableRowSource``).
///
/// ``prepare(_:file:mapping:summary:)`` surveys the rows and matches the header to fields; a
/// table without header or number column comes back as one rejection before any document.
/// ``run(onDocument:)`` then reads the rows again one at a time and hands each document over as
/// soon as its last row has been read (a Dolibarr credit note whose original invoice's row id
/// comes later waits for the end, see ``CSVSourceRowIDs``).
struct CSVTableImport<Source: TableRowSource> {
    let source: Source
    let file: String
    let mapping: CSVMapping?
    private let layout: ColumnLayout
    let headerLine: Int
    private let decimal: DecimalSeparator
    private let hasData: Bool
    private var summary: ImportSummary

    /// Surveys `source` and recognises its header, adding the header's warnings to `summary`;
    /// returns the table-level rejection, with the warnings found before it, when the rows
    /// cannot be imported.
    /// `separatorHintLine` is true when line 1 is Excel's `sep=;` line, which is no title.
    static func prepare(
        _ source: Source, file: String, mapping: CSVMapping?, summary: ImportSummary, separatorHintLine: Bool = false
    ) -> Result<CSVTableImport, CSVTableRejected> {
        var summary = summary
        let fileLocation = SourceLocation(file: file)
        func reject(_ reason: LocalizedText, line: Int? = nil) -> Result<CSVTableImport, CSVTableRejected> {
            var rejected = summary
            let rejection = Rejection(location: SourceLocation(file: file, line: line), reason: reason)
            rejected.rejections = [rejection]
            return .failure(CSVTableRejected(rejection: rejection, summary: rejected))
        }
        let survey = CSVSurvey.read(source, mapping: mapping)
        switch survey.failure {
        case nil: break
        case .malformedQuoting(let line): return reject(CSVMessages.malformedQuoting(line: line), line: line)
        case .unterminatedQuote(let line): return reject(CSVMessages.unterminatedQuote(line: line), line: line)
        case .outOfMemory(let line): return reject(CSVMessages.outOfMemory(line: line), line: line)
        }
        guard let headerRecord = survey.header, !headerRecord.isBlank, let recognition = survey.recognition else {
            return reject(CSVMessages.emptyFile)
        }

        let headers = survey.headers
        let layout: ColumnLayout
        switch recognition {
        case .success(let recognised):
            layout = recognised.layout
            for ignored in recognised.ignored {
                summary.warnings.append(
                    Rejection(
                        location: SourceLocation(file: file, line: headerRecord.line, element: ignored.header),
                        reason: CSVMessages.ignoredColumn(ignored)))
            }
        case .failure(.mappedHeaderMissing(let field, let header)):
            return reject(CSVMessages.mappedHeaderMissing(field: field, header: header, headers: headers), line: headerRecord.line)
        }
        if let kind = CSVNonInvoiceFile.classify(headers: headers, layout: layout, titlesBeforeHeader: survey.titlesBeforeHeader) {
            return reject(kind.message, line: headerRecord.line)
        }
        guard layout.column(.number) != nil else {
            return reject(CSVMessages.noNumberColumn(headers: headers), line: headerRecord.line)
        }
        if case .success(let recognised) = recognition {
            let unread = CSVUnreadColumns.amountLike(layout, ignored: recognised.ignored)
            if !unread.isEmpty {
                summary.warnings.append(
                    Rejection(
                        location: SourceLocation(file: file, line: headerRecord.line, element: headers[unread[0]]),
                        reason: CSVMessages.amountColumnsNotRead(unread.map { ($0, headers[$0]) })))
            }
        }
        for (column, line) in survey.valuesUnderEmptyHeaders.sorted(by: { $0.key < $1.key }) {
            summary.warnings.append(
                Rejection(location: SourceLocation(file: file, line: line), reason: CSVMessages.valuesUnderEmptyHeader(index: column, line: line)))
        }

        summary.columns = layout.columns.sorted { $0.value < $1.value }.map {
            RecognisedColumn(field: $0.key.rawValue, header: headers[$0.value])
        }
        if survey.skippedRowsBeforeHeader, !(separatorHintLine && headerRecord.line == 2) {
            summary.warnings.append(
                Rejection(
                    location: SourceLocation(file: file, line: headerRecord.line),
                    reason: CSVMessages.linesBeforeHeaderSkipped(headerLine: headerRecord.line)))
        }
        for line in survey.dataLikeLinesBeforeHeader {
            summary.rejections.append(
                Rejection(
                    location: SourceLocation(file: file, line: line),
                    reason: CSVMessages.dataRowBeforeHeader(headerLine: headerRecord.line)))
        }
        summary.skipped = survey.blankRecords
        // Worksheet numbers are typed, so only CSV text can hide a thousands point.
        if source.separator != nil, mapping?.decimalSeparator == nil, survey.decimalSeparator == .point,
            survey.thousandsPoint.suggestsThousands
        {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.pointsMayGroupThousands))
        }
        if survey.blankRecords > 0 {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.emptyRowsSkipped(survey.blankRecords)))
        }
        if survey.dataRecords == 0 {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.noDataRows))
        }
        let decimal =
            mapping?.decimalSeparator.flatMap(DecimalSeparator.init(rawValue:))
            ?? survey.decimalSeparator
        return .success(
            CSVTableImport(
                source: source, file: file, mapping: mapping, layout: layout, headerLine: headerRecord.line, decimal: decimal,
                hasData: survey.dataRecords > 0, summary: summary))
    }

    /// True when the table has an issue date or amount column besides its number column, as an
    /// invoice list has. A sheet of customers or products with a `Numéro` column has neither.
    var hasInvoiceColumns: Bool {
        layout.column(.issueDate) != nil || layout.columns.keys.contains { $0.isAmount }
    }

    /// The header of the number column.
    var numberHeader: String { layout.header(.number) }

    /// Imports the rows below the header, handing each document to `onDocument` in row order,
    /// with `sourceFormat` as its source format.
    func run(sourceFormat: InputFormat? = nil, onDocument: (Document) -> Void) -> ImportSummary {
        var summary = self.summary
        guard hasData else { return summary }
        let fileLocation = SourceLocation(file: file)
        var parser = CSVRowParser(
            file: file, layout: layout, separator: source.separator, decimal: decimal,
            dateFormat: mapping?.dateFormat ?? .dayMonthYear, mapping: mapping)
        parser.sourceFormat = sourceFormat
        parser.dateSystem = source.dateSystem
        var grouper = CSVDocumentGrouper(file: file, isLineLevel: layout.isLineLevel)
        var statusWarnings = UnknownStatusWarnings()
        var sourceRowIDs = CSVSourceRowIDs(layout: layout)
        var triage = CSVRowTriage(layout: layout, mapping: mapping, decimal: decimal)
        var unreferencedCredits = 0
        func hand(_ document: Document) {
            summary.documentCount += 1
            if document.kind.isCredit, document.referencesNotInSource == true, layout.column(.originalInvoice) == nil {
                unreferencedCredits += 1
            }
            onDocument(document)
        }
        func deliver(_ outcome: CSVDocumentGrouper.Outcome) {
            switch outcome {
            case .imported(let document):
                if sourceRowIDs != nil {
                    sourceRowIDs?.resolve(document, deliver: hand)
                } else {
                    hand(document)
                }
            case .rejected(let rejection):
                summary.rejections.append(rejection)
            }
        }

        // The survey read the same rows without failure, and reading is deterministic, so this
        // pass does not fail either. Records start on increasing lines, so the header and the
        // rows above it are the records starting on its line or before.
        let headerLine = headerLine
        _ = source.read(decimal: decimal, width: layout.headers.count) { record in
            if record.line <= headerLine || record.isBlank { return }
            switch triage.classify(record) {
            case .data: break
            case .totals: return
            case .header(let layout):
                // The rows below a repeated header start a new invoice, read with its columns.
                grouper.finish(emit: deliver)
                grouper.scattered.startTable()
                grouper.isLineLevel = layout.isLineLevel
                if sourceRowIDs == nil {
                    sourceRowIDs = CSVSourceRowIDs(layout: layout)
                } else {
                    sourceRowIDs?.adopt(layout)
                }
                parser = CSVRowParser(remapping: parser, to: layout)
                return
            }
            let row = parser.parse(record)
            statusWarnings.note(row)
            sourceRowIDs?.note(record, row: row)
            grouper.add(row, emit: deliver)
        }
        grouper.finish(emit: deliver)
        sourceRowIDs?.finish(deliver: hand)
        if let warning = sourceRowIDs?.warning(file: file) { summary.warnings.append(warning) }
        summary.warnings += grouper.skipped.warnings(file: file)
        summary.warnings += triage.warnings(file: file)
        summary.skipped += triage.skippedCount + grouper.skipped.count
        if let conflict = grouper.conflicts.warning(file: file, layout: layout) { summary.warnings.append(conflict) }
        if let scattered = grouper.scattered.warning(file: file) { summary.warnings.append(scattered) }
        if unreferencedCredits > 0 {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.noOriginalInvoiceColumn(credits: unreferencedCredits)))
        }
        summary.warnings += statusWarnings.warnings
        if let warning = parser.dateOrder.warning(file: file) { summary.warnings.append(warning) }
        return summary
    }
}

/// A table whose rows cannot be imported: its one rejection and the summary that carries it.
struct CSVTableRejected: Error {
    var rejection: Rejection
    var summary: ImportSummary
}

/// One warning per distinct unknown status value, located at its first occurrence.
private struct UnknownStatusWarnings {
    private var seen = Set<String>()
    private(set) var warnings: [Rejection] = []

    mutating func note(_ row: ParsedRow) {
        for unknown in row.unknownStatuses where seen.insert(unknown.column + "\u{0}" + unknown.value).inserted {
            warnings.append(
                Rejection(
                    location: SourceLocation(file: row.document.source.file, line: row.line, element: unknown.column),
                    reason: CSVMessages.unknownStatus(unknown.value, column: unknown.column)))
        }
    }
}
