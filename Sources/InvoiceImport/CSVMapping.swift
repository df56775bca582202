import InvoiceModel

/// Column assignments for a CSV export, read from a JSON mapping file.
///
/// Keys are canonical field names (`number`, `issueDate`, …); values are the header names used by
/// the export. Fields not listed fall back to header-name recognition.
public struct CSVMapping: Sendable, Hashable, Codable {
    public var columns: [String: String]

    public init(columns: [String: String] = [:]) {
        self.columns = columns
    }
}
