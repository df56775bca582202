/// The input formats the importers recognise, detected from content.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case ubl
    case cii
    case zugferd1
    case csv
    /// A French Fichier des Écritures Comptables, read for its sales entries.
    case fec
    case json
    /// Stripe's invoice and credit-note JSON, which FormatDetector reports as ``json``.
    case stripe
    /// Invoice records exported as JSON by an invoicing tool's API (Pennylane, Sellsy, Odoo,
    /// Invoice Ninja, QuickBooks, Xero…), which FormatDetector reports as ``json``.
    case jsonRecords = "json-records"
    case pdf
    /// An Excel workbook (Office Open XML SpreadsheetML), whose sheets are read like CSV exports;
    /// its documents keep ``csv`` as their `sourceFormat`, the rules reading them as tabular rows.
    case xlsx
    case unknown
}

/// A record that was read but could not become a ``Document``, with where and why.
public struct Rejection: Sendable, Hashable, Codable {
    public var location: SourceLocation
    public var reason: LocalizedText
    /// The number of the rejected document when the record showed one, so that a numbering gap
    /// can name the rejected record that contains the missing number.
    public var documentNumber: String?

    public init(location: SourceLocation, reason: LocalizedText, documentNumber: String? = nil) {
        self.location = location
        self.reason = reason
        self.documentNumber = documentNumber
    }
}

/// What one input file gave: its documents and rejections, so that read = imported + rejected.
public struct ImportResult: Sendable, Hashable {
    public var file: String
    public var format: InputFormat
    public var documents: [Document]
    public var rejections: [Rejection]
    /// Non-fatal remarks about the file (a missing optional column, an assumed encoding).
    public var warnings: [Rejection]
    /// The columns a CSV file was read from (see ``ImportSummary/columns``).
    public var columns: [RecognisedColumn] = []
    /// The departures from the FEC format (see ``ImportSummary/fecFaults``).
    public var fecFaults: [FECFault] = []
    /// Records skipped on purpose (see ``ImportSummary/skipped``).
    public var skipped = 0

    public init(
        file: String, format: InputFormat, documents: [Document] = [], rejections: [Rejection] = [],
        warnings: [Rejection] = []
    ) {
        self.file = file
        self.format = format
        self.documents = documents
        self.rejections = rejections
        self.warnings = warnings
    }

    /// Records read: every record is imported, rejected or skipped with a warning.
    public var recordsRead: Int { documents.count + rejections.count + skipped }
}
