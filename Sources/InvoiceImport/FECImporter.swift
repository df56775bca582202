import InvoiceModel

/// Imports the sales entries of a FEC (Fichier des Écritures Comptables) as invoices and credit notes.
///
/// The file is decoded like a CSV export (UTF-8 with or without byte order mark, else
/// Windows-1252) and split into lines by the CSV reader with quoting off, because FEC labels may
/// contain `"`. Lines are grouped into entries by (JournalCode, EcritureNum) in a bounded window
/// (``FECEntryWindow``), so memory keeps a few entries, never the file's lines.
///
/// A sales entry becomes one document, or one rejection naming the line and the reason. Sales
/// entries are those of the journals listed in ``ImportOptions/fecSalesJournals`` or, without that
/// list, entries with a customer line (411) and a revenue (70) or output VAT (4457) line. Other
/// entries are skipped, with one warning per journal code giving the count of entries and lines.
/// The records this importer reads, and that the journal counts as read, are the sales entries
/// plus the lines that belong to no entry (a wrong field count, no entry key, a late line).
struct FECImporter {
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        var documents: [Document] = []
        let summary = importDocuments(bytes, file: file, options: options) { documents.append($0) }
        return ImportResult(summary, documents: documents)
    }

    /// Imports `bytes`, handing each document to `onDocument` as soon as its entry is complete.
    func importDocuments(
        _ bytes: [UInt8], file: String, options: ImportOptions, onDocument: (Document) -> Void
    ) -> ImportSummary {
        var summary = ImportSummary(file: file, format: .fec)
        let fileLocation = SourceLocation(file: file)
        guard let layout = FECLayout.detect(bytes) else {
            summary.rejections = [Rejection(location: fileLocation, reason: ImportMessages.unsupportedFormat(.unknown))]
            return summary
        }
        // Without a forced encoding, decoding falls back to Windows-1252, so the failure branch
        // is only there to keep the file counted should that change.
        let decoded: DecodedText
        switch TextDecoding.decode(bytes, forced: nil) {
        case .success(let text): decoded = text
        case .failure(let failure):
            summary.rejections = [
                Rejection(location: SourceLocation(file: file, line: failure.line), reason: CSVMessages.invalidUTF8(line: failure.line))
            ]
            return summary
        }
        // NOTE: an ISO 8859-15 FEC, which the regulation allows, is read as Windows-1252, so the
        // letters the two differ on (€ Œ œ Š š Ž ž Ÿ) come out wrong in labels and names.
        if decoded.fellBackToWindows1252 {
            summary.warnings.append(Rejection(location: fileLocation, reason: FECMessages.readAsWindows1252))
        }

        var seller: Party?
        switch FECFileName.read(file) {
        case .valid(let name): seller = name.seller
        case .invalidSIREN(let siren):
            summary.warnings.append(Rejection(location: fileLocation, reason: FECMessages.invalidSIRENInName(siren)))
        case .unnamed: break
        }

        // Journal codes compare without regard to case: `ve` in the configuration lists journal `VE`.
        let salesJournals = options.fecSalesJournals.map { Set($0.map { $0.uppercased() }) }
        var tally = FECImportTally()
        var window = FECEntryWindow()
        var credits = 0
        func rejectLine(_ reason: LocalizedText, line: Int, number: String? = nil) {
            summary.rejections.append(
                Rejection(location: SourceLocation(file: file, line: line), reason: reason, documentNumber: number))
        }
        func handle(_ event: FECEntryWindow.Event) {
            switch event {
            case .closed(let entry):
                let isSale = salesJournals.map { $0.contains(entry.key.journalCode.uppercased()) } ?? entry.looksLikeSale
                guard isSale else { return tally.skip(entry) }
                switch entry.sale(file: file, seller: seller) {
                case .document(let document, let remarks):
                    tally.note(remarks, entryLine: entry.firstLine)
                    if document.kind.isCredit { credits += 1 }
                    summary.documentCount += 1
                    onDocument(document)
                case .rejected(let rejection):
                    summary.rejections.append(rejection)
                }
            case .lateLine(let line, let closedAt):
                if tally.wasSkipped(line.key) {
                    tally.skipLateLine(line)
                } else {
                    rejectLine(
                        FECMessages.lateLine(line.key, line: line.line, closedAt: closedAt), line: line.line,
                        number: line.pieceReference.isEmpty ? nil : line.pieceReference)
                }
            }
        }

        var isHeader = true
        var dataLines = 0
        let failure = CSVReader(separator: layout.separator, quoting: false).read(decoded.bytes) { record in
            if isHeader {
                isHeader = false
                return
            }
            if record.isBlank { return }
            dataLines += 1
            guard layout.accepts(record) else {
                return rejectLine(
                    FECMessages.fieldCount(found: record.fieldCount, expected: layout.fieldCount, line: record.line),
                    line: record.line)
            }
            let line = FECLine(record, layout: layout)
            guard !line.journalCode.isEmpty, !line.entryNumber.isEmpty else {
                return rejectLine(FECMessages.missingEntryKey(line: record.line), line: record.line)
            }
            window.add(line, emit: handle)
        }
        window.finish(emit: handle)
        // With quoting off, libcsv stops only when it cannot grow its buffer.
        if case .outOfMemory(let line)? = failure {
            rejectLine(CSVMessages.outOfMemory(line: line), line: line)
        }
        if dataLines == 0 { summary.warnings.append(Rejection(location: fileLocation, reason: FECMessages.noEntries)) }
        summary.warnings += tally.warnings(file: file, configured: salesJournals != nil)
        if credits > 0 { summary.warnings.append(Rejection(location: fileLocation, reason: FECMessages.creditsNotLinked(credits))) }
        return summary
    }
}
