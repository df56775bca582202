import InvoiceAudit
import InvoiceModel

/// One input file handed to ``InvoiceStore/importBatch(_:clock:)``: what its importer gave and
/// the SHA-256 of its bytes.
public struct FileToImport: Sendable {
    /// The path as the command line gave it; documents keep it as their source file.
    public var path: String
    /// SHA-256 of the file's bytes; `nil` when the file could not be read.
    public var sha256: String?
    public var result: ImportResult
    /// The command-line path the file was found through: the file itself, or a folder that
    /// contains it. `check --db` treats each source as `check` treats each path, and `nil` makes
    /// the folder that contains the file its source.
    public var source: String?
    /// The position of `source` on the command line, and of the file among the batch's files.
    /// They give the reading order of `check`, in which the first of two equal numbers comes first.
    public var sourcePosition: Int
    public var filePosition: Int
    /// The folder, format and columns read of a CSV or Excel file named on the command line, which
    /// tell one tool's exports apart (see ``layout(path:result:)``). It is `nil` for other files.
    public var layout: String?
    /// True when the file may join the source of an earlier batch's file with the same ``layout``:
    /// the newest such file's source becomes its own, as with `import --source`.
    public var joinsEarlierSource = false

    public init(
        path: String, sha256: String?, result: ImportResult, source: String? = nil, sourcePosition: Int = 0,
        filePosition: Int = 0
    ) {
        self.path = path
        self.sha256 = sha256
        self.result = result
        self.source = source
        self.sourcePosition = sourcePosition
        self.filePosition = filePosition
    }

    /// Returns the layout of the file at `path` that gave `result`: the folder as the path spells it
    /// (`.` for a bare name), the format and each column read with its header, one per line. `nil`
    /// for a file without columns: only CSV and Excel exports show which tool wrote them.
    public static func layout(path: String, result: ImportResult) -> String? {
        guard [.csv, .xlsx].contains(result.format), !result.columns.isEmpty else { return nil }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let columns = result.columns.map { "\($0.field)=\($0.header)" }
        return ([folder.isEmpty ? "/" : folder, result.format.rawValue] + columns).joined(separator: "\n")
    }
}

/// What an import did: the new batch, what happened to each file, and changed documents.
public struct ImportBatchOutcome: Sendable {
    /// The batch created, or `nil` when every file had been imported before.
    public var batch: Int?
    public var files: [ImportedFile]
    /// FR-CORR-01 and FR-STAT-01 findings against earlier batches, and FR-CORR-02 findings for
    /// sealed documents the new batch lacks.
    public var findings: [Finding]

    /// Creates the outcome of files that were read but not stored, because they gave no record.
    public init(unstored files: [FileToImport]) {
        batch = nil
        self.files = files.map { file in
            ImportedFile(
                path: file.path, format: file.result.format, alreadyImportedIn: nil, imported: file.result.documents.count,
                rejections: file.result.rejections, warnings: file.result.warnings)
        }
        findings = []
    }

    init(batch: Int?, files: [ImportedFile], findings: [Finding]) {
        self.batch = batch
        self.files = files
        self.findings = findings
    }
}

/// The outcome of one file of an import.
public struct ImportedFile: Sendable {
    public var path: String
    public var format: InputFormat
    /// The batch that already holds a file with the same SHA-256, when the file was skipped.
    public var alreadyImportedIn: Int?
    public var imported: Int
    public var rejections: [Rejection]
    public var warnings: [Rejection]
    /// The source of an earlier batch that the file joined (see ``FileToImport/joinsEarlierSource``),
    /// with the path of the earlier file whose layout it shares.
    public var joinedSource: (name: String, earlierFile: String)?
    /// The issued documents of the file that an earlier batch already holds from another source
    /// with the same seller, number and fingerprint, such as a canonical-JSON backup imported
    /// back into its own store.
    public var alreadyStored = 0

    public var read: Int { imported + rejections.count }
}
