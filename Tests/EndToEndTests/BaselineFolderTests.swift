import Foundation
import Testing

/// A baseline written from another folder names none of the audited files, so the run warns on
/// standard error instead of counting every known finding as fixed. A folder as baseline is named
/// as a folder.
@Suite struct BaselineFolderTests {
    /// Writes the demo's JSON journal as audited from a copy in another folder, so its paths name
    /// other files than `fixtures/demo`.
    private static func foreignBaseline() throws -> (folder: URL, baseline: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-blf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("export.csv")
        try FileManager.default.copyItem(
            at: ToolRunner.repositoryRoot.appendingPathComponent("fixtures/demo/export-2024-2025.csv"), to: copy)
        let baseline = folder.appendingPathComponent("base.json").path
        let written = try ToolRunner.run(["check", copy.path, "--format", "json", "--output", baseline, "-q"])
        #expect(written.status == 1)
        return (folder, baseline)
    }

    @Test(arguments: ["fr", "en"])
    func baselineNamingNoAuditedFileIsReported(language: String) throws {
        let (folder, baseline) = try Self.foreignBaseline()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(["check", "fixtures/demo/export-2024-2025.csv", "--baseline", baseline, "--lang", language])
        #expect(result.status == 1)
        if language == "en" {
            #expect(result.stderr == "facturaudit: warning: the baseline '\(baseline)' names none of the audited files, so none of its findings is recognised: run the command from the folder the baseline was written in\n")
            #expect(result.stdout.hasSuffix("; 0 findings already in the baseline \(baseline) not shown, 0 fixed since\n"))
        } else {
            #expect(result.stderr == "facturaudit : avertissement : la référence '\(baseline)' ne nomme aucun des fichiers audités, aucun de ses constats n'est donc reconnu : lancez la commande depuis le dossier où la référence a été écrite\n")
            #expect(result.stdout.hasSuffix("; 0 constat déjà dans la référence \(baseline) non affiché, 0 corrigé depuis\n"))
        }
    }

    @Test func quietLeavesTheWarningOut() throws {
        let (folder, baseline) = try Self.foreignBaseline()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(
            ["check", "fixtures/demo/export-2024-2025.csv", "--baseline", baseline, "--lang", "en", "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasSuffix("; 0 findings already in the baseline \(baseline) not shown, 0 fixed since\n"))
    }

    @Test func baselineSharingAFileCountsFixesWithoutWarning() throws {
        let (folder, baseline) = try Self.foreignBaseline()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("export.csv").path
        let result = try ToolRunner.run(["check", copy, "--baseline", baseline, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: ["fr", "en"])
    func folderAsBaselineIsNamedAsFolder(language: String) throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--baseline", "fixtures/", "--lang", language])
        #expect(result.status == 2)
        #expect(result.stderr == (language == "en"
            ? "facturaudit: baseline 'fixtures/' is a folder: give the file written by 'facturaudit check --format json --output FILE'\n"
            : "facturaudit : la référence 'fixtures/' est un dossier : donnez le fichier écrit par 'facturaudit check --format json --output FICHIER'\n"))
    }
}
