import InvoiceModel

/// Imports Excel workbooks (`.xlsx`, `.xlsm`): each worksheet is read as the CSV export it
/// represents, through the same pipeline (``CSVTableImport``).
///
/// Formula cells that a program wrote without computing them read as empty, and one warning per
/// sheet names them. Hidden and very hidden sheets are not read: they are named in one warning, since the user
/// does not see them in Excel. Every other sheet whose header the CSV recognition accepts is imported, in tab order: a workbook of
/// monthly sheets gives all its invoices. Sheets without cells and chart sheets are passed over;
/// a sheet with cells whose header is not an invoice table is named in a warning. A workbook
/// where no sheet is an invoice table is rejected with one message naming the sheets. All sheets
/// are read and checked before the first document is handed over, so a workbook either gives
/// documents or is rejected whole. Locations name the sheet and its row: `export.xlsx:Factures!12`.
///
/// The result's format is `.xlsx`, while each document keeps `.csv` as its `sourceFormat`: the
/// rules read it as a tabular export, exactly like the CSV.
struct XLSXImporter {
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        var documents: [Document] = []
        let summary = importDocuments(bytes, file: file, options: options) { documents.append($0) }
        return ImportResult(summary, documents: documents)
    }

    func importDocuments(
        _ bytes: [UInt8], file: String, options: ImportOptions, onDocument: (Document) -> Void
    ) -> ImportSummary {
        var summary = ImportSummary(file: file, format: .xlsx)
        func reject(_ reason: LocalizedText, sheet: String? = nil) -> ImportSummary {
            summary.rejections = [Rejection(location: SourceLocation(file: file, sheet: sheet), reason: reason)]
            return summary
        }
        let mapping = options.csvMapping
        if let problem = mapping?.problems.first { return reject(CSVMessages.invalidMapping(problem)) }

        let sheets: [XLSXWorkbookReader.SheetRows]
        do {
            sheets = try XLSXWorkbookReader.read(bytes, limits: ZipLimits(maximumFileSize: options.maximumFileSize))
        } catch {
            if case .notWorkbook = error { summary.format = .unknown }
            return reject(error.message)
        }

        let hidden = sheets.filter(\.isHidden).map(\.name)
        var ready: [(name: String, table: CSVTableImport<XLSXSheetRows>)] = []
        var uncomputed: [String: [(line: Int, reference: String)]] = [:]
        var unrecognised: [(name: String, rejected: CSVTableRejected)] = []
        for sheet in sheets where !sheet.rows.isEmpty {
            let start = ImportSummary(file: file, format: .xlsx)
            switch CSVTableImport.prepare(XLSXSheetRows(rows: sheet.rows, dateSystem: sheet.dateSystem), file: file, mapping: mapping, summary: start) {
            case .success(let table):
                ready.append((sheet.name, table))
                uncomputed[sheet.name] = sheet.uncomputedFormulas
            case .failure(let rejected): unrecognised.append((sheet.name, rejected))
            }
        }
        // A sheet with a number column only (customers, products) is left out beside an invoice list.
        var numberOnly: [Rejection] = []
        if ready.contains(where: { $0.table.hasInvoiceColumns }) {
            numberOnly = ready.filter { !$0.table.hasInvoiceColumns }.map { sheet in
                Rejection(
                    location: SourceLocation(file: file, line: sheet.table.headerLine, sheet: sheet.name),
                    reason: XLSXMessages.sheetNotImported(sheet.name, reason: XLSXMessages.numberColumnOnly(sheet.table.numberHeader)))
            }
            ready.removeAll { !$0.table.hasInvoiceColumns }
        }
        let hiddenWarnings =
            hidden.isEmpty ? [] : [Rejection(location: SourceLocation(file: file), reason: XLSXMessages.hiddenSheets(hidden))]
        let visible = sheets.filter { !$0.isHidden }.map(\.name)
        if ready.isEmpty {
            if unrecognised.count == 1, let only = unrecognised.first {
                var rejected = only.rejected.summary.stamped(sheet: only.name)
                rejected.format = .xlsx
                rejected.warnings += hiddenWarnings
                return rejected
            }
            if unrecognised.isEmpty {
                summary = reject(XLSXMessages.noCells(sheets: visible))
                summary.warnings = hiddenWarnings
                return summary
            }
            summary = reject(XLSXMessages.noInvoiceSheet(sheets: visible))
            summary.warnings = unrecognised.map { sheetNotImported($0.name, $0.rejected, file: file) } + hiddenWarnings
            return summary
        }

        for (name, table) in ready {
            let sheetSummary = table.run { document in onDocument(document.stamped(sheet: name)) }.stamped(sheet: name)
            summary.documentCount += sheetSummary.documentCount
            summary.rejections += sheetSummary.rejections
            summary.warnings += sheetSummary.warnings
            if let cells = uncomputed[name], let first = cells.first {
                summary.warnings.append(
                    Rejection(
                        location: SourceLocation(file: file, line: first.line, sheet: name),
                        reason: XLSXMessages.uncomputedFormulas(cells.map(\.reference))))
            }
            for column in sheetSummary.columns where !summary.columns.contains(column) { summary.columns.append(column) }
        }
        summary.warnings += unrecognised.map { sheetNotImported($0.name, $0.rejected, file: file) }
        summary.warnings += numberOnly
        summary.warnings += hiddenWarnings
        if ready.count > 1 {
            summary.warnings.append(
                Rejection(location: SourceLocation(file: file), reason: XLSXMessages.severalSheets(ready.map(\.name))))
        }
        return summary
    }

    private func sheetNotImported(_ name: String, _ rejected: CSVTableRejected, file: String) -> Rejection {
        var location = rejected.rejection.location
        location.sheet = name
        return Rejection(location: location, reason: XLSXMessages.sheetNotImported(name, reason: rejected.rejection.reason))
    }
}

extension ImportSummary {
    /// The summary with `sheet` on every location.
    func stamped(sheet: String) -> ImportSummary {
        var copy = self
        copy.rejections = rejections.map { $0.stamped(sheet: sheet) }
        copy.warnings = warnings.map { $0.stamped(sheet: sheet) }
        return copy
    }
}

extension Rejection {
    fileprivate func stamped(sheet: String) -> Rejection {
        var copy = self
        copy.location.sheet = sheet
        return copy
    }
}

extension Document {
    /// The document with `sheet` on its location and its lines', read as a CSV export.
    fileprivate func stamped(sheet: String) -> Document {
        var copy = self
        copy.source.sheet = sheet
        copy.sourceFormat = .csv
        for index in copy.lines.indices { copy.lines[index].source?.sheet = sheet }
        return copy
    }
}
