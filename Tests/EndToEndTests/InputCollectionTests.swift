import Foundation
import Testing

/// How folders, links and repeated paths become the list of files to import.
@Suite struct InputCollectionTests {
    static let csv = "N° facture;Date;Total HT;TVA;Total TTC;Émetteur;SIREN émetteur\nF-1;02/01/2025;100,00;20,00;120,00;Alpha;732829320\n"

    func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data(Self.csv.utf8).write(to: folder.appendingPathComponent("a/x.csv"))
        return folder
    }

    @Test func symlinkLoopReadsEachFileOnce() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "a/x.csv")
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en", "--format", "json"])
        let journal = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(journal["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files.first?["path"] as? String == "\(folder.path)/a/x.csv")
        #expect(result.status == 0)
    }

    @Test func brokenLinkInFolderIsNamedAsSuch() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("a/gone.csv").path, withDestinationPath: "missing.csv")
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix(
            "\(folder.path)/a/gone.csv: error: [rejected] broken symbolic link found in the folder: its target does not exist, remove the link or restore the target\n"))
    }

    /// The 165-byte owner file Excel writes beside an open workbook: a user name, padded.
    static let excelOwnerFile = Data([0x05] + Array("Alice".utf8) + [UInt8](repeating: 0x20, count: 49) + [0x05, 0x00]
        + Array("A\0l\0i\0c\0e\0".utf8) + [UInt8](repeating: 0, count: 100))

    @Test func workbookLockFilesInAFolderAreSkippedWithANote() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.excelOwnerFile.write(to: folder.appendingPathComponent("a/~$ventes.xlsx"))
        try Data("Alice,poste1,alice,05.12.2026 10:00,".utf8).write(to: folder.appendingPathComponent("a/.~lock.ventes.xlsx#"))
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("Summary: 1 file; 1 document read, 1 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
        #expect(
            result.stderr
                == "facturaudit: 1 lock file skipped, for example \(folder.path)/a/~$ventes.xlsx: Excel or LibreOffice writes one beside an open workbook; the workbook itself is read, save it before the audit\n")
        let french = try ToolRunner.run(["check", folder.path, "--lang", "fr"])
        #expect(
            french.stderr
                == "facturaudit : 1 fichier de verrou ignoré, par exemple \(folder.path)/a/~$ventes.xlsx : Excel ou LibreOffice l'écrit à côté d'un classeur ouvert ; le classeur lui-même est lu, enregistrez-le avant l'audit\n")
    }

    @Test func workbookLockFileGivenAsAPathIsRejectedAsSuch() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lock = folder.appendingPathComponent("~$ventes.xlsx")
        try Self.excelOwnerFile.write(to: lock)
        let result = try ToolRunner.run(["check", lock.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix(
            "\(lock.path): error: [rejected] lock file of a workbook open in Excel or LibreOffice, not a workbook: give the path of the workbook itself (without `~$` or `.~lock.`)\n"))
        let french = try ToolRunner.run(["check", lock.path, "--lang", "fr"])
        #expect(french.stdout.hasPrefix(
            "\(lock.path): erreur: [rejet] fichier de verrou d'un classeur ouvert dans Excel ou LibreOffice, pas un classeur : donnez le chemin du classeur lui-même (sans `~$` ni `.~lock.`)\n"))
    }

    @Test func pathGivenTwiceIsReadOnce() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a/x.csv").path
        let result = try ToolRunner.run(["check", file, file, folder.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("Summary: 1 file; 1 document read, 1 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
    }

    @Test func folderWithoutInvoicesExitsTwo() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a/x.csv"))
        try Data("notes".utf8).write(to: folder.appendingPathComponent("a/notes.odt"))
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("\(folder.path): error: [rejected] no invoice file in this folder"))
        #expect(result.stderr.hasPrefix("facturaudit: 1 file skipped for its extension, for example \(folder.path)/a/notes.odt\n"))
    }

    @Test func emptyFolderIsNoDocument() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let file = folder.appendingPathComponent("a/x.csv").path
        let result = try ToolRunner.run(["check", empty, file, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\n  \(empty): folder with no invoice file\n"))
        #expect(result.stdout.hasSuffix("Summary: 1 file, 1 empty folder; 1 document read, 1 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
        #expect(result.stderr == "facturaudit: 1 folder with no invoice file, see the journal\n")
        let french = try ToolRunner.run(["check", empty, "--lang", "fr"])
        #expect(french.status == 2)
        #expect(french.stdout.hasSuffix("Bilan : 0 fichier, 1 dossier vide ; 0 document lu, 0 importé, 0 rejeté ; 0 erreur, 0 avertissement, 0 info\n"))
    }

    @Test func emptyFileIsOneRejectionSayingSo() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a/x.csv").path
        try Data().write(to: URL(fileURLWithPath: file))
        let result = try ToolRunner.run(["check", file, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("\(file): error: [rejected] empty file: the export holds nothing, check that it was written completely\n"))
        #expect(result.stdout.hasSuffix("Summary: 1 file; 1 document read, 0 imported, 1 rejected; 0 errors, 0 warnings, 0 infos\n"))
    }

    @Test func importWarningsFailWithFailOnWarning() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 0xE9 is é in Windows-1252 and invalid UTF-8, so the importer warns about the encoding.
        var bytes = Array("Numero;Date;Total HT;TVA;Total TTC;Client\nF-1;02/01/2025;100,00;20,00;120,00;Soci".utf8)
        bytes += [0xE9, 0x0A]
        try Data(bytes).write(to: folder.appendingPathComponent("a/x.csv"))
        let lenient = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasSuffix("0 errors, 1 warning, 0 infos\n"))
        let strict = try ToolRunner.run(["check", folder.path, "--lang", "en", "--fail-on", "warning"])
        #expect(strict.status == 1)
    }

    @Test func subcommandHelpExitsZero() throws {
        let result = try ToolRunner.run(["check", "--help"], environment: ["FACTURAUDIT_LANG": "en_GB.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("facturaudit check: audit files or folders"))
    }

    @Test func emptyOutputPathIsUsageError() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--output", "", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: option --output requires a non-empty file path\n"))
    }
}

@Suite struct OutputSafetyTests {
    @Test func outputThatIsAnInputIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-out-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.csv")
        try Data(InputCollectionTests.csv.utf8).write(to: file)
        let result = try ToolRunner.run(["check", folder.path, "--output", file.path, "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: --output '\(file.path)' is also an audited input: choose another file for the journal\n"))
        #expect(try String(contentsOf: file, encoding: .utf8) == InputCollectionTests.csv)
    }

    @Test func configurationFileInFolderIsNotAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(InputCollectionTests.csv.utf8).write(to: folder.appendingPathComponent("export.csv"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("facturaudit.json"))
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Summary: 1 file;"))
    }

    @Test func rulesRejectsUnknownLanguage() throws {
        let result = try ToolRunner.run(["rules", "--lang", "xx"])
        #expect(result.status == 64)
    }
}

@Suite struct ExtractInputTests {
    @Test func extractOnCSVSaysNotAPDF() throws {
        let result = try ToolRunner.run(["extract", "fixtures/demo/export-2024-2025.csv", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("this file is not a PDF (it does not start with %PDF-)"))
    }
}
