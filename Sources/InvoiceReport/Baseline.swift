import FoundationEssentials
import InvoiceAudit
import InvoiceModel

/// The findings of an earlier JSON journal (`check --format json`), so that a run reports only
/// new ones: CI accepts the known findings once and then fails only on what a change adds.
///
/// A finding matches a known one with the same rule, file and document number; a finding without
/// a document number matches on its line instead. Lines may therefore move, as when rows are added
/// above, without making a document's findings new. Each known finding matches one finding at
/// most, so a second identical finding on the same document is new. Import warnings match on
/// file and line or element. Rejections are never known: a record that cannot be read always fails.
///
/// A finding with a subject (the missing numbers of a gap, which sits on the document after it)
/// matches on its subject too, so a gap that widens next to the same document is new. A journal
/// written before subjects existed has none: its finding then matches only a finding with the
/// same message in either language, so a widened gap, whose message names other numbers, is new.
public struct Baseline: Sendable {
    struct Key: Hashable {
        let rule: String
        let file: String
        let place: String
        var subject: String?
    }

    /// The journal file the findings come from, for messages.
    public let path: String
    private let known: [Key: Int]
    /// The messages of the findings that have no subject, by key, to match a finding that has one
    /// (see the type's comment).
    private let messages: [Key: [String: Int]]

    /// The folder relative paths start from, so that `ex/a.csv`, `./ex/a.csv` and `/work/ex/a.csv`
    /// name one file whichever way the baseline's run and this run were typed.
    private let currentDirectory: String?

    /// Reads the JSON journal at `path` from `bytes`; `currentDirectory` is the folder the file
    /// paths of both runs are relative to, when known.
    public init(path: String, bytes: [UInt8], currentDirectory: String? = nil) throws(BaselineError) {
        self.path = path
        self.currentDirectory = currentDirectory
        let journal: JournalFile
        do {
            journal = try JSONDecoder().decode(JournalFile.self, from: Data(bytes))
        } catch {
            throw BaselineError(
                message: LocalizedText(
                    fr: "la référence '\(path)' n'est pas un journal JSON de facturaudit : donnez le fichier écrit par 'facturaudit check --format json --output FICHIER'",
                    en: "baseline '\(path)' is not a facturaudit JSON journal: give the file written by 'facturaudit check --format json --output FILE'"))
        }
        guard journal.tool.name == "facturaudit" else {
            throw BaselineError(
                message: LocalizedText(
                    fr: "la référence '\(path)' vient de l'outil '\(journal.tool.name)' et non de facturaudit : donnez le fichier écrit par 'facturaudit check --format json --output FICHIER'",
                    en: "baseline '\(path)' comes from the tool '\(journal.tool.name)', not from facturaudit: give the file written by 'facturaudit check --format json --output FILE'"))
        }
        var known: [Key: Int] = [:]
        var messages: [Key: [String: Int]] = [:]
        for finding in journal.findings {
            let file = Self.normalised(finding.file, in: currentDirectory)
            var key = Self.key(rule: finding.rule, file: file, document: finding.document, line: finding.line)
            key.subject = finding.subject
            known[key, default: 0] += 1
            if finding.subject == nil, let message = finding.message {
                messages[key, default: [:]][message, default: 0] += 1
            }
        }
        for warning in journal.importWarnings ?? [] {
            let file = Self.normalised(warning.file, in: currentDirectory)
            known[Self.importKey(file: file, line: warning.line, element: warning.element), default: 0] += 1
        }
        self.known = known
        self.messages = messages
    }

