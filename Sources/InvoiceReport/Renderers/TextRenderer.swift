import InvoiceAudit
import InvoiceModel

/// The journal for a terminal or a log: compiler-style lines (`path:line: error: [ID] message`),
/// then one line per numbering series, per file, and a summary. A location with an element path
/// or a column shows it after the line: `invoices.json:1 (invoices[12]): error: …`.
public struct TextRenderer: JournalRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Writes one finding as a compiler-style line: `file:line: severity: [ID] message`.
    public static func line(_ finding: Finding, language: Language) -> String {
        // Invisible characters, as a zero-width space after a number, are escaped as controls are.
        singleLine(
            LookAlikeNumbers.visible(
                "\(finding.location.fullDescription): \(finding.severity.label(language)): [\(finding.ruleID)] \(finding.message.text(language))",
                dashes: false))
    }

    public func render(_ journal: Journal) -> String {
        let words = JournalWords(language: language)
        var out = ""
        for file in journal.files {
            for rejection in file.rejections {
                out += singleLine("\(rejection.location.fullDescription): \(Severity.error.label(language)): [\(words.rejected)] \(rejection.reason.text(language))") + "\n"
            }
            for warning in file.warnings {
                out += singleLine("\(warning.location.fullDescription): \(Severity.warning.label(language)): [\(words.importNote)] \(warning.reason.text(language))") + "\n"
            }
        }
        for finding in journal.findings {
            out += Self.line(finding, language: language) + "\n"
        }
        if !out.isEmpty { out += "\n" }
        // A journal of findings alone (a refused seal) read no file, so it has no series or files to list.
        if journal.files.isEmpty && journal.series.isEmpty {
            return out + "\(singleLine(words.summary(journal)))\n"
        }

        out += "\(words.seriesHeading)\n"
        if journal.series.isEmpty { out += "  \(words.noSeries)\n" }
        var currentSeller: PartyKey?
        for series in journal.series {
            if series.key.seller != currentSeller {
                currentSeller = series.key.seller
                out += "  \(singleLine(words.seller(series)))\n"
            }
            out += "    \(singleLine(words.seriesLine(series)))\n"
        }

        out += "\n\(words.filesHeading)\n"
        for file in journal.files {
            if file.pathNotFound {
                out += "  \(singleLine(file.path))\(words.colon)\(words.pathNotFound)\n"
                continue
            }
            if file.emptyFolder {
                out += "  \(singleLine(file.path))\(words.colon)\(words.emptyFolder)\n"
                continue
            }
            let counts = words.counts(read: file.read, imported: file.imported, rejected: file.rejected, skipped: file.skipped)
            out += "  \(singleLine(file.path)) (\(words.formatName(file.format)))\(words.colon)\(counts)\n"
            if !file.columns.isEmpty { out += "    \(singleLine(words.columns(file.columns)))\n" }
        }
        out += "\n"
        if let asOf = journal.asOf { out += "\(words.asOf(asOf))\n" }
        out += "\(singleLine(words.summary(journal)))\n"
        return out
    }
}
