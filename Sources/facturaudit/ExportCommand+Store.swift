import FoundationEssentials
import InvoiceModel
import InvoiceReport
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
                    fr: "export attend --to canonical-json, csv, lines-csv ou fec",
                    en: "export requires --to canonical-json, csv, lines-csv or fec"))
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
        let (text, omitted, drafts) = try render(documents, format: format, language: options.language, configFile: options.configFile)
        if !drafts.isEmpty { reportDrafts(drafts, language: options.language) }
        if !omitted.isEmpty { reportOmitted(omitted, language: options.language) }
        try write(text, to: options.output, language: options.language)
        return omitted.isEmpty ? .success : .inputFailure
    }

    /// Lists on standard error the drafts a FEC left out, which does not change the exit status.
    static func reportDrafts(_ drafts: [Rejection], language: Language) {
        var report = ""
        for draft in drafts {
            report += singleLine("\(draft.location.fullDescription): \(draft.reason.text(language))") + "\n"
        }
        Console.writeError(report)
    }

    /// Lists on standard error the documents a FEC left out.
    static func reportOmitted(_ omitted: [Rejection], language: Language) {
        var report = ""
        for rejection in omitted {
            report += singleLine("\(rejection.location.fullDescription): \(rejection.reason.text(language))") + "\n"
        }
        let count = omitted.count
        report +=
            language == .fr
            ? "facturaudit : \(LocalizedText.countFR(count, "document laissé", "documents laissés")) hors de l'export\n"
            : "facturaudit: \(count) document\(count > 1 ? "s" : "") left out of the export\n"
        Console.writeError(report)
    }
}