    /// Returns `path` without `.` segments, repeated slashes or, for a path inside
    /// `currentDirectory`, that folder's prefix.
    public static func normalised(_ path: String, in currentDirectory: String?) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.map(String.init)
        if isAbsolute, let currentDirectory {
            let base = currentDirectory.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            if parts.count > base.count, Array(parts.prefix(base.count)) == base {
                parts.removeFirst(base.count)
                return parts.joined(separator: "/")
            }
        }
        return (isAbsolute ? "/" : "") + parts.joined(separator: "/")
    }

    static func key(rule: String, file: String, document: String?, line: Int?) -> Key {
        Key(rule: rule, file: file, place: document.map { "document \($0)" } ?? line.map { "line \($0)" } ?? "")
    }

    static func importKey(file: String, line: Int?, element: String?) -> Key {
        Key(rule: "", file: file, place: line.map { "line \($0)" } ?? element ?? "")
    }

    /// Removes from `journal` the findings and import warnings the baseline contains, and records
    /// how many were removed and how many baseline entries no longer occur.
    public func apply(to journal: inout Journal) {
        var remaining = known
        var remainingMessages = messages
        func isKnown(_ key: Key) -> Bool {
            guard let count = remaining[key], count > 0 else { return false }
            remaining[key] = count - 1
            return true
        }
        // A finding with a subject against a journal without subjects: the same message only.
        func isKnownByMessage(_ key: Key, _ message: LocalizedText) -> Bool {
            for text in [message.fr, message.en] {
                guard let count = remainingMessages[key]?[text], count > 0, isKnown(key) else { continue }
                remainingMessages[key]?[text] = count - 1
                return true
            }
            return false
        }
        let before = journal.findings.count + journal.importWarningCount
        journal.findings.removeAll { finding in
            let file = Self.normalised(finding.location.file, in: currentDirectory)
            var key = Self.key(rule: finding.ruleID, file: file, document: finding.documentNumber, line: finding.location.line)
            guard let subject = finding.subject else { return isKnown(key) }
            let withoutSubject = key
            key.subject = subject
            return isKnown(key) || isKnownByMessage(withoutSubject, finding.message)
        }
        for index in journal.files.indices {
            journal.files[index].warnings.removeAll { warning in
                let file = Self.normalised(warning.location.file, in: currentDirectory)
                return isKnown(Self.importKey(file: file, line: warning.location.line, element: warning.location.element))
            }
        }
        let knownCount = before - journal.findings.count - journal.importWarningCount
        // A baseline that names no audited file was probably written from another folder, so its
        // relative paths name other files and none of its findings was fixed.
        let audited = Set(journal.files.map { Self.normalised($0.path, in: currentDirectory) })
        let knownFiles = Set(known.keys.map(\.file))
        let namesNoAuditedFile = !knownFiles.isEmpty && knownFiles.isDisjoint(with: audited)
        journal.baseline = BaselineComparison(
            path: path, known: knownCount, fixed: namesNoAuditedFile ? 0 : remaining.values.reduce(0, +),
            namesNoAuditedFile: namesNoAuditedFile)
    }

    /// The parts of a JSON journal the comparison needs.
    private struct JournalFile: Decodable {
        struct Tool: Decodable {
            let name: String
        }

        struct FindingEntry: Decodable {
            let rule: String
            let file: String
            let line: Int?
            let document: String?
            let subject: String?
            let message: String?
        }

        struct WarningEntry: Decodable {
            let file: String
            let line: Int?
            let element: String?
        }

        let tool: Tool
        let findings: [FindingEntry]
        let importWarnings: [WarningEntry]?
    }
}

/// The outcome of comparing a run with a baseline journal.
public struct BaselineComparison: Sendable, Hashable {
    /// The baseline journal's path, as given on the command line.
    public var path: String
    /// Findings and import warnings of this run that the baseline already had, left out.
    public var known: Int
    /// Findings and import warnings of the baseline that this run no longer reports; 0 when
    /// ``namesNoAuditedFile``.
    public var fixed: Int
    /// True when the baseline has findings but names none of the files this run audited, as
    /// happens when it was written from another folder.
    public var namesNoAuditedFile: Bool

    public init(path: String, known: Int, fixed: Int, namesNoAuditedFile: Bool = false) {
        self.path = path
        self.known = known
        self.fixed = fixed
        self.namesNoAuditedFile = namesNoAuditedFile
    }
}

/// A baseline file that could not be read.
public struct BaselineError: Error {
    public let message: LocalizedText
}
