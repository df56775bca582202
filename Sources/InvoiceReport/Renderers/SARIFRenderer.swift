import FoundationEssentials
import InvoiceAudit
import InvoiceModel

/// The findings as SARIF 2.1.0, the format code-scanning views read.
///
/// `runs[0].tool.driver.rules` lists the rules that have results, in id order, rather than the
/// whole catalogue, so the log stays small. Rejected records and import remarks are not results
/// of a rule: they go to `invocations[0].toolExecutionNotifications`, and a rejection sets
/// `executionSuccessful` to false. Severities map to levels error, warning and note.
///
/// A location's worksheet and element, which the file and line do not give, are logical locations
/// beside the physical one: `{"kind": "worksheet", "name": "Factures T1", "fullyQualifiedName":
/// "'Factures T1'!9"}` and `{"fullyQualifiedName": "invoices[12]"}` (or an XML path, or a column).
public struct SARIFRenderer: JournalRenderer {
    public let language: Language
    public let toolVersion: String

    public init(language: Language, toolVersion: String) {
        self.language = language
        self.toolVersion = toolVersion
    }

    public func render(_ journal: Journal) -> String {
        let words = JournalWords(language: language)
        var ruleIndex: [String: Int] = [:]
        var rules: [SARIFLog.Rule] = []
        for id in Set(journal.findings.map(\.ruleID)).sorted() {
            ruleIndex[id] = rules.count
            guard let rule = RuleCatalogue.rule(id: id) else {
                // A finding of a rule the catalogue does not list still gets a descriptor.
                rules.append(
                    SARIFLog.Rule(
                        id: id, shortDescription: .init(text: id), fullDescription: .init(text: id),
                        help: .init(text: id), defaultConfiguration: .init(level: "warning")))
                continue
            }
            rules.append(
                SARIFLog.Rule(
                    id: rule.id, shortDescription: .init(text: rule.title.text(language)),
                    fullDescription: .init(text: (rule.explanation ?? rule.title).text(language)),
                    help: .init(text: "\(words.reference)\(words.colon)\(rule.reference(language))"),
                    defaultConfiguration: .init(level: Self.level(rule.severity))))
        }
        // Names that are not UTF-8 are shown escaped, so their URIs come from their bytes.
        var nameBytes: [String: [UInt8]] = [:]
        for file in journal.files {
            if let bytes = file.pathBytes { nameBytes[file.path] = bytes }
        }
        func location(_ location: SourceLocation) -> SARIFLog.Location {
            Self.location(location, pathBytes: nameBytes[location.file])
        }
        let results = journal.findings.map { finding in
            SARIFLog.Result(
                ruleId: finding.ruleID, ruleIndex: ruleIndex[finding.ruleID] ?? 0, level: Self.level(finding.severity),
                message: .init(text: finding.message.text(language)), locations: [location(finding.location)])
        }
        var notifications: [SARIFLog.Notification] = []
        for file in journal.files {
            notifications += file.rejections.map {
                SARIFLog.Notification(
                    level: "error", message: .init(text: $0.reason.text(language)), locations: [location($0.location)])
            }
            notifications += file.warnings.map {
                SARIFLog.Notification(
                    level: "warning", message: .init(text: $0.reason.text(language)), locations: [location($0.location)])
            }
        }
        let run = SARIFLog.Run(
            tool: .init(driver: .init(name: "facturaudit", semanticVersion: toolVersion, version: toolVersion, rules: rules)),
            invocations: [
                .init(
                    executionSuccessful: journal.documentsRejected == 0 && journal.pathsNotFound == 0 && journal.emptyFolders == 0,
                    toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
            ],
            language: language.rawValue, results: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = (try? encoder.encode(SARIFLog(runs: [run]))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Returns the SARIF location of `location`; `pathBytes` are the file name's bytes when they
    /// are not valid UTF-8.
    static func location(_ location: SourceLocation, pathBytes: [UInt8]? = nil) -> SARIFLog.Location {
        var logical: [SARIFLog.Location.Logical] = []
        if let sheet = location.sheet {
            let reference = SourceLocation.excelReference(sheet: sheet)
            logical.append(
                .init(name: sheet, fullyQualifiedName: location.line.map { "\(reference)!\($0)" } ?? reference, kind: "worksheet"))
        }
        if let element = location.element, !element.isEmpty {
            logical.append(.init(name: nil, fullyQualifiedName: element, kind: nil))
        }
        return SARIFLog.Location(
            physicalLocation: .init(
                artifactLocation: .init(uri: uri(forPathBytes: pathBytes ?? Array(location.file.utf8))),
                region: location.line.map { .init(startLine: $0) }),
            logicalLocations: logical.isEmpty ? nil : logical)
    }

    /// Returns a relative URI reference for a relative path, or a `file://` URI for an absolute one, with
    /// every byte outside RFC 3986's unreserved set and `/` percent-encoded.
    static func uri(forPath path: String) -> String {
        uri(forPathBytes: Array(path.utf8))
    }

    /// Returns the URI of a path given as bytes, which need not be valid UTF-8: each byte outside
    /// the unreserved set is percent-encoded as it is, so Latin-1 `é` (0xE9) becomes `%E9`.
    static func uri(forPathBytes path: [UInt8]) -> String {
        var out = path.first == 0x2F ? "file://" : ""
        for byte in path {
            let isUnreserved =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
            if isUnreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF")
                out += "%\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
            }
        }
        return out
    }
}

/// The subset of the SARIF 2.1.0 object model that facturaudit writes; optional fields that are
/// `nil` are left out.
struct SARIFLog: Encodable {
    struct Text: Encodable {
        let text: String
    }

    struct Rule: Encodable {
        struct Configuration: Encodable {
            let level: String
        }

        let id: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Text
        let defaultConfiguration: Configuration
    }

    struct Driver: Encodable {
        let name: String
        let semanticVersion: String
        let version: String
        let rules: [Rule]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Location: Encodable {
        struct Physical: Encodable {
            struct Artifact: Encodable {
                let uri: String
            }

            struct Region: Encodable {
                let startLine: Int
            }

            let artifactLocation: Artifact
            let region: Region?
        }

        /// A place the file and line cannot name: a worksheet, an element path or a column.
        struct Logical: Encodable {
            let name: String?
            let fullyQualifiedName: String
            let kind: String?
        }

        let physicalLocation: Physical
        let logicalLocations: [Logical]?
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
    }

    struct Notification: Encodable {
        let level: String
        let message: Text
        let locations: [Location]
    }

    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]?
    }

    struct Run: Encodable {
        let tool: Tool
        let invocations: [Invocation]
        /// The language of the messages (SARIF's `run.language`, an RFC 5646 tag).
        let language: String
        let results: [Result]
    }

    let version = "2.1.0"
    let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case version
        case schema = "$schema"
        case runs
    }
}
