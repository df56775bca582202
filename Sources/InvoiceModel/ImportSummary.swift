/// The outcome of a streaming import of one file without its documents: their count, the
/// rejections and the warnings. Read = imported + rejected is true without keeping the documents.
public struct ImportSummary: Sendable, Hashable {
    public var file: String
    public var format: InputFormat
    /// Documents handed to the caller, in file order.
    public var documentCount: Int
    public var rejections: [Rejection]
    /// Non-fatal remarks about the file (an ignored column, an assumed encoding).
    public var warnings: [Rejection]
    /// The columns a CSV file was read from, in file order. Other formats leave it empty.
    public var columns: [RecognisedColumn] = []
    /// The departures from the FEC format a FEC import found, for the FR-FEC rules. Other formats
    /// leave it empty.
    public var fecFaults: [FECFault] = []
    /// Records skipped on purpose and counted as read: blank rows, totals rows, repeated
    /// headers, estimates and purchase documents (each with a warning that says so).
    public var skipped = 0

    public init(
        file: String, format: InputFormat, documentCount: Int = 0, rejections: [Rejection] = [],
        warnings: [Rejection] = []
    ) {
        self.file = file
        self.format = format
        self.documentCount = documentCount
        self.rejections = rejections
        self.warnings = warnings
    }

    /// Records read: every record is imported, rejected or skipped with a warning.
    public var recordsRead: Int { documentCount + rejections.count + skipped }
}

extension ImportResult {
    /// Creates the result of a streaming import whose documents were collected in `documents`.
    public init(_ summary: ImportSummary, documents: [Document]) {
        self.init(
            file: summary.file, format: summary.format, documents: documents, rejections: summary.rejections,
            warnings: summary.warnings)
        columns = summary.columns
        fecFaults = summary.fecFaults
        skipped = summary.skipped
    }

    /// The summary of this result, without its documents.
    public var summary: ImportSummary {
        var summary = ImportSummary(
            file: file, format: format, documentCount: documents.count, rejections: rejections, warnings: warnings)
        summary.columns = columns
        summary.fecFaults = fecFaults
        summary.skipped = skipped
        return summary
    }
}
