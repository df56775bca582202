import InvoiceModel

/// The as-of date a run judged statuses, overdue invoices and deposits at, and where it came
/// from, so that the journal shows which date the ledger findings assume.
public struct AsOfDate: Sendable, Hashable {
    /// The origin of the date, named as the JSON journal writes it.
    public enum Source: String, Sendable, Hashable {
        /// Given on the command line with `--as-of`.
        case option
        /// The `asOf` key of the configuration file.
        case configuration
        /// Derived from the data: the latest issue or payment date, never after today.
        case data
    }

    public var date: CivilDate
    public var source: Source

    public init(date: CivilDate, source: Source) {
        self.date = date
        self.source = source
    }
}
