import Foundation
import Testing

/// The commands that write files (`check --output`, `extract -o`, `export -o`, the store
/// commands) leave nothing behind but their output: no `TemporaryDirectory.*` folder in the
/// temporary folder, no stray file beside the output.
@Suite struct TemporaryFolderTests {
    @Test func writingCommandsLeaveOnlyTheirOutputs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-tmp-\(UUID().uuidString)")
        let temporary = root.appendingPathComponent("tmp")
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let environment = ["TMPDIR": temporary.path]
        let store = out.appendingPathComponent("store.db").path
        let commands: [[String]] = [
            ["check", "fixtures/demo", "--output", out.appendingPathComponent("journal.txt").path, "-q"],
            ["check", "fixtures/demo", "--format", "json", "-o", out.appendingPathComponent("journal.json").path, "-q"],
            ["extract", ExtractCommandTests.fixtures + "facturx.pdf", "-o", out.appendingPathComponent("invoice.xml").path],
            ["export", "fixtures/demo", "--to", "csv", "-o", out.appendingPathComponent("export.csv").path],
            ["import", "--db", store, "fixtures/demo", "-q", "-o", out.appendingPathComponent("import.txt").path],
            ["seal", "--db", store, "-q", "-o", out.appendingPathComponent("seal.txt").path],
            ["verify", "--db", store, "-q", "-o", out.appendingPathComponent("verify.txt").path],
            ["export", "--db", store, "--to", "csv", "-o", out.appendingPathComponent("stored.csv").path],
        ]
        for arguments in commands {
            let result = try ToolRunner.run(arguments, environment: environment)
            #expect([0, 1].contains(result.status), "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(
            written.filter { !$0.hasPrefix("store.db") } == [
                "export.csv", "import.txt", "invoice.xml", "journal.json", "journal.txt", "seal.txt", "stored.csv",
                "verify.txt",
            ])
    }
}
