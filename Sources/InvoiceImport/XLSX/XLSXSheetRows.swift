/// The rows of one worksheet as CSV records, for the shared table pipeline.
///
/// A record has a cell for every column from A to its last non-blank cell, or to the header's
/// width when that is larger, so cells the XML leaves out become empty cells in their columns.
/// The record's line is the sheet's row number. Numbers are written with the decimal mark the
/// pipeline asks for, so the amount parsing reads them whatever mark the text cells use.
struct XLSXSheetRows: TableRowSource {
    let rows: [XLSXRow]
    /// The workbook's date system, which numbers left without a date format in a date column
    /// are read in.
    var dateSystem = ExcelDateSystem.from1900

    var separator: UInt8? { nil }

    func read(decimal: DecimalSeparator, width: Int?, each body: (CSVRecord) -> Void) -> CSVReadError? {
        let mark: Character = decimal == .comma ? "," : "."
        for row in rows {
            let texts = row.cells.map { (column: $0.column, text: $0.value.text(decimalMark: mark)) }
            let lastFilled = texts.last { !$0.text.trimmingSpaces.isEmpty }?.column ?? -1
            let count = max(lastFilled + 1, width ?? 0)
            var record = CSVRecord(line: row.line)
            var next = 0
            for cell in texts where cell.column < count {
                while next < cell.column {
                    record.append(EmptyCollection())
                    next += 1
                }
                record.append(cell.text.utf8)
                next += 1
            }
            while next < count {
                record.append(EmptyCollection())
                next += 1
            }
            body(record)
        }
        return nil
    }
}
