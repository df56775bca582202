import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// `--baseline`: findings of an earlier JSON journal are left out, new ones stay.
@Suite struct BaselineTests {
    static func finding(_ rule: RuleDescriptor, file: String = "ventes.csv", line: Int?, document: String?) -> Finding {
        Finding(
            rule: rule, location: SourceLocation(file: file, line: line), documentNumber: document,
            message: LocalizedText(fr: "constat", en: "finding"))
    }

    static func journal(_ findings: [Finding], warnings: [Rejection] = []) -> Journal {
        Journal(
            files: [FileReport(path: "ventes.csv", format: .csv, imported: 3, rejections: [], warnings: warnings)],
            findings: findings, series: [])
    }

    /// Reads a baseline from a JSON journal shaped as `check --format json` writes it, holding only
    /// what the comparison reads.
    static func baseline(_ findings: String, importWarnings: String = "[]", tool: String = "facturaudit") throws(BaselineError) -> Baseline {
        let json = #"{"formatVersion": 1, "tool": {"name": "\#(tool)", "version": "0.1.0"}, "findings": [\#(findings)], "importWarnings": \#(importWarnings)}"#
        return try Baseline(path: "base.json", bytes: Array(json.utf8))
    }

    @Test func documentFindingMatchesAfterLineMoves() throws {
        let baseline = try Self.baseline(#"{"rule": "FR-NUM-02", "file": "ventes.csv", "line": 7, "document": "FA-1", "message": "x", "severity": "error"}"#)
        var journal = Self.journal([
            Self.finding(NumberingRules.duplicate, line: 9, document: "FA-1"),
            Self.finding(NumberingRules.duplicate, line: 12, document: "FA-2"),
        ])
        baseline.apply(to: &journal)
        #expect(journal.findings.map(\.documentNumber) == ["FA-2"])
        #expect(journal.baseline == BaselineComparison(path: "base.json", known: 1, fixed: 0))
    }

    @Test func eachKnownFindingMatchesOnce() throws {
        let baseline = try Self.baseline(#"{"rule": "FR-NUM-02", "file": "ventes.csv", "line": 7, "document": "FA-1"}"#)
        var journal = Self.journal([
            Self.finding(NumberingRules.duplicate, line: 7, document: "FA-1"),
            Self.finding(NumberingRules.duplicate, line: 8, document: "FA-1"),
        ])
        baseline.apply(to: &journal)
        #expect(journal.findings.map(\.location.line) == [8])
        #expect(journal.baseline?.known == 1)
    }

    @Test func findingWithoutDocumentMatchesOnLine() throws {
        let baseline = try Self.baseline(#"{"rule": "FR-NUM-01", "file": "ventes.csv", "line": 4}"#)
        var moved = Self.journal([Self.finding(NumberingRules.missingNumber, line: 5, document: nil)])
        baseline.apply(to: &moved)
        #expect(moved.findings.count == 1)
        #expect(moved.baseline == BaselineComparison(path: "base.json", known: 0, fixed: 1))
        var same = Self.journal([Self.finding(NumberingRules.missingNumber, line: 4, document: nil)])
        baseline.apply(to: &same)
        #expect(same.findings.isEmpty)
    }

    @Test func otherRuleOrFileIsNew() throws {
        let baseline = try Self.baseline(#"{"rule": "FR-NUM-02", "file": "ventes.csv", "line": 7, "document": "FA-1"}"#)
        var journal = Self.journal([
            Self.finding(NumberingRules.gap, line: 7, document: "FA-1"),
            Self.finding(NumberingRules.duplicate, file: "autres.csv", line: 7, document: "FA-1"),
        ])
        baseline.apply(to: &journal)
        #expect(journal.findings.count == 2)
        #expect(journal.baseline == BaselineComparison(path: "base.json", known: 0, fixed: 1))
    }

    @Test func pathsMatchHoweverTyped() throws {
        #expect(Baseline.normalised("./ex//a.csv", in: "/work") == "ex/a.csv")
        #expect(Baseline.normalised("/work/ex/a.csv", in: "/work") == "ex/a.csv")
        #expect(Baseline.normalised("/work2/a.csv", in: "/work") == "/work2/a.csv")
        #expect(Baseline.normalised("../b.csv", in: "/work") == "../b.csv")
        let json = #"{"tool": {"name": "facturaudit"}, "findings": [{"rule": "FR-NUM-02", "file": "./ventes.csv", "document": "FA-1"}]}"#
        let baseline = try Baseline(path: "base.json", bytes: Array(json.utf8), currentDirectory: "/work")
        var journal = Self.journal([Self.finding(NumberingRules.duplicate, file: "/work/ventes.csv", line: 3, document: "FA-1")])
        baseline.apply(to: &journal)
        #expect(journal.findings.isEmpty)
        #expect(journal.baseline?.known == 1)
    }

    @Test func importWarningsMatchOnLine() throws {
        let baseline = try Self.baseline("", importWarnings: #"[{"file": "ventes.csv", "line": 3, "message": "x"}]"#)
        let reason = LocalizedText(fr: "date ambiguë", en: "ambiguous date")
        var journal = Self.journal([], warnings: [
            Rejection(location: SourceLocation(file: "ventes.csv", line: 3), reason: reason),
            Rejection(location: SourceLocation(file: "ventes.csv", line: 6), reason: reason),
        ])
        baseline.apply(to: &journal)
        #expect(journal.files[0].warnings.map(\.location.line) == [6])
        #expect(journal.baseline?.known == 1)
    }

    @Test func summaryNamesKnownAndFixed() throws {
        var journal = Self.journal([Self.finding(NumberingRules.duplicate, line: 9, document: "FA-1")])
        journal.baseline = BaselineComparison(path: "base.json", known: 2, fixed: 1)
        #expect(
            TextRenderer(language: .en).render(journal).hasSuffix(
                "Summary: 1 file; 3 documents read, 3 imported, 0 rejected; 1 error, 0 warnings, 0 infos; "
                    + "2 findings already in the baseline base.json not shown, 1 fixed since\n"))
        #expect(
            TextRenderer(language: .fr).render(journal).hasSuffix(
                "Bilan : 1 fichier ; 3 documents lus, 3 importés, 0 rejeté ; 1 erreur, 0 avertissement, 0 info ; "
                    + "2 constats déjà dans la référence base.json non affichés, 1 corrigé depuis\n"))
        let json = JSONRenderer(language: .en, toolVersion: "0").render(journal)
        #expect(json.contains(#""baseline" : {\#n    "fixed" : 1,\#n    "known" : 2,\#n    "path" : "base.json"\#n  }"#))
    }

    @Test func journalWithoutBaselineHasNoBaselineKey() {
        let json = JSONRenderer(language: .en, toolVersion: "0").render(Self.journal([]))
        #expect(!json.contains("baseline"))
    }

    @Test func otherJSONIsRejected() {
        #expect(throws: BaselineError.self) { try Baseline(path: "x.json", bytes: Array(#"{"findings": []}"#.utf8)) }
        do {
            _ = try Baseline(path: "notes.md", bytes: Array("# notes".utf8))
            Issue.record("a Markdown file was read as a baseline")
        } catch {
            #expect(
                error.message.en
                    == "baseline 'notes.md' is not a facturaudit JSON journal: give the file written by 'facturaudit check --format json --output FILE'")
        }
        do {
            _ = try Self.baseline("", tool: "other")
            Issue.record("another tool's journal was read as a baseline")
        } catch {
            #expect(error.message.fr.hasPrefix("la référence 'base.json' vient de l'outil 'other' et non de facturaudit"))
        }
    }
}
