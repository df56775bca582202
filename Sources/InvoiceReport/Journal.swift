import InvoiceAudit
import InvoiceModel

/// The billing journal of one run: what each file gave, the findings and the numbering series.
public struct Journal: Sendable {
    public var files: [FileReport]
    /// Findings in journal order (see ``Finding/journalOrder(_:_:)``).
    public var findings: [Finding]
    public var series: [SeriesSummary]
    /// Every imported document, in source order.
    public var documents: [DocumentRecord]
    /// Every invoice line, only when the output format prints them (see ``JournalFormat/needsInvoiceLines``).
    public var lines: [InvoiceLineRecord]
    /// The comparison with the earlier journal given with `--baseline`, or `nil` without one.
    public var baseline: BaselineComparison?
    /// The as-of date the ledger rules used, or `nil` when none was given and no document is dated.
    public var asOf: AsOfDate?

    public init(
        files: [FileReport], findings: [Finding], series: [SeriesSummary], documents: [DocumentRecord] = [],
        lines: [InvoiceLineRecord] = []
    ) {
        self.files = files
        self.findings = findings.sorted(by: Finding.journalOrder)
        self.series = series
        self.documents = documents.sorted { $0.location < $1.location }
        self.lines = lines
    }

    /// The files read, without the command-line paths that were not found or were empty folders.
    public var filesRead: Int { files.reduce(0) { $0 + ($1.holdsNoRecord ? 0 : 1) } }
    /// The command-line paths that were not found: no record was read from them.
    public var pathsNotFound: Int { files.reduce(0) { $0 + ($1.pathNotFound ? 1 : 0) } }
    /// The command-line folders that hold no invoice file: no record was read from them.
    public var emptyFolders: Int { files.reduce(0) { $0 + ($1.emptyFolder ? 1 : 0) } }
    public var documentsRead: Int { files.reduce(0) { $0 + $1.read } }
    public var documentsImported: Int { files.reduce(0) { $0 + $1.imported } }
    public var documentsSkipped: Int { files.reduce(0) { $0 + $1.skipped } }
    public var documentsRejected: Int { files.reduce(0) { $0 + $1.rejected } }

    /// Findings of this severity; import warnings count as warnings.
    public func count(of severity: Severity) -> Int {
        let findingCount = findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
        return findingCount + (severity == .warning ? importWarningCount : 0)
    }

    public var importWarningCount: Int { files.reduce(0) { $0 + $1.warnings.count } }

    /// The highest severity among findings and import warnings, or `nil` when there is none.
    public var highestSeverity: Severity? {
        let highest = findings.map(\.severity).max()
        guard importWarningCount > 0 else { return highest }
        return max(highest ?? .warning, .warning)
    }
}

/// The import outcome of one input file.
public struct FileReport: Sendable, Hashable {
    public var path: String
    public var format: InputFormat
    public var imported: Int
    public var rejections: [Rejection]
    public var warnings: [Rejection]
    /// The columns a CSV file was read from (see ``ImportSummary/columns``).
    public var columns: [RecognisedColumn]
    /// The file name's bytes when they are not valid UTF-8, so that `path` shows them escaped
    /// (`factur\xE9.csv`); `nil` for a UTF-8 name. URIs percent-encode these bytes.
    public var pathBytes: [UInt8]?
    /// True for a command-line path that does not exist. Its one rejection gives the message, but
    /// it counts as no record read or rejected.
    public var pathNotFound: Bool
    /// True for a command-line folder that contains no invoice file. Its one rejection gives the
    /// message, but it counts as no record read or rejected.
    public var emptyFolder: Bool
    /// Records skipped on purpose, each kind with a warning (see ``ImportSummary/skipped``).
    public var skipped: Int

    public init(
        path: String, format: InputFormat, imported: Int, rejections: [Rejection], warnings: [Rejection],
        columns: [RecognisedColumn] = [], pathBytes: [UInt8]? = nil, pathNotFound: Bool = false, emptyFolder: Bool = false,
        skipped: Int = 0
    ) {
        self.skipped = skipped
        self.emptyFolder = emptyFolder
        self.pathBytes = pathBytes
        self.path = path
        self.format = format
        self.imported = imported
        self.rejections = rejections
        self.warnings = warnings
        self.columns = columns
        self.pathNotFound = pathNotFound
    }

    /// True when no record was read from this path: it does not exist or is an empty folder.
    public var holdsNoRecord: Bool { pathNotFound || emptyFolder }
    public var rejected: Int { holdsNoRecord ? 0 : rejections.count }
    public var read: Int { imported + rejected + skipped }
}
