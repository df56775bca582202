import Foundation
import Testing

/// `--output -` and `-o -` write to standard output, as Unix tools read `-`, and never create a
/// file named `-` (docs/reports.md, "Output files").
@Suite struct DashOutputTests {
    private static let dashFile = ToolRunner.repositoryRoot.appendingPathComponent("-").path

    @Test func checkDashWritesStdout() throws {
        let plain = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--quiet"])
        #expect(plain.stdout.hasPrefix("fixtures/demo/"))
        for spelling in [["-o", "-"], ["--output", "-"], ["--output=-"]] {
            let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--quiet"] + spelling)
            #expect(result.status == 1)
            #expect(result.stdout == plain.stdout)
            #expect(result.stderr.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: Self.dashFile))
    }

    @Test func exportExtractDashWriteStdout() throws {
        let export = try ToolRunner.run(["export", "--to", "canonical-json", "fixtures/demo/ubl", "-o", "-", "--quiet"])
        #expect(export.status == 0)
        #expect(export.stdout.hasPrefix("{\n  \"documents\" : [\n"))
        #expect(export.stdout == (try ToolRunner.run(["export", "--to", "canonical-json", "fixtures/demo/ubl", "--quiet"]).stdout))

        let pdf = "fixtures/migration/new-tool/FA-2025-0009.pdf"
        let extract = try ToolRunner.run(["extract", pdf, "--output", "-"])
        #expect(extract.status == 0)
        #expect(extract.stdoutBytes == (try ToolRunner.run(["extract", pdf]).stdoutBytes))
        #expect(extract.stdout.hasPrefix("<?xml"))
        #expect(!FileManager.default.fileExists(atPath: Self.dashFile))
    }

    @Test(arguments: ["aging", "dunning"]) func receivablesDashWriteStdout(command: String) throws {
        let plain = try ToolRunner.run([command, "fixtures/demo", "--lang", "en", "--format", "csv"])
        #expect(plain.stdout.contains("Librairie du Canal SAS"))
        let result = try ToolRunner.run([command, "fixtures/demo", "--lang", "en", "--format", "csv", "-o", "-"])
        #expect(result.status == 0)
        #expect(result.stdout == plain.stdout)
        #expect(!FileManager.default.fileExists(atPath: Self.dashFile))
    }

    @Test func storeCommandsDashWriteStdout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("s.db").path

        let imported = try ToolRunner.run(["import", "fixtures/demo/ubl", "--db", store, "--format", "json", "-o", "-", "--quiet"])
        #expect(imported.status == 0)
        #expect(imported.stdout.hasPrefix("{"))
        let sealed = try ToolRunner.run(["seal", "--db", store, "-o", "-", "--lang", "en", "--quiet"])
        #expect(sealed.status == 0)
        #expect(sealed.stdout.hasPrefix("Seal 1\n"))
        #expect(!FileManager.default.fileExists(atPath: Self.dashFile))
    }
}
