import Foundation
import Testing

/// `facturaudit export --to FORMAT PATH…`: exports of files without a store.
@Suite struct ExportCommandTests {
    static let fixtures = "Tests/InvoiceImportTests/Fixtures/xml"

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func exportedJSONChecksLikeTheSource() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("documents.json").path
        let export = try ToolRunner.run(["export", "--to", "canonical-json", Self.fixtures, "-o", output, "--lang", "en"])
        #expect(export.status == 0)
        #expect(export.stdout.isEmpty)
        #expect(export.stderr.isEmpty)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"documents\" : ["))
        #expect(text.contains("\"file\" : \"\(Self.fixtures)/zugferd1-extended.xml\""))

        let fromSource = try ToolRunner.run(["check", Self.fixtures, "--format", "json", "--lang", "en", "--fail-on", "never"])
        let fromExport = try ToolRunner.run(["check", output, "--format", "json", "--lang", "en", "--fail-on", "never"])
        #expect(fromExport.status == 0)
        let findings = { (journal: String) throws -> [String] in
            let object = try JSONSerialization.jsonObject(with: Data(journal.utf8)) as? [String: Any]
            let list = object?["findings"] as? [[String: Any]] ?? []
            return list.map { "\($0["rule"] ?? "")|\($0["file"] ?? "")|\($0["line"] ?? "")|\($0["message"] ?? "")" }
        }
        #expect(try findings(fromExport.stdout) == findings(fromSource.stdout))

        let again = try ToolRunner.run(["export", "--to", "canonical-json", output])
        #expect(again.status == 0)
        #expect(again.stdout == text)
    }

    @Test func rejectedInputExitsTwoAndIsLeftOut() throws {
        let result = try ToolRunner.run([
            "export", "--to", "canonical-json", "\(Self.fixtures)/ubl-creditnote.xml", "no/such/file.xml", "--lang", "en",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\"number\" : \"AV-2025-003\""))
        #expect(
            result.stderr
                == "no/such/file.xml: path not found: check the spelling and the current directory\nfacturaudit: 1 path not found, left out of the export\n")
    }

    @Test func maximumFileSizeApplies() throws {
        let result = try ToolRunner.run([
            "export", "--to", "canonical-json", "\(Self.fixtures)/ubl-creditnote.xml", "--max-file-size", "100", "--lang", "en",
        ])
        #expect(result.status == 2)
        #expect(result.stdout == "{\n  \"documents\" : [\n\n  ],\n  \"formatVersion\" : 1\n}\n")
        #expect(result.stderr.contains("file too large"))
    }

    @Test func missingTargetIsUsageError() throws {
        let result = try ToolRunner.run(["export", "\(Self.fixtures)/ubl-creditnote.xml", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: missing option --to: name the form to write (canonical-json, csv, lines-csv, fec)\n"))
    }

    @Test func linesCSVFromFiles() throws {
        let result = try ToolRunner.run(["export", "--to", "lines-csv", "\(Self.fixtures)/ubl-creditnote-lines.xml", "--lang", "en"])
        #expect(result.status == 0)
        // The CSV export ends its rows with CRLF: a header and one row per credit-note line.
        #expect(result.stdoutBytes.filter { $0 == 0x0A }.count == 3)
        #expect(result.stdout.contains("AV-2025-0012"))
    }

    /// A draft's provisional number survives `export --to csv|lines-csv` and a re-import of the export.
    @Test(arguments: ["csv", "lines-csv"])
    func provisionalNumberRoundTrips(target: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("export.csv").path
        let source = "Tests/InvoiceImportTests/Fixtures/csv/factures-fr.csv"
        let export = try ToolRunner.run(["export", "--to", target, source, "-o", exported, "--lang", "en"])
        #expect(export.status == 2)  // The fixture has one rejected row on purpose.
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(text.split(separator: "\r\n").first?.hasSuffix(",Provisional number") == true)
        let draftRow =
            target == "csv"
            ? ",2025-01-21,Invoice,,,,,Durand,,,,,10.00,2.00,12.00,,EUR,,,,Draft,,,,(PROV3)\r\n"
            : ",2025-01-21,Invoice,,,EUR,,,,,,,,,(PROV3)\r\n"
        #expect(text.contains(draftRow))

        let again = try ToolRunner.run(["export", "--to", "canonical-json", exported])
        #expect(again.status == 0)
        #expect(again.stdout.components(separatedBy: "\"provisionalNumber\" : \"(PROV3)\"").count == 2)
    }

    /// `check` of a `csv` export gives the demo's findings, due dates and payments included: only
    /// the locations differ.
    @Test(arguments: ["fr", "en"])
    func csvExportChecksLikeTheDemo(language: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("demo.csv").path
        let export = try ToolRunner.run(["export", "--to", "csv", "fixtures/demo", "-o", exported, "--lang", language])
        #expect(export.status == 0)
        let options = ["--format", "json", "--lang", "en", "--as-of", "2025-10-28", "--fail-on", "never"]
        let fromSource = try ToolRunner.run(["check", "fixtures/demo"] + options)
        let fromExport = try ToolRunner.run(["check", exported] + options)
        let findings = { (journal: String) throws -> [String] in
            let object = try JSONSerialization.jsonObject(with: Data(journal.utf8)) as? [String: Any]
            let list = object?["findings"] as? [[String: Any]] ?? []
            return list.map { finding in
                let message = "\(finding["message"] ?? "")".replacing(/[^ ']+\.(csv|xml):[0-9]+/, with: "LOCATION")
                return "\(finding["rule"] ?? "")|\(finding["severity"] ?? "")|\(message)"
            }.sorted()
        }
        let expected = try findings(fromSource.stdout)
        #expect(expected.contains { $0.hasPrefix("FR-STAT-02|error|") })
        #expect(expected.contains { $0.hasPrefix("FR-STAT-07|info|") })
        #expect(try findings(fromExport.stdout) == expected)
    }

    /// `check --format lines-csv` and `export --to lines-csv` write dates the same way in each language.
    @Test(arguments: [("fr", ";08/07/2025;"), ("en", ",2025-07-08,")])
    func linesCSVDatesAgree(language: String, date: String) throws {
        let file = "fixtures/demo/ubl/FA-2025-0009.xml"
        let journal = try ToolRunner.run(["check", file, "--format", "lines-csv", "--lang", language, "--fail-on", "never"])
        let export = try ToolRunner.run(["export", "--to", "lines-csv", file, "--lang", language])
        #expect(journal.stdout.components(separatedBy: "\r\n")[1].contains(date))
        #expect(export.stdout.components(separatedBy: "\r\n")[1].contains(date))
    }

    /// A header-level CSV export, whose documents have no lines, gives one row per document in
    /// both lines CSVs, with empty line cells.
    @Test func linesCSVKeepsDocumentsWithoutLines() throws {
        let file = "fixtures/demo/export-2024-2025.csv"
        let journal = try ToolRunner.run(["check", file, "--format", "lines-csv", "--lang", "en", "--fail-on", "never"])
        let export = try ToolRunner.run(["export", "--to", "lines-csv", file, "--lang", "en"])
        let journalRows = journal.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        let exportRows = export.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(journalRows.count == 22)
        #expect(exportRows.count == 22)
        #expect(
            journalRows.first
                == "fixtures/demo/export-2024-2025.csv,2,FA-2024-0001,2024-01-15,Atelier Lumière SARL,Hôtel des Tilleuls SAS,,,,,,,,")
    }
}
