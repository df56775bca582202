import Foundation
import Testing

/// A credit note citing several invoices keeps its citations through `export --to csv`.
@Suite struct CreditNoteReferenceRoundTripTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-refs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The rule ids and messages of a JSON journal.
    func findings(_ journal: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(journal.utf8)) as? [String: Any]
        let list = try #require(object?["findings"] as? [[String: Any]])
        return list.map { "\($0["rule"] ?? "")|\($0["message"] ?? "")" }
    }

    @Test(arguments: ["fr", "en"])
    func severalCitedInvoicesSurviveTheCSVExport(language: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("ubl")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try MultiReferenceFixture.write(into: documents)
        let exported = folder.appendingPathComponent("export.csv").path

        let options = ["--format", "json", "--lang", "en", "--as-of", "2025-03-31"]
        let fromSource = try ToolRunner.run(["check", documents.path] + options)
        #expect(try findings(fromSource.stdout) == [])
        #expect(fromSource.status == 0)

        let export = try ToolRunner.run(["export", "--to", "csv", documents.path, "-o", exported, "--lang", language])
        #expect(export.status == 0)
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        // The English export separates cells with commas, so it quotes the cells. Each cited
        // invoice keeps its date (BT-26), in the same order.
        let cell =
            language == "fr"
            ? ";VM-2025-0001, VM-2025-0002;03/03/2025, 04/03/2025;"
            : ",\"VM-2025-0001, VM-2025-0002\",\"2025-03-03, 2025-03-04\","
        #expect(text.contains(cell))

        let fromExport = try ToolRunner.run(["check", exported] + options)
        #expect(try findings(fromExport.stdout) == [])
        #expect(fromExport.status == 0)

        let canonical = try ToolRunner.run(["export", "--to", "canonical-json", exported])
        #expect(canonical.stdout.contains("\"number\" : \"VM-2025-0001\""))
        #expect(canonical.stdout.contains("\"number\" : \"VM-2025-0002\""))
        #expect(canonical.stdout.contains("\"issueDate\" : \"2025-03-03\",\n          \"number\" : \"VM-2025-0001\""))
        #expect(canonical.stdout.contains("\"issueDate\" : \"2025-03-04\",\n          \"number\" : \"VM-2025-0002\""))
    }

    @Test func aWrongCitedDateSurvivesTheCSVExport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("ubl")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        var entries = MultiReferenceFixture.entries
        entries[2].cites[1].date = "2025-03-05"
        try MultiReferenceFixture.write(into: documents, entries: entries)
        let exported = folder.appendingPathComponent("export.csv").path

        let options = ["--format", "json", "--lang", "en", "--as-of", "2025-03-31"]
        let expected = [
            "FR-CORR-04|credit note 'VA-2025-0001' cites invoice 'VM-2025-0002' as dated 2025-03-05, but it is dated 2025-03-04: cite the invoice's date (BT-26)"
        ]
        #expect(try findings(ToolRunner.run(["check", documents.path] + options).stdout) == expected)
        #expect(try ToolRunner.run(["export", "--to", "csv", documents.path, "-o", exported, "--lang", "fr"]).status == 0)
        #expect(try String(contentsOfFile: exported, encoding: .utf8).contains(";03/03/2025, 05/03/2025;"))
        #expect(try findings(ToolRunner.run(["check", exported] + options).stdout) == expected)
    }
}
