import InvoiceModel

/// Imports invoice exports in CSV: one row per invoice, or one row per invoice line.
///
/// The importer decodes to UTF-8, picks the separator and surveys the records with libcsv (the
/// header row, malformed quoting, blank rows, the decimal mark). It then matches the header row to
/// canonical fields. Last, it reads the records again one at a time and hands each document over
/// as soon as its last row has been read (a Dolibarr credit note whose original invoice's row id
/// comes later waits for the end of the file, see ``CSVSourceRowIDs``). File-level failures (no header, no number column, malformed quoting) come back as
/// a single rejection before any document is delivered. Memory holds the file's bytes and the rows
/// of one invoice, never all rows.
struct CSVImporter {
    /// Imports `bytes` and collects the documents.
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        var documents: [Document] = []
        let summary = importDocuments(bytes, file: file, options: options) { documents.append($0) }
        return ImportResult(summary, documents: documents)
    }

    /// Imports `bytes`, handing each document to `onDocument` in file order.
    func importDocuments(
        _ bytes: [UInt8], file: String, options: ImportOptions, onDocument: (Document) -> Void
    ) -> ImportSummary {
        var summary = ImportSummary(file: file, format: .csv)
        let fileLocation = SourceLocation(file: file)
        func rejectFile(_ reason: LocalizedText, line: Int? = nil) -> ImportSummary {
            var rejected = summary
            rejected.rejections = [Rejection(location: SourceLocation(file: file, line: line), reason: reason)]
            return rejected
        }

        let mapping = options.csvMapping
        if let problem = mapping?.problems.first { return rejectFile(CSVMessages.invalidMapping(problem)) }

        let decoded: DecodedText
        switch TextDecoding.decode(bytes, forced: mapping?.encoding.flatMap(CSVTextEncoding.init(name:))) {
        case .success(let text): decoded = text
        case .failure(let failure): return rejectFile(CSVMessages.invalidUTF8(line: failure.line), line: failure.line)
        }
        if decoded.fellBackToWindows1252 {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.readAsWindows1252))
        }

        let separator = mapping?.separatorByte ?? CSVDialect.detectSeparator(decoded.bytes)
        let survey = CSVSurvey.read(decoded.bytes, separator: separator, mapping: mapping)
        switch survey.failure {
        case nil: break
        case .malformedQuoting(let line): return rejectFile(CSVMessages.malformedQuoting(line: line), line: line)
        case .unterminatedQuote(let line): return rejectFile(CSVMessages.unterminatedQuote(line: line), line: line)
        case .outOfMemory(let line): return rejectFile(CSVMessages.outOfMemory(line: line), line: line)
        }
        guard let headerRecord = survey.header, !headerRecord.isBlank, let recognition = survey.recognition else {
            return rejectFile(CSVMessages.emptyFile)
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
            return rejectFile(
                CSVMessages.mappedHeaderMissing(field: field, header: header, headers: headers), line: headerRecord.line)
        }
        if let kind = CSVNonInvoiceFile.classify(headers: headers, layout: layout, titlesBeforeHeader: survey.titlesBeforeHeader) {
            return rejectFile(kind.message, line: headerRecord.line)
        }
        guard layout.column(.number) != nil else {
            return rejectFile(CSVMessages.noNumberColumn(headers: headers), line: headerRecord.line)
        }

        summary.columns = layout.columns.sorted { $0.value < $1.value }.map {
            RecognisedColumn(field: $0.key.rawValue, header: headers[$0.value])
        }
        if survey.skippedRowsBeforeHeader {
            summary.warnings.append(
                Rejection(
                    location: SourceLocation(file: file, line: headerRecord.line),
                    reason: CSVMessages.linesBeforeHeaderSkipped(headerRecord.line - 1, headerLine: headerRecord.line)))
        }
        for line in survey.dataLikeLinesBeforeHeader {
            summary.rejections.append(
                Rejection(
                    location: SourceLocation(file: file, line: line),
                    reason: CSVMessages.dataRowBeforeHeader(headerLine: headerRecord.line)))
        }
        if survey.blankRecords > 0 {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.emptyRowsSkipped(survey.blankRecords)))
        }
        if survey.dataRecords == 0 {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.noDataRows))
            return summary
        }

        let decimal =
            mapping?.decimalSeparator.flatMap(DecimalSeparator.init(rawValue:))
            ?? survey.decimalSeparator
        var parser = CSVRowParser(
            file: file, layout: layout, separator: separator, decimal: decimal,
            dateFormat: mapping?.dateFormat ?? .dayMonthYear, mapping: mapping)
        var grouper = CSVDocumentGrouper(file: file, isLineLevel: layout.isLineLevel)
        var statusWarnings = UnknownStatusWarnings()
        var sourceRowIDs = CSVSourceRowIDs(layout: layout)
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

        // The survey read the same bytes with the same separator without failure, and libcsv is
        // deterministic, so this pass does not fail either. Records start on increasing lines, so
        // the header and the rows above it are the records starting on its line or before.
        let headerLine = headerRecord.line
        _ = CSVReader(separator: separator).read(decoded.bytes) { record in
            if record.line <= headerLine || record.isBlank { return }
            let row = parser.parse(record)
            statusWarnings.note(row)
            sourceRowIDs?.note(record, row: row)
            grouper.add(row, emit: deliver)
        }
        grouper.finish(emit: deliver)
        sourceRowIDs?.finish(deliver: hand)
        if let warning = sourceRowIDs?.warning(file: file) { summary.warnings.append(warning) }
        summary.warnings += grouper.skipped.warnings(file: file)
        if let conflict = grouper.conflicts.warning(file: file, layout: layout) { summary.warnings.append(conflict) }
        if unreferencedCredits > 0 {
            summary.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.noOriginalInvoiceColumn(credits: unreferencedCredits)))
        }
        summary.warnings += statusWarnings.warnings
        if let warning = parser.dateOrder.warning(file: file) { summary.warnings.append(warning) }
        return summary
    }
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
