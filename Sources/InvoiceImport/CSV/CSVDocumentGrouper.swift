import InvoiceModel

/// Turns parsed rows into documents and rejections as they arrive, one row per document or one
/// row per line, holding only the rows of the current invoice.
struct CSVDocumentGrouper {
    var file: String
    var isLineLevel: Bool
    private var group: [ParsedRow] = []
    /// The first row of the estimate or purchase document being skipped, whose continuation rows
    /// are skipped with it.
    private var skippedFirst: ParsedRow?
    /// The estimates and purchase documents skipped, counted once per document.
    private(set) var skipped = SkippedDocumentTally()
    /// The invoices whose rows disagree on a document-level value.
    private(set) var conflicts = CSVRowConflicts()
    /// The invoices of a line-level file whose rows are split by other invoices' rows.
    var scattered = CSVScatteredLines()

    init(file: String, isLineLevel: Bool) {
        self.file = file
        self.isLineLevel = isLineLevel
    }

    enum Outcome {
        case imported(Document)
        case rejected(Rejection)
    }

    /// Takes the next row in file order and emits the previous invoice once `row` starts a new
    /// one. Every row ends in exactly one document or rejection.
    ///
    /// A row continues the current invoice when it has the same number and no other issue date,
    /// or when all its document-level cells are empty. A repeated number further down the file
    /// starts a new invoice, so duplicates stay visible.
    mutating func add(_ row: consuming ParsedRow, emit: (Outcome) -> Void) {
        if isLineLevel, let first = skippedFirst, continues(first, with: row) { return }
        skippedFirst = nil
        if let kind = row.skipped {
            if isLineLevel {
                finish(emit: emit)
                skippedFirst = row
            }
            skipped.note(kind.kind, type: kind.type, line: row.line)
            return
        }
        guard isLineLevel else {
            if row.problems.isEmpty {
                emit(.imported(row.document))
            } else {
                emit(outcome(of: [row]))
            }
            return
        }
        if let first = group.first, !continues(first, with: row) {
            emit(outcome(of: group))
            group.removeAll(keepingCapacity: true)
        }
        if group.isEmpty { scattered.noteStart(of: row) }
        group.append(row)
    }

    /// Emits the last invoice.
    mutating func finish(emit: (Outcome) -> Void) {
        guard !group.isEmpty else { return }
        emit(outcome(of: group))
        group.removeAll()
    }

    private func continues(_ first: ParsedRow, with row: ParsedRow) -> Bool {
        if !row.hasDocumentValues { return true }
        guard !row.numberCell.isEmpty, row.numberCell == first.numberCell else { return false }
        return row.issueDateCell.isEmpty || row.issueDateCell == first.issueDateCell
    }

    /// Returns the group's document, or a rejection naming its first problem row and column.
    private mutating func outcome(of group: [ParsedRow]) -> Outcome {
        guard let first = group.first else { preconditionFailure("groups are never empty") }
        let problems = group.flatMap { row in row.problems.map { (row: row, problem: $0) } }
        if let (row, problem) = problems.first {
            let location = SourceLocation(file: file, line: row.line, element: problem.column)
            let reason: LocalizedText
            let number = first.document.number ?? nonEmpty(first.numberCell)
            if group.count > 1 {
                reason = CSVMessages.invoiceRejected(
                    problem.reason, number: number, firstLine: first.line,
                    lastLine: group[group.count - 1].line, problemLine: row.line,
                    otherProblems: problems.dropFirst().map { CSVMessages.LineProblem(line: $0.row.line, reason: $0.problem.reason) })
            } else {
                reason = CSVMessages.otherProblems(problem.reason, others: problems.dropFirst().map(\.problem))
            }
            return .rejected(Rejection(location: location, reason: reason, documentNumber: number))
        }
        var document = first.document
        if isLineLevel {
            conflicts.note(group)
            document.lines = group.compactMap(\.item).enumerated().map { index, item in
                var numbered = item
                numbered.id = String(index + 1)
                return numbered
            }
        }
        return .imported(document)
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
