/// Finds the header row of a CSV file, which some tools precede with a title, a blank row and a
/// section name (Invoice Ninja writes its product and version, then `INVOICES`).
///
/// The first non-blank row is the header when it names the invoice number column or looks like a
/// header: it has at least two recognised column names that make up at least a third of its
/// non-empty cells, or, with a mapping, every mapped header. Otherwise the first such row among the first ``window`` non-blank rows is the
/// header and the rows above it are skipped. When no row looks like a header, the first
/// non-blank row stays the header, so the usual messages (no number column) name its cells.
/// The search keeps at most ``window`` rows.
struct CSVHeaderSearch {
    /// How many non-blank rows may be read while looking for the header.
    static let window = 10

    /// The header found, and what to do with the rows read before the decision.
    struct Decision {
        var header: CSVRecord
        var headers: [String]
        var recognition: ColumnRecognitionResult
        /// True when at least one row, blank or not, came before the header.
        var skippedRows: Bool
        /// Lines of skipped rows that fill enough cells to be data, which must not vanish silently.
        var dataLikeLinesBefore: [Int]
        /// Rows read after the header before the decision, to be handled as data rows.
        var rowsAfter: [CSVRecord]
        /// The text of skipped rows with one filled cell, such as a section title.
        var titlesBefore: [String]
    }

    private let mapping: [CSVField: String]
    private var pending: [CSVRecord] = []
    private var first: (index: Int, headers: [String], recognition: ColumnRecognitionResult)?
    private var nonBlankRows = 0

    init(mapping: [CSVField: String]) {
        self.mapping = mapping
    }

    /// Takes the next row and returns the decision once the header is known.
    mutating func add(_ record: CSVRecord) -> Decision? {
        pending.append(record)
        if record.isBlank { return nil }
        nonBlankRows += 1
        let headers = (0..<record.fieldCount).map { record.text($0) }
        let recognition = CSVColumnRecognition.recognise(headers: headers, mapping: mapping)
        let isFirst = first == nil
        if isFirst { first = (pending.count - 1, headers, recognition) }
        if looksLikeHeader(headers, recognition) || (isFirst && namesNumberColumn(recognition)) {
            return decision(headerIndex: pending.count - 1, headers: headers, recognition: recognition)
        }
        return nonBlankRows >= CSVHeaderSearch.window ? finish() : nil
    }

    /// Decides for a file that ended, or a window that filled, without a row that looks like a header.
    mutating func finish() -> Decision? {
        guard let first else { return nil }
        return decision(headerIndex: first.index, headers: first.headers, recognition: first.recognition)
    }

    private func decision(headerIndex: Int, headers: [String], recognition: ColumnRecognitionResult) -> Decision {
        let header = pending[headerIndex]
        let before = pending[..<headerIndex]
        let threshold = max(2, (header.fieldCount + 1) / 2)
        let dataLike = before.filter { record in
            (0..<record.fieldCount).count { !record.isEmptyCell($0) } >= threshold
        }
        let titles = before.compactMap { record -> String? in
            let filled = (0..<record.fieldCount).filter { !record.isEmptyCell($0) }
            return filled.count == 1 ? record.text(filled[0]) : nil
        }
        return Decision(
            header: header, headers: headers, recognition: recognition, skippedRows: headerIndex > 0,
            dataLikeLinesBefore: dataLike.map(\.line), rowsAfter: Array(pending[(headerIndex + 1)...]),
            titlesBefore: titles)
    }

    /// True when the row names the invoice number column, the one column every file needs.
    private func namesNumberColumn(_ recognition: ColumnRecognitionResult) -> Bool {
        guard case .success(let recognised) = recognition else { return false }
        return recognised.layout.column(.number) != nil
    }

    private func looksLikeHeader(_ headers: [String], _ recognition: ColumnRecognitionResult) -> Bool {
        guard case .success(let recognised) = recognition else { return false }
        if !mapping.isEmpty { return true }
        let fields = recognised.layout.columns.count
        let nonEmpty = headers.count { !$0.isEmpty }
        return fields >= 2 && fields * 3 >= nonEmpty
    }
}
