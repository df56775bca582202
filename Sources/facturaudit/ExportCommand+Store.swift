import FoundationEssentials
import InvoiceModel
import InvoiceStore

extension ExportCommand {
    /// `facturaudit export --db FILE --to canonical-json|csv|lines-csv`: the documents of a store
    /// (as of `--batch`, the newest by default) in a format another tool can read.
    static func runStore(_ arguments: [String], language: Language) throws -> ExitStatus {
        let options = try StoreCommandOptions.parse(
            arguments, command: "export", accepted: storeOptionNames, language: language)
        guard let format = options.exportFormat else {
            throw UsageError(
                message: LocalizedText(
                    fr: "export attend --to canonical-json, csv ou lines-csv",
                    en: "export requires --to canonical-json, csv or lines-csv"))
        }
        if !options.paths.isEmpty {
            throw UsageError(
                message: LocalizedText(
                    fr: "export --db exporte la base : retirez les chemins ou importez-les d'abord avec 'facturaudit import'",
                    en: "export --db exports the store: drop the paths or import them first with 'facturaudit import'"))
        }
        let documents = try withStore(options, access: .read) { store in
            try store.documents(asOfBatch: options.batch).map(\.document)
        }
        let text = try render(documents, format: format, language: options.language)
        if let output = options.output {
            try OutputWriter.write(text, to: output)
        } else {
            Console.writeOutput(text)
        }
        return .success
    }
}
