import FoundationEssentials
import InvoiceModel
import InvoiceReport

extension CheckCommand {
    /// Reads the `--baseline` journal. A missing or foreign file, or a folder, stops the run with
    /// exit 2.
    static func loadBaseline(_ path: String?) throws(ToolFailure) -> Baseline? {
        guard let path else { return nil }
        if case .directory = FileStatus(path: path) {
            throw ToolFailure(
                message: LocalizedText(
                    fr: "la référence '\(path)' est un dossier : donnez le fichier écrit par 'facturaudit check --format json --output FICHIER'",
                    en: "baseline '\(path)' is a folder: give the file written by 'facturaudit check --format json --output FILE'"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolFailure(
                message: LocalizedText(
                    fr: "référence '\(path)' introuvable ou illisible : écrivez-la d'abord avec 'facturaudit check --format json --output \(path)'",
                    en: "baseline '\(path)' not found or unreadable: write it first with 'facturaudit check --format json --output \(path)'"))
        }
        do {
            return try Baseline(path: path, bytes: Array(data), currentDirectory: FileManager.default.currentDirectoryPath)
        } catch {
            throw ToolFailure(message: error.message)
        }
    }

    /// Warns when the baseline names none of the audited files. Its relative paths then come from
    /// another folder, so all its findings are shown as new.
    static func warnIfBaselineNamesNoAuditedFile(_ comparison: BaselineComparison?, language: Language) {
        guard let comparison, comparison.namesNoAuditedFile else { return }
        let path = singleLine(comparison.path)
        Console.writeError(
            language == .fr
                ? "facturaudit : avertissement : la référence '\(path)' ne nomme aucun des fichiers audités, "
                    + "aucun de ses constats n'est donc reconnu : lancez la commande depuis le dossier où la référence a été écrite\n"
                : "facturaudit: warning: the baseline '\(path)' names none of the audited files, so none of its "
                    + "findings is recognised: run the command from the folder the baseline was written in\n")
    }
}
