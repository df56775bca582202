import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func missingPathExitsTwo() throws {
        let result = try ToolRunner.run(["check", "no/such/folder", "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stdout == """
                no/such/folder: error: [rejected] path not found: check the spelling and the current directory

                Numbering series
                  no series

                Files
                  no/such/folder: path not found

                Summary: 0 files, 1 path not found; 0 documents read, 0 imported, 0 rejected; 0 errors, 0 warnings, 0 infos

                """)
        #expect(result.stderr == "facturaudit: 1 path not found, see the journal\n")
    }

    /// A missing path beside a real file counts as no record, in French and in the JSON journal.
    @Test func missingPathIsNoRecord() throws {
        let file = "fixtures/demo/ubl/FA-2025-0009.xml"
        let french = try ToolRunner.run(["check", "absent.csv", "nope/", file, "--fail-on", "never"])
        #expect(french.status == 2)
        #expect(french.stdout.contains("\n  absent.csv : chemin introuvable\n  nope/ : chemin introuvable\n"))
        #expect(
            french.stdout.hasSuffix(
                "Bilan : 1 fichier, 2 chemins introuvables ; 1 document lu, 1 importé, 0 rejeté ; 0 erreur, 1 avertissement, 0 info\n"))
        #expect(french.stderr == "facturaudit : 2 chemins introuvables, voir le journal\n")

        let json = try ToolRunner.run(["check", "absent.csv", file, "--format", "json", "--lang", "en", "--fail-on", "never"])
        #expect(json.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let summary = try #require(object?["summary"] as? [String: Int])
        #expect(summary["files"] == 1)
        #expect(summary["pathsNotFound"] == 1)
        #expect(summary["read"] == 1)
        #expect(summary["rejected"] == 0)
        let files = try #require(object?["files"] as? [[String: Any]])
        #expect(files.first?["pathNotFound"] as? Bool == true)
        #expect(files.first?["read"] as? Int == 0)
        #expect(files.last?["pathNotFound"] == nil)
    }

    @Test func unknownOptionIsUsageError() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--colour", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "facturaudit: unknown option '--colour' for check\nRun 'facturaudit help check' for the options.\n")
    }

    @Test func invalidChoiceIsUsageErrorInFrench() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit : valeur 'pdf' invalide pour --format : valeurs possibles text, json, csv, lines-csv, html, junit, sarif, markdown\n"))
    }

    @Test func noArgumentsPrintsUsage() throws {
        let result = try ToolRunner.run([])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Usage : facturaudit check CHEMIN… [options]"))
    }

    @Test(arguments: [("fr", "facturaudit : audit des factures"), ("en", "facturaudit: audit invoices")])
    func helpGoesToStdout(language: String, start: String) throws {
        let result = try ToolRunner.run(["--help"], environment: ["FACTURAUDIT_LANG": language])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(start))
        #expect(result.stderr.isEmpty)
    }

    @Test func localeSelectsLanguage() throws {
        let english = try ToolRunner.run(["--help"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.stdout.hasPrefix("facturaudit: audit invoices"))
        let french = try ToolRunner.run(["--help"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(french.stdout.hasPrefix("facturaudit : audit des factures"))
    }

    @Test func languageOptionBeforeCommand() throws {
        let result = try ToolRunner.run(["--lang", "en", "explain", "FR-NUM-03"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("FR-NUM-03 — gap in the numbering\n"))
        let alone = try ToolRunner.run(["--lang", "en"])
        #expect(alone.status == 64)
        #expect(alone.stderr.hasPrefix("Usage: facturaudit check PATH… [options]\n"))
    }

    @Test func unknownLanguageVariableIsWarned() throws {
        let result = try ToolRunner.run(["explain", "FR-NUM-01", "--lang", "en"], environment: ["FACTURAUDIT_LANG": "de"])
        #expect(result.status == 0)
        #expect(result.stderr == "facturaudit: FACTURAUDIT_LANG='de' ignored: expected fr or en\n")
    }

    @Test func emptyRuleIdIsUsageError() throws {
        let result = try ToolRunner.run(["explain", "", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: missing rule id: for example facturaudit explain FR-NUM-03\n"))
    }

    @Test func failOnNeverExitsZeroOnFindings() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--fail-on", "never"])
        #expect(result.status == 0)
    }

    @Test func outputFileIsWrittenEvenWhenFindingsFail() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("journal.json").path
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "json", "--output", output])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        let direct = try ToolRunner.run(["check", "fixtures/demo", "--format", "json"])
        #expect(written == direct.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["journal.json"])
    }

    @Test func htmlOutputFileIsWrittenWhenFindingsFail() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("rapport.html").path
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "html", "--output", output])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        let direct = try ToolRunner.run(["check", "fixtures/demo", "--format", "html"])
        #expect(written == direct.stdout)
        #expect(written.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport.html"])
    }

    @Test func rulesListsCatalogue() throws {
        let result = try ToolRunner.run(["rules", "--lang", "en"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let ids = rows.map { String($0[0]) }
        let ours = ["FA-CALC-01", "FA-CALC-02", "FA-CALC-03", "FA-CALC-04", "FA-CALC-05", "FA-SEAL-01", "FA-SEAL-02",
                    "FR-CORR-01", "FR-CORR-02", "FR-CORR-03", "FR-CORR-04", "FR-CORR-05", "FR-NUM-01", "FR-NUM-02",
                    "FR-NUM-03", "FR-NUM-04", "FR-NUM-07"]
        #expect(Set(ours).isSubset(of: Set(ids.filter { !$0.hasPrefix("BR-") })))
        let french: Set<String> = [
            "FA-MIG-01", "FR-CORR-08", "FR-DEP-05", "FR-EINV-01", "FR-ID-01", "FR-MENT-04", "FR-NUM-05", "FR-NUM-06",
            "FR-PAY-03", "FR-REF-02", "FR-SPEC-05", "FR-STAT-02", "FR-TERM-01", "FR-VAT-01",
        ]
        #expect(french.isSubset(of: Set(ids)))
        // The 223 rules of the CEN 1.3.16 artefacts, BR-CO-25 excepted (removed from them), and
        // the Factur-X EXTENDED totals variants.
        #expect(ids.filter { $0.hasPrefix("BR-") && !$0.hasPrefix("BR-FXEXT-") }.count == 223)
        #expect(
            ids.filter { $0.hasPrefix("BR-FXEXT-") }
                == ["BR-FXEXT-CO-10", "BR-FXEXT-CO-11", "BR-FXEXT-CO-12", "BR-FXEXT-CO-13", "BR-FXEXT-CO-15", "BR-FXEXT-CO-16"])
        #expect(
            ids.filter { $0.hasPrefix("UBL-") }
                == ["UBL-DT-01", "UBL-DT-06", "UBL-DT-07", "UBL-SR-12", "UBL-SR-18", "UBL-SR-42", "UBL-SR-44", "UBL-SR-47"])
        #expect(ids.contains("BR-CO-10") && ids.contains("BR-S-08") && ids.contains("BR-CL-23") && ids.contains("BR-DEC-28"))
        #expect(ids == ids.sorted())
        // id, severity, French title, English title, reference.
        #expect(rows.allSatisfy { $0.count == 5 && $0.allSatisfy { !$0.isEmpty } })
        let first = rows.first { $0[0] == "BR-01" }.map { $0.map(String.init) }
        #expect(first == ["BR-01", "error", "identifiant de spécification (BT-24) absent", "specification identifier (BT-24) missing",
                          "EN 16931-1 BR-01; CEN EN 16931 validation artefacts 1.3.16"])
    }
}

/// docs/rules.md and docs/rules.fr.md are generated from the catalogue; this fails when they drift.
@Suite struct RuleDocsTests {
    @Test(arguments: [("en", "docs/rules.md"), ("fr", "docs/rules.fr.md")])
    func ruleDocsMatchCatalogue(language: String, path: String) throws {
        let result = try ToolRunner.run(["rules", "--format", "markdown", "--lang", language])
        #expect(result.status == 0)
        let committed = try String(contentsOf: ToolRunner.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        #expect(committed == result.stdout, "regenerate with: facturaudit rules --format markdown --lang \(language) > \(path)")
    }

    @Test func ruleDocsExplainEveryRule() throws {
        let page = try ToolRunner.run(["rules", "--format", "markdown", "--lang", "en"]).stdout
        let ids = try ToolRunner.run(["rules"]).stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").first }
        let headings = page.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { $0.dropFirst(4) }
        #expect(headings == ids)
        #expect(page.contains("| [FA-NUM-01](#fa-num-01) | warning | number without a counter: continuity not checkable |"))
        #expect(page.contains("""
            ### FR-NUM-07

            **draft carrying a final number** (warning). Reference: BOI-TVA-DECLA-30-20-20-10 §§ 70-100

            A draft must not carry a final number, because a number is assigned only at issue and an abandoned draft would leave a gap.

            Example: FA-2025-0001 to FA-2025-0003, then a draft numbered FA-2025-0004

            ```text
            export.csv:5: warning: [FR-NUM-07] 
            """))
    }
}

@Suite struct MappingFileTests {
    @Test func misspeltSettingIsRejected() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mapping-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"colums": {}, "dateFormat": "dd/mm/yyyy"}"#.utf8).write(to: URL(fileURLWithPath: path))
        let result = try ToolRunner.run(["check", "fixtures/demo", "--mapping", path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("facturaudit: CSV mapping file '\(path)' cannot be used: unknown setting 'colums': known settings are columns,"))
    }
}
