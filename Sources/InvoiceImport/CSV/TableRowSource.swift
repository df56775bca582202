/// A source of invoice table rows: CSV text split by libcsv, or a worksheet.
///
/// Everything after "rows of text cells" is shared: the survey (header search, decimal mark),
/// the column recognition, the row parsing and the grouping into documents (see
/// ``CSVTableImport``). The pipeline reads the rows twice, once to survey and once to import.
protocol TableRowSource {
    /// The field separator of CSV text, which messages name. It also decides how a decimal point
    /// weighs. A worksheet has none (`nil`) because its cells are already apart.
    var separator: UInt8? { get }

    /// Hands each record to `body` in order and returns why reading stopped, if it failed.
    ///
    /// - Parameters:
    ///   - decimal: the decimal mark numbers are written with; the survey passes `.point`.
    ///   - width: the header's number of cells once it is known, so a worksheet row whose
    ///     trailing cells are empty gets as many cells as the header.
    func read(decimal: DecimalSeparator, width: Int?, each body: (CSVRecord) -> Void) -> CSVReadError?

    /// The day the serial numbers of date columns count from: the workbook's date system for a
    /// worksheet, the 1900 system for CSV text.
    var dateSystem: ExcelDateSystem { get }
}

extension TableRowSource {
    var dateSystem: ExcelDateSystem { .from1900 }
}

/// The records of UTF-8 CSV text.
struct CSVTextRows: TableRowSource {
    let bytes: [UInt8]
    let fieldSeparator: UInt8

    var separator: UInt8? { fieldSeparator }

    /// Hands empty lines and lines of spaces over as records without fields, which the survey
    /// counts as blank rows and the import skips.
    func read(decimal: DecimalSeparator, width: Int?, each body: (CSVRecord) -> Void) -> CSVReadError? {
        CSVReader(separator: fieldSeparator, blankLines: true).read(bytes, each: body)
    }
}
