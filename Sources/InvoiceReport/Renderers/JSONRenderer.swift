import FoundationEssentials
import InvoiceAudit
import InvoiceModel

/// The journal as JSON for machines: sorted keys, no timestamps, messages in one language.
///
/// The shape is published as a JSON Schema in `schemas/journal.schema.json`; `formatVersion`
/// changes when a field is removed or changes meaning.
public struct JSONRenderer: JournalRenderer {
    public let language: Language
    public let toolVersion: String

    public init(language: Language, toolVersion: String) {
        self.language = language
        self.toolVersion = toolVersion
    }

    public func render(_ journal: Journal) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = (try? encoder.encode(JournalDocument(journal, language: language, toolVersion: toolVersion))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

private struct JournalDocument: Encodable {
    struct Tool: Encodable {
        let name: String
        let version: String
    }

    struct File: Encodable {
        let path: String
        let format: String
        let read: Int
        let imported: Int
        let rejected: Int
        /// Records skipped on purpose (blank or totals rows, estimates…); absent when none.
        let skipped: Int?
        /// True for a command-line path that does not exist; absent otherwise.
        let pathNotFound: Bool?
        /// True for a command-line folder with no invoice file; absent otherwise.
        let emptyFolder: Bool?
        /// The columns of a CSV file and their fields; absent for other formats.
        let columns: [Column]?
    }

    struct Column: Encodable {
        let field: String
        let header: String
    }

    struct Located: Encodable {
        let file: String
        let line: Int?
        /// The worksheet of a workbook source, whose row `line` is.
        let sheet: String?
        let element: String?
        let message: String
    }

    struct FindingRecord: Encodable {
        let rule: String
        let severity: String
        let file: String
        let line: Int?
        let sheet: String?
        /// The element path, column or JSON path inside the line.
        let element: String?
        let document: String?
        /// What the finding is about beyond its document (the missing numbers of a gap), which a
        /// baseline matches; absent for most rules.
        let subject: String?
        let message: String
    }

    /// A gap: `first` and `last` are left out when the missing numbers' date parts are unknown
    /// (a yearly counter between two months), and the counters and neighbours place it.
    struct Gap: Encodable {
        let first: String?
        let last: String?
        let count: Int
        let firstCounter: Int
        let lastCounter: Int
        let previous: String
        let next: String
    }

    struct Series: Encodable {
        let seller: String
        let sellerName: String?
        let pattern: String
        let period: String?
        let first: String
        let last: String
        let count: Int
        let gaps: [Gap]
    }

    struct Baseline: Encodable {
        let path: String
        let known: Int
        let fixed: Int
    }

    struct AsOf: Encodable {
        let date: String
        let source: String
    }

    struct Summary: Encodable {
        let files: Int
        /// Present only when a command-line path was not found.
        let pathsNotFound: Int?
        /// Present only when a command-line folder held no invoice file.
        let emptyFolders: Int?
        let read: Int
        let imported: Int
        let rejected: Int
        /// Records skipped on purpose; present only when some were.
        let skipped: Int?
        let errors: Int
        let warnings: Int
        let infos: Int
    }

    let formatVersion = 1
    let tool: Tool
    let language: String
    let summary: Summary
    /// Present only when the run compared itself with a baseline journal.
    let baseline: Baseline?
    /// The as-of date of the ledger rules and its source; absent when no date was given or found.
    let asOf: AsOf?
    let files: [File]
    let rejections: [Located]
    let importWarnings: [Located]
    let findings: [FindingRecord]
    let series: [Series]

    init(_ journal: Journal, language: Language, toolVersion: String) {
        tool = Tool(name: "facturaudit", version: toolVersion)
        self.language = language.rawValue
        summary = Summary(
            files: journal.filesRead, pathsNotFound: journal.pathsNotFound > 0 ? journal.pathsNotFound : nil,
            emptyFolders: journal.emptyFolders > 0 ? journal.emptyFolders : nil,
            read: journal.documentsRead, imported: journal.documentsImported,
            rejected: journal.documentsRejected, skipped: journal.documentsSkipped > 0 ? journal.documentsSkipped : nil,
            errors: journal.count(of: .error),
            warnings: journal.count(of: .warning), infos: journal.count(of: .info))
        baseline = journal.baseline.map { Baseline(path: $0.path, known: $0.known, fixed: $0.fixed) }
        asOf = journal.asOf.map { AsOf(date: $0.date.description, source: $0.source.rawValue) }
        files = journal.files.map {
            File(
                path: $0.path, format: $0.format.rawValue, read: $0.read, imported: $0.imported, rejected: $0.rejected,
                skipped: $0.skipped > 0 ? $0.skipped : nil,
                pathNotFound: $0.pathNotFound ? true : nil, emptyFolder: $0.emptyFolder ? true : nil,
                columns: $0.columns.isEmpty ? nil : $0.columns.map { Column(field: $0.field, header: $0.header) })
        }
        func located(_ rejection: Rejection) -> Located {
            Located(
                file: rejection.location.file, line: rejection.location.line, sheet: rejection.location.sheet,
                element: rejection.location.element,
                message: rejection.reason.text(language))
        }
        rejections = journal.files.flatMap { $0.rejections.map(located) }
        importWarnings = journal.files.flatMap { $0.warnings.map(located) }
        findings = journal.findings.map {
            FindingRecord(
                rule: $0.ruleID, severity: $0.severity.rawValue, file: $0.location.file, line: $0.location.line,
                sheet: $0.location.sheet, element: $0.location.element, document: $0.documentNumber,
                subject: $0.subject, message: $0.message.text(language))
        }
        series = journal.series.map {
            let period = $0.key.period.description
            return Series(
                seller: $0.key.seller.value, sellerName: $0.sellerName, pattern: $0.pattern,
                period: period.isEmpty ? nil : period, first: $0.firstNumber, last: $0.lastNumber, count: $0.count,
                gaps: $0.gaps.map {
                    Gap(
                        first: $0.first, last: $0.last, count: $0.count, firstCounter: $0.firstCounter,
                        lastCounter: $0.lastCounter, previous: $0.previousNumber, next: $0.nextNumber)
                })
        }
    }
}
