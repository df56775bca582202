import InvoiceModel

/// One date cell as written, with its column header.
struct CSVDateExample: Sendable, Hashable {
    var column: String
    var value: String
}

/// Evidence that a file read day first writes its dates month first.
///
/// A date such as `03/25/2025` can only be read month first and is rejected, while `04/01/2025`
/// in the same file is read as 4 January although it is probably 1 April. The importer keeps the
/// first date of each kind and warns once for the file when both occur.
struct CSVDateOrderEvidence: Sendable {
    /// The first date whose second part is above 12, so only month first fits.
    private(set) var monthFirst: CSVDateExample?
    /// The first date read day first whose day and month differ and are both 12 or less.
    private(set) var ambiguous: CSVDateExample?

    mutating func note(_ cells: CSVRowCells) {
        if monthFirst == nil { monthFirst = cells.monthFirstDate }
        if ambiguous == nil { ambiguous = cells.ambiguousDate }
    }

    /// Returns the file's warning, or `nil` unless both kinds of date occurred.
    func warning(file: String) -> Rejection? {
        guard let monthFirst, let ambiguous else { return nil }
        return Rejection(
            location: SourceLocation(file: file),
            reason: CSVMessages.ambiguousDayFirstDates(monthFirst: monthFirst, ambiguous: ambiguous))
    }
}
