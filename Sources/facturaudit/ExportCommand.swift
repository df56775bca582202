import FoundationEssentials
import InvoiceModel
import InvoiceStore

/// `facturaudit export --db FILE --to canonical-json|csv|lines-csv`: the documents of a store
/// (as of `--batch`, the newest by default) in a format another tool can read.
enum ExportCommand {
    static func run(_ arguments: [String], language: Language) throws -> ExitStatus {
        let options = try StoreCommandOptions.parse(
            arguments, command: "export", allowed: ["--db", "--to", "--batch", "--output", "-o"], language: language)
        guard let format = options.exportFormat else {
            throw UsageError(
                message: LocalizedText(
                    fr: "export attend --to canonical-json, csv ou lines-csv",
                    en: "export requires --to canonical-json, csv or lines-csv"))
        }
        // NOTE: exporting files given as PATH… (without a store) is not implemented here; the
        // document source is the only part that would change.
        if !options.paths.isEmpty {
            throw UsageError(
                message: LocalizedText(
                    fr: "export --db exporte la base : retirez les chemins ou importez-les d'abord avec 'facturaudit import'",
                    en: "export --db exports the store: drop the paths or import them first with 'facturaudit import'"))
        }
        let documents = try withStore(options, create: false) { store in
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

    static func render(_ documents: [Document], format: ExportFormat, language: Language) throws -> String {
        switch format {
        case .canonicalJSON:
            let data = try CanonicalJSON.encoder(pretty: true).encode(documents)
            return String(decoding: data, as: UTF8.self) + "\n"
        case .csv:
            return DocumentCSVExport.documents(documents, language: language)
        case .linesCSV:
            return DocumentCSVExport.lines(documents, language: language)
        }
    }
}
