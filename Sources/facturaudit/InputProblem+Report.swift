import InvoiceModel
import InvoiceReport

extension InputProblem {
    /// The journal's line for this path: a missing path and a folder without invoice file count
    /// apart from rejected records, as `check` counts them.
    var report: FileReport {
        FileReport(
            path: path, format: .unknown, imported: 0,
            rejections: [Rejection(location: SourceLocation(file: path), reason: reason)], warnings: [],
            pathNotFound: notFound, emptyFolder: emptyFolder)
    }

    /// Writes to standard error how many command-line paths were not found and how many folders
    /// held no invoice file, the lines `check`, `import` and `verify` print before exiting with 2.
    static func writeNotices(_ journal: Journal, language: Language) {
        if journal.pathsNotFound > 0 {
            let count = journal.pathsNotFound
            Console.writeError(
                language == .fr
                    ? "facturaudit : \(LocalizedText.countFR(count, "chemin introuvable", "chemins introuvables")), voir le journal\n"
                    : "facturaudit: \(count) path\(count > 1 ? "s" : "") not found, see the journal\n")
        }
        if journal.emptyFolders > 0 {
            let count = journal.emptyFolders
            Console.writeError(
                language == .fr
                    ? "facturaudit : \(LocalizedText.countFR(count, "dossier", "dossiers")) sans fichier de factures, voir le journal\n"
                    : "facturaudit: \(LocalizedText.countEN(count, "folder", "folders")) with no invoice file, see the journal\n")
        }
    }
}
