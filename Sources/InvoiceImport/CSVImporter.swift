import InvoiceModel

/// Imports invoice exports in CSV: one row per invoice, or one row per invoice line.
///
/// The steps are: decode to UTF-8, pick the separator, split records with libcsv, match the
/// header row to canonical fields, decide the decimal mark, read each row, then group rows into
/// documents. File-level failures (no header, no number column, malformed quoting) come back as a
/// single rejection without documents.
struct CSVImporter {
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        var result = ImportResult(file: file, format: .csv)
        let fileLocation = SourceLocation(file: file)
        func rejectFile(_ reason: LocalizedText, line: Int? = nil) -> ImportResult {
            var rejected = result
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
            result.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.readAsWindows1252))
        }

        let separator = mapping?.separatorByte ?? CSVDialect.detectSeparator(decoded.bytes)
        let records: [CSVRecord]
        switch CSVReader(separator: separator).read(decoded.bytes) {
        case .success(let read): records = read
        case .failure(.malformedQuoting(let line)): return rejectFile(CSVMessages.malformedQuoting(line: line), line: line)
        case .failure(.unterminatedQuote(let line)): return rejectFile(CSVMessages.unterminatedQuote(line: line), line: line)
        case .failure(.outOfMemory(let line)): return rejectFile(CSVMessages.outOfMemory(line: line), line: line)
        }
        guard let headerRecord = records.first, !headerRecord.isBlank else { return rejectFile(CSVMessages.emptyFile) }

        let headers = headerRecord.fields.indices.map { headerRecord.text($0) }
        let layout: ColumnLayout
        switch CSVColumnRecognition.recognise(headers: headers, mapping: mapping?.mappedColumns ?? [:]) {
        case .success(let recognised):
            layout = recognised.layout
            for ignored in recognised.ignored {
                result.warnings.append(
                    Rejection(
                        location: SourceLocation(file: file, line: headerRecord.line, element: ignored.header),
                        reason: CSVMessages.ignoredColumn(ignored)))
            }
        case .failure(.mappedHeaderMissing(let field, let header)):
            return rejectFile(
                CSVMessages.mappedHeaderMissing(field: field, header: header, headers: headers), line: headerRecord.line)
        }
        guard layout.column(.number) != nil else {
            return rejectFile(CSVMessages.noNumberColumn(headers: headers), line: headerRecord.line)
        }

        let dataRecords = records.dropFirst().filter { !$0.isBlank }
        let blankCount = records.count - 1 - dataRecords.count
        if blankCount > 0 {
            result.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.emptyRowsSkipped(blankCount)))
        }
        if dataRecords.isEmpty {
            result.warnings.append(Rejection(location: fileLocation, reason: CSVMessages.noDataRows))
            return result
        }

        let decimal =
            mapping?.decimalSeparator.flatMap(DecimalSeparator.init(rawValue:))
            ?? DecimalSeparator.detect(amountCells: amountCells(dataRecords, layout: layout), fieldSeparator: separator)
        let parser = CSVRowParser(
            file: file, layout: layout, separator: separator, decimal: decimal,
            dateFormat: mapping?.dateFormat ?? .dayMonthYear, mapping: mapping)
        let rows = dataRecords.map(parser.parse)
        result.warnings += unknownStatusWarnings(rows)

        let built = CSVDocumentBuilder(file: file, isLineLevel: layout.isLineLevel).build(rows)
        result.documents = built.documents
        result.rejections = built.rejections
        return result
    }

    /// Collects the non-empty cells of every amount column, the evidence for the decimal mark.
    private func amountCells(_ records: [CSVRecord], layout: ColumnLayout) -> [String] {
        let indices = layout.columns.filter { $0.key.isAmount }.map(\.value).sorted()
        return records.flatMap { record in indices.map { record.text($0) }.filter { !$0.isEmpty } }
    }

    /// Returns one warning per distinct unknown status value, located at its first occurrence.
    private func unknownStatusWarnings(_ rows: [ParsedRow]) -> [Rejection] {
        var seen = Set<String>()
        var warnings: [Rejection] = []
        for row in rows {
            guard let unknown = row.unknownStatus, seen.insert(unknown.value).inserted else { continue }
            warnings.append(
                Rejection(
                    location: SourceLocation(file: row.document.source.file, line: row.line, element: unknown.column),
                    reason: CSVMessages.unknownStatus(unknown.value, column: unknown.column)))
        }
        return warnings
    }
}
