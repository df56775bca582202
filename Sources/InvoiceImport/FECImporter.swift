import InvoiceModel

/// Imports the sales entries of a FEC (Fichier des Écritures Comptables) as invoices and credit notes.
///
/// The file is decoded in ``ImportOptions/fecEncoding``: by default UTF-8 with or without byte
/// order mark, else ISO 8859-15 or Windows-1252 (see ``FECEncoding/detect(_:)``). It is split
/// into lines by the CSV reader with quoting off, because FEC labels may contain `"`. Every line
/// is also checked against the FEC format for the FR-FEC rules (``FECFileCheck``). Lines are grouped into entries by (JournalCode, EcritureNum): a first pass finds
/// each entry's last line, so that ``FECEntryAssembler`` closes the entry there, in any line order.
///
/// A sales entry becomes one document, or one rejection naming the line and the reason. Sales
/// entries are those of the journals listed in ``ImportOptions/fecSalesJournals`` or, without that
/// list, entries with a customer line (411) and a revenue (70) or output VAT (4457) line. Other
/// entries are skipped, with one warning per journal code giving the count of entries and lines.
/// A sales entry and the later entry that reverses it (``FECReversals``) are skipped too, with one
/// warning per pair, so that the corrected posting of the same `PieceRef` is the only document.
/// The records this importer reads, and that the journal counts as read, are the sales entries
/// plus the lines that belong to no entry (a wrong field count, no entry key).
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
        let decoded: [UInt8]
        switch Self.decode(bytes, encoding: options.fecEncoding) {
        case .success(let text):
            decoded = text.bytes
            if text.detected == .windows1252 {
                summary.warnings.append(Rejection(location: fileLocation, reason: FECMessages.readAsWindows1252))
            }
        case .failure(let failure):
            summary.rejections = [
                Rejection(location: SourceLocation(file: file, line: failure.line), reason: CSVMessages.invalidUTF8(line: failure.line))
            ]
            return summary
        }

        var check = FECFileCheck(file: file)
        check.absentColumns = Set(FECColumn.allCases.filter { layout.positions[$0.rawValue] == nil })
        let headerLine = FECLayout.headerLine(bytes)
        for fault in layout.headerFaults { check.record(fault, line: headerLine) }
        check.noteSeparator(layout.separator, headerLine: headerLine)
        var seller: Party?
        switch FECFileName.read(file) {
        case .valid(let name): seller = name.seller
        case .extraText(let name, let expected):
            seller = name.seller
            check.record(.fileNameExtraText(FECFileName.lastComponent(file), expected: expected), line: nil)
        case .invalidDate(let siren, let sirenIsValid, let date):
            if sirenIsValid {
                seller = Party(siren: siren, legalRegistration: Identifier(value: siren, scheme: "0002"))
            } else {
                check.record(.invalidSIREN(siren), line: nil)
            }
            check.record(.fileNameDate(FECFileName.lastComponent(file), date: date), line: nil)
        case .invalidSIREN(let siren): check.record(.invalidSIREN(siren), line: nil)
        case .unnamed: check.record(.fileName(FECFileName.lastComponent(file)), line: nil)
        }
        guard layout.missingEssentials.isEmpty else {
            summary.rejections = [
                Rejection(
                    location: SourceLocation(file: file, line: headerLine),
                    reason: FECMessages.unreadableHeader(missing: layout.missingEssentials))
            ]
            summary.fecFaults = check.finish()
            return summary
        }

        // Journal codes compare without regard to case: `ve` in the configuration lists journal `VE`.
        let salesJournals = options.fecSalesJournals.map { Set($0.map { $0.uppercased() }) }
        var tally = FECImportTally()
        // First pass: the last line of every entry, so that an entry closes at its last line
        // whatever the order of the file (sorted by entry, by date, or by account).
        // It also finds the entries that a reversal cancels (see FECReversals).
        var lastLines: [FECEntryKey: Int] = [:]
        var reversals = FECReversals()
        var isFirstRecord = true
        _ = CSVReader(separator: layout.separator, quoting: false).read(decoded) { record in
            if isFirstRecord {
                isFirstRecord = false
                return
            }
            guard !record.isBlank else { return }
            FECEntryAssembler.noteLastLine(of: record, layout: layout, in: &lastLines)
            if layout.accepts(record) || layout.tolerates(record) {
                let line = FECLine(record, layout: layout)
                if !line.journalCode.isEmpty, !line.entryNumber.isEmpty { reversals.note(line) }
            } else {
                reversals.exclude(
                    FECEntryKey(journalCode: layout.text(.journalCode, in: record), entryNumber: layout.text(.entryNumber, in: record)))
            }
        }
        let reversalPairs = reversals.pairs()
        let reversed = Set(reversalPairs.flatMap { [$0.original, $0.reversal] })
        var droppedEntries = Set<FECEntryKey>()
        var assembler = FECEntryAssembler(lastLines: lastLines)
        var credits = 0
        func rejectLine(_ reason: LocalizedText, line: Int, number: String? = nil) {
            summary.rejections.append(
                Rejection(location: SourceLocation(file: file, line: line), reason: reason, documentNumber: number))
        }
        func handle(_ event: FECEntryAssembler.Event) {
            switch event {
            case .closed(let entry):
                let isSale = salesJournals.map { $0.contains(entry.key.journalCode.uppercased()) } ?? entry.looksLikeSale
                if let malformed = entry.malformed.first {
                    // A sales entry lacking a line is rejected once, for that line, not as unbalanced.
                    guard !isSale || entry.lines.isEmpty else {
                        check.checkEntry(entry, isSale: isSale, rejectedLine: nil, balanceRejected: true)
                        let reason = FECMessages.entryRejected(
                            entry.key, FECMessages.fieldCount(found: malformed.fieldCount, expected: layout.fieldCount, line: malformed.line))
                        let number = entry.lines.first { !$0.pieceReference.isEmpty }?.pieceReference
                        return rejectLine(reason, line: malformed.line, number: number)
                    }
                    for line in entry.malformed {
                        rejectLine(FECMessages.fieldCount(found: line.fieldCount, expected: layout.fieldCount, line: line.line), line: line.line)
                    }
                    if entry.lines.isEmpty { return }
                }
                guard isSale else {
                    check.checkEntry(entry, isSale: false, rejectedLine: nil, balanceRejected: false)
                    return tally.skip(entry)
                }
                // An entry and its reversal cancel each other: neither is a document.
                if reversed.contains(entry.key) {
                    check.checkEntry(entry, isSale: true, rejectedLine: nil, balanceRejected: false)
                    droppedEntries.insert(entry.key)
                    summary.skipped += 1
                    return
                }
                switch entry.sale(file: file, seller: seller) {
                case .document(let document, let remarks):
                    check.checkEntry(entry, isSale: true, rejectedLine: nil, balanceRejected: false)
                    tally.note(remarks, entryLine: entry.firstLine)
                    if document.kind.isCredit { credits += 1 }
                    summary.documentCount += 1
                    onDocument(document)
                case .rejected(let rejection):
                    // The rejection names the first unreadable value, else the balance, as sale(file:seller:) checks them.
                    let unreadable = entry.lines.first { $0.problem != nil }
                    check.checkEntry(
                        entry, isSale: true, rejectedLine: unreadable?.line, balanceRejected: unreadable == nil && !entry.isBalanced)
                    summary.rejections.append(rejection)
                }
            }
        }

        var isHeader = true
        var dataLines = 0
        let failure = CSVReader(separator: layout.separator, quoting: false).read(decoded) { record in
            if isHeader {
                isHeader = false
                return
            }
            if record.isBlank { return }
            dataLines += 1
            if !layout.accepts(record) {
                guard layout.tolerates(record) else {
                    // The entry lacks this line, so FR-FEC-05 does not judge its balance. The entry
                    // carries the line, to be rejected with it when it is a sale, else on its own.
                    let key = FECEntryKey(journalCode: layout.text(.journalCode, in: record), entryNumber: layout.text(.entryNumber, in: record))
                    check.noteIncomplete(key)
                    if !key.journalCode.isEmpty, !key.entryNumber.isEmpty {
                        return assembler.addMalformed(key, line: record.line, fieldCount: record.fieldCount, emit: handle)
                    }
                    return rejectLine(
                        FECMessages.fieldCount(found: record.fieldCount, expected: layout.fieldCount, line: record.line),
                        line: record.line)
                }
                check.record(.fieldCount(found: record.fieldCount, expected: layout.fieldCount), line: record.line)
            }
            let line = FECLine(record, layout: layout)
            guard !line.journalCode.isEmpty, !line.entryNumber.isEmpty else {
                check.checkLine(line)
                return rejectLine(FECMessages.missingEntryKey(line: record.line), line: record.line)
            }
            if !assembler.contains(line.key) { check.noteNewEntry(line) }
            assembler.add(line, emit: handle)
        }
        assembler.finish(emit: handle)
        // With quoting off, libcsv stops only when it cannot grow its buffer.
        if case .outOfMemory(let line)? = failure {
            rejectLine(CSVMessages.outOfMemory(line: line), line: line)
        }
        for pair in reversalPairs where droppedEntries.contains(pair.original) && droppedEntries.contains(pair.reversal) {
            summary.warnings.append(
                Rejection(
                    location: SourceLocation(file: file, line: pair.reversalLine), reason: FECMessages.reversal(pair),
                    documentNumber: pair.pieceReference))
        }
        if dataLines == 0 { summary.warnings.append(Rejection(location: fileLocation, reason: FECMessages.noEntries)) }
        summary.warnings += tally.warnings(file: file, configured: salesJournals != nil)
        if credits > 0 { summary.warnings.append(Rejection(location: fileLocation, reason: FECMessages.creditsNotLinked(credits))) }
        summary.fecFaults = check.finish()
        return summary
    }

    /// Decodes `bytes` to UTF-8 in `encoding`. Only a set UTF-8 can fail, on invalid bytes.
    ///
    /// Without a set encoding, bytes that are not UTF-8 are read as ISO 8859-15, the encoding the
    /// regulation names, or as Windows-1252 when a byte falls in 0x80–0x9F. `detected` is then
    /// Windows-1252, which departs from the regulation, and `nil` for ISO 8859-15.
    static func decode(
        _ bytes: [UInt8], encoding: FECEncoding
    ) -> Result<(bytes: [UInt8], detected: FECEncoding?), InvalidUTF8> {
        switch encoding {
        case .utf8:
            return TextDecoding.decode(bytes, forced: .utf8).map { ($0.bytes, nil) }
        case .windows1252:
            return TextDecoding.decode(bytes, forced: .windows1252).map { ($0.bytes, nil) }
        case .iso885915:
            return .success((FECEncoding.iso885915ToUTF8(Self.body(bytes)), nil))
        case .automatic:
            let body = Self.body(bytes)
            if TextDecoding.firstInvalidUTF8Offset(body) == nil {
                return TextDecoding.decode(bytes, forced: .utf8).map { ($0.bytes, nil) }
            }
            let detected = FECEncoding.detect(body)
            let text = detected == .windows1252 ? TextDecoding.windows1252ToUTF8(body) : FECEncoding.iso885915ToUTF8(body)
            return .success((text, detected == .windows1252 ? detected : nil))
        }
    }

    /// Returns the bytes after a UTF-8 byte order mark, if any.
    private static func body(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: TextDecoding.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
    }
}
