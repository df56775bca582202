import InvoiceAudit
import InvoiceModel
import InvoiceReport

/// Writes an `aging` or `dunning` report and chooses the exit code as `check` does for its inputs.
enum ReceivablesOutput {
    /// Writes `rendered` to `--output` or standard output, then reports on standard error the
    /// records rejected on import and the paths that gave nothing. Returns 2 when an input could
    /// not be read or no document was read, else 0.
    static func finish(_ rendered: String, input: ReceivablesInput, options: ReceivablesOptions) throws -> ExitStatus {
        if let output = options.output {
            try OutputWriter.write(rendered, to: output)
        } else {
            Console.writeOutput(rendered)
        }
        return inputStatus(input, options: options)
    }

    /// Reports that the data contains no date and none was set. Nothing can be aged, so the tool
    /// prints what to do and exits 2.
    static func noDate(_ input: ReceivablesInput, options: ReceivablesOptions) -> ExitStatus {
        let status = inputStatus(input, options: options)
        // When no document was imported, inputStatus has printed that, and a date would not help.
        guard input.files.contains(where: { $0.imported > 0 }) else { return .inputFailure }
        let fr = options.language == .fr
        Console.writeError(
            fr
                ? "facturaudit : aucune date d'émission ni de paiement dans les données : fixez la date d'appréciation avec --as-of AAAA-MM-JJ\n"
                : "facturaudit: no issue or payment date in the data: set the as-of date with --as-of YYYY-MM-DD\n")
        return status == .success ? .inputFailure : status
    }

    private static func inputStatus(_ input: ReceivablesInput, options: ReceivablesOptions) -> ExitStatus {
        let language = options.language
        let journal = Journal(files: input.files, findings: [], series: [])
        // The report has no list of files, so each path not found, empty folder and rejected
        // record is named on standard error, as check's journal names them.
        if !options.quiet {
            for rejection in input.files.lazy.flatMap(\.rejections) {
                Console.writeError(
                    singleLine("\(rejection.location.fullDescription): \(Severity.error.label(language)): \(rejection.reason.text(language))") + "\n")
            }
        }
        if journal.documentsRejected > 0 || journal.pathsNotFound > 0 || journal.emptyFolders > 0 {
            if journal.documentsRejected > 0 && !options.quiet {
                let count = journal.documentsRejected
                Console.writeError(
                    language == .fr
                        ? "facturaudit : \(LocalizedText.countFR(count, "rejet", "rejets")) à l'import : les montants de ces documents manquent au rapport\n"
                        : "facturaudit: \(LocalizedText.countEN(count, "record", "records")) rejected on import: the report lacks their amounts\n")
            }
            return .inputFailure
        }
        if journal.documentsRead == 0 {
            if !options.quiet {
                Console.writeError(
                    language == .fr
                        ? "facturaudit : aucun document lu dans les entrées : vérifiez que l'export contient des factures\n"
                        : "facturaudit: no document was read from the inputs: check that the export holds invoices\n")
            }
            return .inputFailure
        }
        return .success
    }
}
