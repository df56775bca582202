/// The formats `facturaudit export --to` writes, named as the option spells them.
enum ExportFormat: String, CaseIterable {
    /// `{"formatVersion":1,"documents":[…]}` with the documents in the canonical model (`CanonicalJSON`).
    case canonicalJSON = "canonical-json"
    /// One row per document.
    case csv
    /// One row per invoice line.
    case linesCSV = "lines-csv"
    /// A sales-journal FEC (Fichier des Écritures Comptables), one entry per document (`FECWriter`).
    case fec
}
