/// The journal's output formats, named as the `--format` option spells them.
public enum JournalFormat: String, Sendable, CaseIterable {
    case text
    case json
    case csv
    case linesCSV = "lines-csv"
    case html
    case junit
    case sarif
    case markdown

    /// True when the journal must carry every invoice line, which only `lines-csv` prints.
    public var needsInvoiceLines: Bool { self == .linesCSV }

    /// True when the journal must list every document. HTML groups findings by series and charts
    /// them by month, and JUnit has one test case per document. The other formats do not read them.
    public var needsDocuments: Bool { self == .html || self == .junit }
}

/// Turns a journal into the bytes of one output format.
public protocol JournalRenderer {
    func render(_ journal: Journal) -> String
}
