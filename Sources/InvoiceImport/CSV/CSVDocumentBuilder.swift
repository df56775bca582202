import InvoiceModel

/// Turns parsed rows into documents and rejections, one row per document or one row per line.
struct CSVDocumentBuilder {
    var file: String
    var isLineLevel: Bool

    /// Builds documents and rejections from `rows` in file order, so that every row ends in exactly one of them.
    func build(_ rows: [ParsedRow]) -> (documents: [Document], rejections: [Rejection]) {
        var documents: [Document] = []
        var rejections: [Rejection] = []
        let groups = isLineLevel ? groupLines(rows) : rows.map { [$0] }
        for group in groups {
            switch outcome(of: group) {
            case .imported(let document): documents.append(document)
            case .rejected(let rejection): rejections.append(rejection)
            }
        }
        return (documents, rejections)
    }

    /// Groups consecutive rows of one invoice.
    ///
    /// A row continues the current invoice when it has the same number and no other issue date,
    /// or when all its document-level cells are empty. A repeated number further down the file
    /// starts a new invoice, so duplicates stay visible.
    func groupLines(_ rows: [ParsedRow]) -> [[ParsedRow]] {
        var groups: [[ParsedRow]] = []
        for row in rows {
            if let first = groups.last?.first, continues(first, with: row) {
                groups[groups.count - 1].append(row)
            } else {
                groups.append([row])
            }
        }
        return groups
    }

    private func continues(_ first: ParsedRow, with row: ParsedRow) -> Bool {
        if !row.hasDocumentValues { return true }
        guard !row.numberCell.isEmpty, row.numberCell == first.numberCell else { return false }
        return row.issueDateCell.isEmpty || row.issueDateCell == first.issueDateCell
    }

    private enum Outcome {
        case imported(Document)
        case rejected(Rejection)
    }

    /// Returns the group's document, or a rejection naming its first problem row and column.
    private func outcome(of group: [ParsedRow]) -> Outcome {
        guard let first = group.first else { preconditionFailure("groups are never empty") }
        let problems = group.flatMap { row in row.problems.map { (row: row, problem: $0) } }
        if let (row, problem) = problems.first {
            let location = SourceLocation(file: file, line: row.line, element: problem.column)
            let reason: LocalizedText
            if group.count > 1 {
                reason = CSVMessages.invoiceRejected(
                    problem.reason, number: first.document.number ?? nonEmpty(first.numberCell), firstLine: first.line,
                    lastLine: group[group.count - 1].line, problemLine: row.line, otherProblems: problems.count - 1)
            } else {
                reason = CSVMessages.otherProblems(problem.reason, count: problems.count - 1)
            }
            return .rejected(Rejection(location: location, reason: reason))
        }
        var document = first.document
        if isLineLevel {
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
