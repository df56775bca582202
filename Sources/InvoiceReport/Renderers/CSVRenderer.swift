import InvoiceAudit
import InvoiceModel

/// The findings as a spreadsheet: one row per rejection, import remark and finding, in text
/// journal order, with columns file, line, severity, rule, document, message and reference, then
/// the worksheet of a workbook and the element (XML path, column or JSON path). These two come
/// last so that programs reading the first seven columns by position keep working.
///
/// French output uses `;` and a UTF-8 byte order mark so that Excel opens it as is; English
/// output uses `,` without one. See ``CSVTable`` for quoting and formula neutralisation.
public struct CSVRenderer: JournalRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ journal: Journal) -> String {
        let words = JournalWords(language: language)
        var table = CSVTable(language: language)
        table.append(words.findingColumns)
        for file in journal.files {
            for rejection in file.rejections {
                table.append(row(rejection, severity: .error, rule: words.rejected))
            }
            for warning in file.warnings {
                table.append(row(warning, severity: .warning, rule: words.importNote))
            }
        }
        for finding in journal.findings {
            table.appendRow([
                .text(finding.location.file), .number(finding.location.line.map(String.init) ?? ""),
                .text(finding.severity.label(language)), .text(finding.ruleID), .identifier(finding.documentNumber ?? ""),
                .text(finding.message.text(language)), .text(words.ruleReference(finding.ruleID)),
                .text(finding.location.sheet ?? ""), .text(finding.location.element ?? ""),
            ])
        }
        return table.text
    }

    private func row(_ rejection: Rejection, severity: Severity, rule: String) -> [String] {
        [
            rejection.location.file, rejection.location.line.map(String.init) ?? "", severity.label(language), rule, "",
            rejection.reason.text(language), "", rejection.location.sheet ?? "", rejection.location.element ?? "",
        ]
    }
}
