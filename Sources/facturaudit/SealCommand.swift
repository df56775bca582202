import FoundationEssentials
import InvoiceModel
import InvoiceReport
import InvoiceStore

/// `facturaudit seal --db FILE`: records the fingerprints of every issued document, chained to
/// the previous seal, and prints the new seal hash to keep outside the store.
///
/// A document that changed since the previous seal stops the seal: the changes are written as a
/// journal (`--format`) and the exit status is 1, unless `--accept-changes` records them as legitimate.
enum SealCommand {
    /// Every option spelling ``run(_:language:)`` accepts; `facturaudit help seal` documents each.
    static let optionNames = ["--db", "--output", "-o", "--format", "--lang", "--quiet", "-q", "--accept-changes"]

    static func run(_ arguments: [String], language: Language) throws -> ExitStatus {
        let options = try StoreCommandOptions.parse(
            arguments, command: "seal", accepted: optionNames, language: language)
        if let operand = options.paths.first {
            throw UsageError(
                message: LocalizedText(fr: "argument inattendu '\(operand)'", en: "unexpected argument '\(operand)'"))
        }
        let clock = StoreClock.fromEnvironment(ProcessInfo.processInfo.environment)
        let outcome = try withStore(options, access: .write) { store in
            // Sealing on top of a tampered chain would vouch for it.
            let broken = try store.chainFindings()
            if !broken.isEmpty {
                throw ToolFailure(
                    message: LocalizedText(
                        fr: "la chaîne de scellement de '\(store.path)' est rompue, rien n'a été scellé : "
                            + "lancez 'facturaudit verify --db \(store.path)' pour le détail",
                        en: "the seal chain of '\(store.path)' is broken, nothing was sealed: "
                            + "run 'facturaudit verify --db \(store.path)' for details"))
            }
            return try store.seal(clock: clock, acceptChanges: options.acceptChanges)
        }
        guard let record = outcome.record else {
            try JournalOutput.write(Journal(files: [], findings: outcome.changes, series: []), options: options)
            if !options.quiet {
                let count = outcome.changes.count
                let deleted = outcome.changes.contains { $0.ruleID == "FR-CORR-02" }
                let changedFR = deleted ? (count == 1 ? "a changé ou disparu" : "ont changé ou disparu")
                    : (count == 1 ? "a changé" : "ont changé")
                let changedEN = deleted ? "changed or disappeared" : "changed"
                Console.writeError(
                    options.language == .fr
                        ? "facturaudit : rien n'a été scellé, "
                            + "\(LocalizedText.countFR(count, "document émis", "documents émis")) \(changedFR)"
                            + " depuis le dernier "
                            + "sceau : corrigez-les par un avoir, ou relancez avec --accept-changes si le changement "
                            + "est légitime (décision de justice, par exemple)\n"
                        : "facturaudit: nothing was sealed, \(count) issued document\(count == 1 ? "" : "s") \(changedEN) "
                            + "since the last seal: "
                            + "correct them with a credit note, or run again with --accept-changes if the change is "
                            + "legitimate (a court decision, for example)\n")
            }
            return .findings
        }
        let text = describe(record, language: options.language)
        if let output = options.output {
            try OutputWriter.write(text, to: output)
        } else {
            Console.writeOutput(text)
        }
        return .success
    }

    static func describe(_ record: SealRecord, language: Language) -> String {
        switch language {
        case .fr:
            """
            Sceau \(record.id)
              scellé le : \(record.sealedAt)
              lots couverts : 1 à \(record.lastBatch)
              documents émis scellés : \(LocalizedText.frenchInteger(record.documentCount))

            """ + (record.acceptedChanges > 0 ? "  changements acceptés : \(LocalizedText.countFR(record.acceptedChanges, "document", "documents"))\n" : "")
                + """
                  empreinte précédente : \(record.previousHash)
                  empreinte du sceau : \(record.sealHash)
                Conservez l'empreinte du sceau hors de la base : elle permet de prouver que la chaîne n'a pas été réécrite.

                """
        case .en:
            """
            Seal \(record.id)
              sealed at: \(record.sealedAt)
              batches covered: 1 to \(record.lastBatch)
              issued documents sealed: \(record.documentCount)

            """ + (record.acceptedChanges > 0 ? "  changes accepted: \(LocalizedText.countEN(record.acceptedChanges, "document", "documents"))\n" : "")
                + """
                  previous hash: \(record.previousHash)
                  seal hash: \(record.sealHash)
                Keep the seal hash outside the store: it proves that the chain was not rewritten.

                """
        }
    }
}
