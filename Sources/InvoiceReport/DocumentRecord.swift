import InvoiceAudit
import InvoiceModel

/// What the journal keeps of each imported document: enough to date findings, group them by
/// series and list every document in JUnit, but none of the document's lines.
public struct DocumentRecord: Sendable, Hashable {
    public var number: String?
    public var issueDate: CivilDate?
    public var location: SourceLocation
    /// The numbering series the document counts in; `nil` for drafts and unnumbered documents.
    public var series: SeriesKey?

    public init(number: String?, issueDate: CivilDate?, location: SourceLocation, series: SeriesKey? = nil) {
        self.number = number
        self.issueDate = issueDate
        self.location = location
        self.series = series
    }

    public init(_ entry: LedgerEntry) {
        number = entry.number
        issueDate = entry.issueDate
        location = entry.source
        series = entry.seriesKey
    }

    /// The document number, or `file:line` when it has none.
    public var name: String { number ?? location.fullDescription }
}
