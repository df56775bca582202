/// The formats `facturaudit export --to` writes, named as the option spells them.
enum ExportFormat: String, CaseIterable {
    /// A JSON array of documents in the canonical model, keys sorted (`CanonicalJSON`).
    case canonicalJSON = "canonical-json"
    /// One row per document.
    case csv
    /// One row per invoice line.
    case linesCSV = "lines-csv"
}
