import InvoiceModel

/// Sorts the rows below the header into data rows and the rows an import skips on purpose:
/// totals rows (see ``CSVTotalsRow``) and repeated headers (see ``CSVRepeatedHeader``), whose
/// columns apply to the rows below them. It works on rows of cells, so CSV text and worksheets
/// share it, and it remembers the lines it skipped for the file's warnings.
struct CSVRowTriage {
    enum Verdict {
        case data
        case totals
        /// A repeated header, with the layout the rows below it are read with.
        case header(ColumnLayout)
    }

    /// The layout of the rows read now: the first header's, then the last repeated header's.
    private(set) var layout: ColumnLayout
    private let mapping: [CSVField: String]
    /// The lines of the totals rows skipped, in file order.
    private(set) var totalsLines: [Int] = []
    /// The lines of the repeated headers, in file order.
    private(set) var headerLines: [Int] = []
    /// The document totals of the data rows so far, which an unlabelled totals row adds up.
    private var sums: CSVRunningTotals

    init(layout: ColumnLayout, mapping: CSVMapping?, decimal: DecimalSeparator) {
        self.layout = layout
        self.mapping = mapping?.mappedColumns ?? [:]
        sums = CSVRunningTotals(decimal: decimal)
    }

    /// Returns what `record`, a non-blank row below the header, is, and notes the rows skipped.
    mutating func classify(_ record: CSVRecord) -> Verdict {
        if let repeated = CSVRepeatedHeader.layout(of: record, current: layout, mapping: mapping) {
            headerLines.append(record.line)
            layout = repeated
            sums.closeSection()
            return .header(repeated)
        }
        if CSVTotalsRow.matches(record, layout: layout, sums: sums) {
            totalsLines.append(record.line)
            sums.closeSection()
            return .totals
        }
        sums.add(record, layout: layout)
        return .data
    }

    /// The rows skipped, which count among the records read.
    var skippedCount: Int { totalsLines.count + headerLines.count }

    /// One warning per repeated header, then one naming the lines of the totals rows.
    func warnings(file: String) -> [Rejection] {
        var warnings = headerLines.map { line in
            Rejection(location: SourceLocation(file: file, line: line), reason: CSVMessages.headerRepeated(line: line))
        }
        if let first = totalsLines.first {
            warnings.append(
                Rejection(location: SourceLocation(file: file, line: first), reason: CSVMessages.totalsRowsSkipped(lines: totalsLines)))
        }
        return warnings
    }
}
