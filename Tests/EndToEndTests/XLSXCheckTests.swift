import Foundation
import Testing

/// `check`, `export` and folder reading on an Excel workbook give what the CSV it was made from
/// gives. fixtures/xlsx/factures.xlsx is written from factures.csv by make-workbooks.py.
@Suite struct XLSXCheckTests {
    static let csv = "fixtures/xlsx/factures.csv"
    static let workbook = "fixtures/xlsx/factures.xlsx"

    /// Rewrites the workbook's locations and format in an output as the CSV's.
    static func asCSV(_ output: String) -> String {
        output.replacing("factures.xlsx:Factures!", with: "factures.csv:").replacing("factures.xlsx", with: "factures.csv")
            .replacing("(xlsx)", with: "(csv)").replacing("\"xlsx\"", with: "\"csv\"")
    }

    @Test(arguments: ["en", "fr"])
    func textJournalMatchesTheCSV(language: String) throws {
        let fromCSV = try ToolRunner.run(["check", Self.csv, "--lang", language])
        let fromWorkbook = try ToolRunner.run(["check", Self.workbook, "--lang", language])
        #expect(fromWorkbook.status == fromCSV.status)
        #expect(fromWorkbook.status == 1)
        #expect(Self.asCSV(fromWorkbook.stdout) == fromCSV.stdout)
        #expect(fromWorkbook.stdout.hasPrefix("fixtures/xlsx/factures.xlsx:Factures!4: "))
    }

    @Test func jsonJournalMatchesTheCSVAndSchema() throws {
        let fromCSV = try ToolRunner.run(["check", Self.csv, "--format", "json", "--lang", "en"])
        let fromWorkbook = try ToolRunner.run(["check", Self.workbook, "--format", "json", "--lang", "en"])
        // Without its `sheet` fields and the commas they move, the workbook's journal is the CSV's.
        func comparable(_ json: String) -> [Substring] {
            json.split(separator: "\n").filter { !$0.contains(#""sheet" : "#) }.map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
        }
        #expect(comparable(Self.asCSV(fromWorkbook.stdout)) == comparable(fromCSV.stdout))
        #expect(fromWorkbook.stdout.contains(#""format" : "xlsx""#))
        #expect(fromWorkbook.stdout.components(separatedBy: #""sheet" : "Factures""#).count == 4)
        let schemaURL = ToolRunner.repositoryRoot.appendingPathComponent("schemas/journal.schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
        let instance = try JSONSerialization.jsonObject(with: Data(fromWorkbook.stdout.utf8))
        #expect(JSONSchemaValidator(root: schema).validate(instance).isEmpty)
    }

    @Test func exportWritesTheCSVDocuments() throws {
        let fromCSV = try ToolRunner.run(["export", "--to", "csv", Self.csv, "--lang", "en"])
        let fromWorkbook = try ToolRunner.run(["export", "--to", "csv", Self.workbook, "--lang", "en"])
        #expect(fromWorkbook.status == 0)
        #expect(Self.asCSV(fromWorkbook.stdout) == fromCSV.stdout)
        #expect(fromWorkbook.stdout.contains("F-2025-004"))
    }

    @Test func storeKeepsTheSheetOfEachDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("factures.sqlite").path
        let imported = try ToolRunner.run(["import", Self.workbook, "--db", store, "--lang", "en"])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("fixtures/xlsx/factures.xlsx (xlsx): 4 read, 4 imported, 0 rejected"))
        let fromStore = try ToolRunner.run(["check", "--db", store, "--lang", "en"])
        let fromFile = try ToolRunner.run(["check", Self.workbook, "--lang", "en"])
        let findings = { (output: String) in output.split(separator: "\n").filter { $0.contains(": error: [") } }
        #expect(findings(fromStore.stdout) == findings(fromFile.stdout))
        #expect(findings(fromStore.stdout).first?.hasPrefix("fixtures/xlsx/factures.xlsx:Factures!4: ") == true)
    }

    @Test func folderReadsWorkbooksAndRejectsOldExcel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: ToolRunner.repositoryRoot.appendingPathComponent(Self.workbook), to: folder.appendingPathComponent("janvier.xlsx"))
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.stdout.contains("/janvier.xlsx (xlsx): 4 read, 4 imported, 0 rejected"))

        let old = folder.appendingPathComponent("ancien.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: old)
        let refused = try ToolRunner.run(["check", old.path, "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stdout.contains("ancien.xls: error: [rejected] Excel 97-2003 workbook (.xls) or password-protected workbook"))
    }
}
