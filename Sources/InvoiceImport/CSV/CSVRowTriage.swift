import InvoiceModel

/// Sorts the rows below the header into data rows and the rows an import skips on purpose:
/// totals rows (see ``CSVTotalsRow``). It works on rows of cells, so CSV text and worksheets
/// share it, and it remembers the lines it skipped for one warning per file.
struct CSVRowTriage {
    enum Verdict {
        case data
        case totals
    }

    private(set) var layout: ColumnLayout
    /// The lines of the totals rows skipped, in file order.
    private(set) var totalsLines: [Int] = []

    init(layout: ColumnLayout) {
        self.layout = layout
    }

    /// Returns what `record`, a non-blank row below the header, is, and notes the rows skipped.
    mutating func classify(_ record: CSVRecord) -> Verdict {
        if CSVTotalsRow.matches(record, layout: layout) {
            totalsLines.append(record.line)
            return .totals
        }
        return .data
    }

    /// One warning naming the lines of the totals rows, if any.
    func warnings(file: String) -> [Rejection] {
        guard let first = totalsLines.first else { return [] }
        return [Rejection(location: SourceLocation(file: file, line: first), reason: CSVMessages.totalsRowsSkipped(lines: totalsLines))]
    }
}
