import Foundation
import Testing

/// `check` on invoice lists exported as JSON by invoicing tools, through the built binary.
@Suite struct JSONRecordsCheckTests {
    @Test func odooMovesJournal() throws {
        let result = try ToolRunner.run(["check", "fixtures/json/odoo-moves.json", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                fixtures/json/odoo-moves.json:15 ([3]): error: [FR-CORR-08] invoice 'INV/2025/00002' is cancelled but no credit note credits it and no corrective invoice replaces it: issue a credit note

                Numbering series
                  unidentified seller
                    INV/{yyyy}/{counter:5} 2025: first INV/2025/00001, last INV/2025/00002, 2 documents, no gap
                    RINV/{yyyy}/{counter:5} 2025: first RINV/2025/00001, last RINV/2025/00001, 1 document, no gap

                Files
                  fixtures/json/odoo-moves.json (json-records): 4 read, 4 imported, 0 rejected

                As-of date: 2025-02-12 (derived: latest issue or payment date in the data, not after today; set it with --as-of)
                Summary: 1 file; 4 documents read, 4 imported, 0 rejected; 1 error, 0 warnings, 0 infos

                """)
    }

    /// Xero returns invoices and credit notes in separate responses: a credit note's allocation
    /// finds its invoice in the other file, and only the one citing an invoice of neither file is
    /// reported.
    @Test func xeroSplitFilesMatchCredits() throws {
        let folder = "Tests/InvoiceImportTests/Fixtures/json/"
        let result = try ToolRunner.run(
            ["check", folder + "xero-credit-notes.json", folder + "xero-inclusive.json", "--lang", "en"])
        #expect(result.status == 1)
        let credits = result.stdout.split(separator: "\n").filter { $0.contains("[FR-CORR-0") }
        #expect(credits == [
            "\(folder)xero-credit-notes.json:17 (CreditNotes[1]): error: [FR-CORR-04] credit note 'CN-0032' cites invoice 'INV-0199', which this seller never issued",
            "\(folder)xero-inclusive.json:36 (Invoices[3]): error: [FR-CORR-08] invoice 'INV-0104' is cancelled but no credit note credits it and no corrective invoice replaces it: issue a credit note",
        ])
        #expect(result.stdout.contains("CN-{counter:4}: first CN-0031, last CN-0032, 2 documents, no gap"))
    }

    @Test func jsonJournalMatchesSchema() throws {
        let schemaURL = ToolRunner.repositoryRoot.appendingPathComponent("schemas/journal.schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
        let result = try ToolRunner.run(["check", "fixtures/json/odoo-moves.json", "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        let instance = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let problems = JSONSchemaValidator(root: schema).validate(instance)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(result.stdout.contains(#""format" : "json-records""#))
    }

    @Test func rejectedRecordNamesItsLineAndPathAndFailsTheRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sellsy.json")
        try Data(
            #"""
            {"data": [
              {"number": "F-1", "date": "2025-03-03", "status": "due", "amounts": {"total_incl_tax": "120.000"}},
              {"number": "F-2", "date": "2025-03-04", "status": "due", "amounts": {"total_incl_tax": "cent"}}
            ]}
            """#.utf8
        ).write(to: file)
        let result = try ToolRunner.run(["check", file.path, "--lang", "en"])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(folder.path) ? String(line.dropFirst(folder.path.count + 1)) : String(line)
        }
        #expect(
            lines.first
                == "sellsy.json:3 (data[1].amounts.total_incl_tax): error: [rejected] unreadable amount 'cent' at 'data[1].amounts.total_incl_tax': expected a JSON number such as 1250.5 or a text such as \"1250.50\", without an exponent")
        #expect(lines.contains("  \(file.path) (json-records): 2 read, 1 imported, 1 rejected"))
    }

    /// A minified export puts every record on line 1: the JSON path separates them in the
    /// text, CSV and SARIF journals.
    @Test func minifiedRecordsAreNamedByTheirPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-min-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pretty = try Data(contentsOf: ToolRunner.repositoryRoot.appendingPathComponent("fixtures/json/odoo-moves.json"))
        let file = folder.appendingPathComponent("odoo.json")
        try Data(pretty.filter { $0 != 0x0A }).write(to: file)
        let text = try ToolRunner.run(["check", file.path, "--lang", "en"])
        #expect(text.status == 1)
        #expect(
            text.stdout.hasPrefix(
                "\(file.path):1 ([3]): error: [FR-CORR-08] invoice 'INV/2025/00002' is cancelled but no credit note credits it and no corrective invoice replaces it: issue a credit note\n\n"))
        let csv = try ToolRunner.run(["check", file.path, "--lang", "en", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").last?.hasSuffix(",,[3]") == true)
        let sarif = try ToolRunner.run(["check", file.path, "--lang", "en", "--format", "sarif"])
        #expect(sarif.stdout.contains("""
                          "logicalLocations" : [
                            {
                              "fullyQualifiedName" : "[3]"
                            }
                          ],
            """))
    }

    /// Every finding of a minified Stripe list names the object it is about, as the indented
    /// file does with its lines.
    @Test func minifiedStripeListKeepsEachObjectsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-min-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = ToolRunner.repositoryRoot.appendingPathComponent("Tests/InvoiceImportTests/Fixtures/json/stripe-list.json")
        let prettyFile = folder.appendingPathComponent("pretty.json")
        let minifiedFile = folder.appendingPathComponent("minified.json")
        let bytes = try Data(contentsOf: source)
        try bytes.write(to: prettyFile)
        try Data(bytes.filter { $0 != 0x0A }).write(to: minifiedFile)
        // Each file's lines with its name left out, since messages cite records by file too.
        func findingLines(_ file: URL) throws -> [String] {
            let result = try ToolRunner.run(["check", file.path, "--lang", "en", "--as-of", "2025-06-30"])
            return result.stdout.split(separator: "\n").filter { $0.hasPrefix(file.path) }.map {
                String($0).replacing(file.path, with: "")
            }
        }
        let pretty = try findingLines(prettyFile)
        let minified = try findingLines(minifiedFile)
        #expect(!pretty.isEmpty)
        #expect(pretty.allSatisfy { $0.contains(" (data[") })
        // The same findings, each at line 1 with the same path, and so are the records they cite.
        let relocated = pretty.map { line in line.replacing(/:\d+ \(/, with: ":1 (") }
        #expect(minified == relocated)
    }
}
