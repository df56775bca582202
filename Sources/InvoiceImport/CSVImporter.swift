import InvoiceModel

/// Imports invoice exports in CSV: one row per invoice, or one row per invoice line.
///
/// The importer decodes to UTF-8 and picks the separator; ``CSVTableImport`` then surveys the
/// records with libcsv (the header row, malformed quoting, blank rows, the decimal mark), matches
/// the header row to canonical fields, and reads the records again one at a time, handing each
/// document over as soon as its last row has been read. File-level failures (no header, no number
/// column, malformed quoting) come back as a single rejection before any document is delivered.
/// Memory holds the file's bytes and the rows of one invoice, never all rows.
struct CSVImporter {
    /// Imports `bytes` and collects the documents.
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        var documents: [Document] = []
        let summary = importDocuments(bytes, file: file, options: options) { documents.append($0) }
        return ImportResult(summary, documents: documents)
    }

    /// Imports `bytes`, handing each document to `onDocument` in file order.
    ///
    /// - Parameter sourceFormat: the source format set on each document as it is built. With
    ///   `nil` the caller sets it, which copies each document.
    func importDocuments(
        _ bytes: [UInt8], file: String, options: ImportOptions, sourceFormat: InputFormat? = nil,
        onDocument: (Document) -> Void
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
            let reason = decoded.mayBeLatin9 ? CSVMessages.readAsWindows1252MayBeLatin9 : CSVMessages.readAsWindows1252
            summary.warnings.append(Rejection(location: fileLocation, reason: reason))
        }

        let hint = CSVDialect.excelSeparatorHint(decoded.bytes)
        let separator = mapping?.separatorByte ?? hint ?? CSVDialect.detectSeparator(decoded.bytes)
        let rows = CSVTextRows(bytes: decoded.bytes, fieldSeparator: separator)
        switch CSVTableImport.prepare(rows, file: file, mapping: mapping, summary: summary, separatorHintLine: hint != nil) {
        case .success(let table): return table.run(sourceFormat: sourceFormat, onDocument: onDocument)
        case .failure(let rejected): return rejected.summary
        }
    }
}
