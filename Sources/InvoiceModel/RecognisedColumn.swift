/// A column of an input file and the canonical field it was read into, so that a reader of the
/// journal can check that the import understood the export.
public struct RecognisedColumn: Sendable, Hashable {
    /// The field key, as in a CSV mapping file (`number`, `issueDate`, `grossTotal`…).
    public var field: String
    /// The header as the file writes it.
    public var header: String

    public init(field: String, header: String) {
        self.field = field
        self.header = header
    }
}
