import Foundation
import Testing

/// An invoice deleted from a later export after sealing: `import`, `verify --db`, `check --db` and
/// `seal` must each make the deletion visible, whether the export keeps its file name or not.
@Suite struct SealedDeletionTests {
    static let demo = "fixtures/demo/export-2024-2025.csv"

    /// Returns the demo export without the rows of `numbers`.
    private static func demoWithout(_ numbers: [String]) throws -> String {
        let text = try String(contentsOf: ToolRunner.repositoryRoot.appendingPathComponent(demo), encoding: .utf8)
        // The export ends its lines with CRLF, one Character in Swift, so split on the byte.
        return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
            .filter { line in !numbers.contains { line.hasPrefix($0 + ";") } }
            .joined(separator: "\n")
    }

    /// Writes the demo export as `name`, imports it into a new store and seals it.
    private static func sealedCopy(in scratch: StoreCommandTests.Scratch, name: String) throws -> (database: String, path: String) {
        let text = try String(contentsOf: ToolRunner.repositoryRoot.appendingPathComponent(demo), encoding: .utf8)
        let path = try scratch.write(name, text)
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", path, "--db", database, "--quiet"]).status == 0)
        #expect(try ToolRunner.run(["seal", "--db", database, "--quiet"]).status == 0)
        return (database, path)
    }

    @Test func deletionUnderNewNameIsReportedByImportAndVerify() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, first) = try Self.sealedCopy(in: scratch, name: "export-2025-01.csv")
        let second = try scratch.write("export-2025-02.csv", try Self.demoWithout(["FA-2025-0005"]))
        let missing =
            "\(first):19: error: [FR-CORR-02] document 'FA-2025-0005' sealed in seal 1 is missing from batch 2 "
            + "although its series is there: find it or explain its removal\n"

        let imported = try ToolRunner.run(["import", second, "--db", database, "--lang", "en"])
        #expect(imported.status == 1)
        #expect(imported.stdout.hasPrefix(missing))
        #expect(imported.stdout.hasSuffix("Summary: 1 file; 21 documents read, 21 imported, 0 rejected; 1 error, 0 warnings, 0 infos\n"))

        let verify = try ToolRunner.run(["verify", "--db", database, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(verify.stdout.hasPrefix(missing + "\n"))
        #expect(verify.stdout.hasSuffix("Summary: 1 file; 21 documents read, 21 imported, 0 rejected; 1 error, 0 warnings, 0 infos\n"))
        // Batch 1 is what was sealed: it compares clean, with its own 22 documents.
        let batchOne = try ToolRunner.run(["verify", "--db", database, "--batch", "1", "--lang", "en"])
        #expect(batchOne.status == 0)
        #expect(batchOne.stdout.hasSuffix("Summary: 1 file; 22 documents read, 22 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
        // The first file still counts for check under its own name, so the gap shows only in verify.
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(!check.stdout.contains("FA-2025-0005\n"))
    }

    @Test func deletionFromSameFileIsReportedEverywhere() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, path) = try Self.sealedCopy(in: scratch, name: "export.csv")
        _ = try scratch.write("export.csv", try Self.demoWithout(["FA-2025-0005"]))

        let imported = try ToolRunner.run(["import", path, "--db", database, "--lang", "en"])
        #expect(imported.status == 1)
        #expect(
            imported.stdout.hasPrefix(
                "\(path):19: error: [FR-CORR-02] document 'FA-2025-0005' sealed in seal 1 is missing from batch 2, "
                    + "which holds a new version of '\(path)': find it or explain its removal\n"))
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("error: [FR-NUM-03] missing number in series FA-{yyyy}-{counter:4}: FA-2025-0005\n"))
        #expect(check.stdout.contains("\n  \(path) (csv): 21 read, 21 imported, 0 rejected\n"))

        let seal = try ToolRunner.run(["seal", "--db", database, "--lang", "en"])
        #expect(seal.status == 1)
        #expect(seal.stdout.contains("[FR-CORR-02] document 'FA-2025-0005' sealed in seal 1 is missing from the store, "))
        #expect(seal.stderr.hasPrefix("facturaudit: nothing was sealed, 1 issued document changed or disappeared since the last seal: "))
    }

    @Test func deletingLastSealedInvoiceOfSameFileIsReported() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, path) = try Self.sealedCopy(in: scratch, name: "export.csv")
        _ = try scratch.write("export.csv", try Self.demoWithout(["FA-2025-0008"]))
        #expect(try ToolRunner.run(["import", path, "--db", database, "--quiet"]).status == 1)
        let verify = try ToolRunner.run(["verify", "--db", database, "--lang", "fr"])
        #expect(verify.status == 1)
        #expect(
            verify.stdout.hasPrefix(
                "\(path):22: erreur: [FR-CORR-02] le document 'FA-2025-0008' scellé (sceau 1) est absent du lot 2, "
                    + "qui contient une nouvelle version de '\(path)' : retrouvez-le ou expliquez sa suppression\n"))
    }
}
