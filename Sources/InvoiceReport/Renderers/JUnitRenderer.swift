import InvoiceAudit
import InvoiceModel

/// The journal as JUnit XML for CI test views (GitLab, Jenkins): a `<testsuite>` per input file
/// and a `<testcase>` per document, named by its number or by `file:line`.
///
/// A document's findings at or above `failureLevel` (errors by default, warnings too with
/// `--fail-on warning`, every finding with `--fail-on info`, none with `--fail-on never`) become
/// one `<failure>` listing them all; its other findings go to its `<system-out>`, so the test view
/// shows failures exactly when findings make the exit code 1. A rejected record is a testcase with
/// an `<error>` whatever the level, as it makes the exit code 2, and file-level import remarks go
/// to the suite's `<system-out>`. No timestamps or durations are written, so the output is
/// deterministic.
public struct JUnitRenderer: JournalRenderer {
    public let language: Language
    /// The lowest severity reported as a failure, or `nil` (`--fail-on never`) for none.
    public let failureLevel: Severity?

    public init(language: Language, failureLevel: Severity? = .error) {
        self.language = language
        self.failureLevel = failureLevel
    }

    /// Returns whether `finding` is a failure of its testcase rather than a line of its `<system-out>`.
    func fails(_ finding: Finding) -> Bool {
        failureLevel.map { finding.severity >= $0 } ?? false
    }

    public func render(_ journal: Journal) -> String {
        let suites = JUnitSuite.suites(of: journal, language: language)
        var body = ""
        var totals = (tests: 0, failures: 0, errors: 0)
        for suite in suites {
            let failures = suite.cases.filter { $0.findings.contains(where: fails) }.count
            let errors = suite.cases.filter { !$0.rejections.isEmpty }.count
            totals.tests += suite.cases.count
            totals.failures += failures
            totals.errors += errors
            body += "  <testsuite name=\"\(escapedAttribute(suite.file))\" tests=\"\(suite.cases.count)\""
            body += " failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\">\n"
            for testCase in suite.cases { body += render(testCase, file: suite.file) }
            if !suite.remarks.isEmpty {
                let lines = suite.remarks.map {
                    singleLine("\($0.location.fullDescription): \(Severity.warning.label(language)): \($0.reason.text(language))") + "\n"
                }
                body += "    <system-out>\(escapedMarkup(lines.joined()))</system-out>\n"
            }
            body += "  </testsuite>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="facturaudit" tests="\(totals.tests)" failures="\(totals.failures)" errors="\(totals.errors)">

            """ + body + "</testsuites>\n"
    }

    private func render(_ testCase: JUnitCase, file: String) -> String {
        var out = "    <testcase classname=\"\(escapedAttribute(file))\" name=\"\(escapedAttribute(testCase.name))\""
        out += " file=\"\(escapedAttribute(file))\""
        if let line = testCase.location.line { out += " line=\"\(line)\"" }
        let failing = testCase.findings.filter(fails)
        let passing = testCase.findings.filter { !fails($0) }
        guard !failing.isEmpty || !passing.isEmpty || !testCase.rejections.isEmpty else { return out + "/>\n" }
        out += ">\n"
        if let first = testCase.rejections.first {
            let text = testCase.rejections.map { singleLine("\($0.location.fullDescription): \($0.reason.text(language))") + "\n" }.joined()
            out += "      <error type=\"rejected\" message=\"\(escapedAttribute(first.reason.text(language)))\">"
            out += "\(escapedMarkup(text))</error>\n"
        }
        if let first = failing.first {
            var more = ""
            let others = failing.count - 1
            if others > 0 {
                more = language == .fr ? " (+\(LocalizedText.countFR(others, "autre", "autres")))" : " (+\(others) more)"
            }
            out += "      <failure type=\"\(escapedAttribute(first.ruleID))\""
            out += " message=\"\(escapedAttribute("[\(first.ruleID)] \(first.message.text(language))\(more)"))\">"
            out += "\(escapedMarkup(failing.map(describe).joined()))</failure>\n"
        }
        if !passing.isEmpty {
            out += "      <system-out>\(escapedMarkup(passing.map(describe).joined()))</system-out>\n"
        }
        return out + "    </testcase>\n"
    }

    private func describe(_ finding: Finding) -> String {
        let words = JournalWords(language: language)
        var line = TextRenderer.line(finding, language: language) + "\n"
        let reference = words.ruleReference(finding.ruleID)
        if !reference.isEmpty { line += "  \(words.reference)\(words.colon)\(reference)\n" }
        return line
    }
}

/// One input file's testcases.
struct JUnitSuite {
    let file: String
    var cases: [JUnitCase]
    var remarks: [Rejection]

    /// Suites in the journal's file order; findings about no known document get a testcase of
    /// their own, named by their location.
    static func suites(of journal: Journal, language: Language) -> [JUnitSuite] {
        var suites: [JUnitSuite] = []
        var suiteIndex: [String: Int] = [:]
        func index(of file: String) -> Int {
            if let index = suiteIndex[file] { return index }
            suites.append(JUnitSuite(file: file, cases: [], remarks: []))
            suiteIndex[file] = suites.count - 1
            return suites.count - 1
        }
        for file in journal.files {
            let suite = index(of: file.path)
            suites[suite].remarks = file.warnings
            for rejection in file.rejections {
                suites[suite].cases.append(
                    JUnitCase(name: rejection.location.fullDescription, location: rejection.location, rejections: [rejection]))
            }
        }
        var caseIndex: [Int: (suite: Int, testCase: Int)] = [:]
        for (documentIndex, document) in journal.documents.enumerated() {
            let suite = index(of: document.location.file)
            suites[suite].cases.append(JUnitCase(name: document.name, location: document.location))
            caseIndex[documentIndex] = (suite, suites[suite].cases.count - 1)
        }
        let lookup = DocumentLookup(journal.documents)
        var orphans: [String: Int] = [:]
        for finding in journal.findings {
            if let documentIndex = lookup.index(for: finding), let position = caseIndex[documentIndex] {
                suites[position.suite].cases[position.testCase].findings.append(finding)
                continue
            }
            let suite = index(of: finding.location.file)
            let key = finding.location.fullDescription
            if let existing = orphans[key] {
                suites[suite].cases[existing].findings.append(finding)
            } else {
                suites[suite].cases.append(JUnitCase(name: key, location: finding.location, findings: [finding]))
                orphans[key] = suites[suite].cases.count - 1
            }
        }
        for suite in suites.indices {
            suites[suite].cases.sort { $0.location != $1.location ? $0.location < $1.location : $0.name < $1.name }
        }
        return suites
    }
}

/// One document's testcase, or one rejected record's.
struct JUnitCase {
    let name: String
    let location: SourceLocation
    var findings: [Finding] = []
    var rejections: [Rejection] = []
}
