import Foundation
import Testing

/// `verify` reads the files it compares as `import` read them: with the configuration
/// (`facturaudit.json` or `--config`) and the CSV mapping it names. It reports what changed since
/// the seal, and leaves the FEC format findings to `import` and `check`.
@Suite struct VerifyConfigurationTests {
    /// A CSV whose number column only the mapping names, with US dates that it declares.
    static let export = """
        Réf. pièce;Date;Client;Émetteur;SIREN émetteur;Total HT;TVA;Total TTC
        FA-1;01/02/2025;Client SAS;Alpha SARL;732829320;100,00;20,00;120,00
        FA-2;01/13/2025;Client SAS;Alpha SARL;732829320;100,00;20,00;120,00

        """
    static let mapping = #"{"columns": {"number": "Réf. pièce"}, "dateFormat": "mm/dd/yyyy"}"#

    static func run(_ arguments: [String], in folder: URL) throws -> ToolRunner.Result {
        try ToolRunner.run(arguments + ["--lang", "en"], workingDirectory: folder)
    }

    /// Writes the export, the mapping and `settings/facturaudit.json` naming it, then imports and seals
    /// the export with that configuration: `--config` when `explicit`, else a copy in the current folder.
    static func sealedExport(explicit: Bool) throws -> StoreCommandTests.Scratch {
        let scratch = try StoreCommandTests.Scratch()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("settings"), withIntermediateDirectories: true)
        _ = try scratch.write("export.csv", export)
        _ = try scratch.write("settings/mapping.json", mapping)
        _ = try scratch.write("settings/facturaudit.json", #"{"csvMapping": "mapping.json"}"#)
        if !explicit { _ = try scratch.write("facturaudit.json", #"{"csvMapping": "settings/mapping.json"}"#) }
        let config = explicit ? ["--config", "settings/facturaudit.json"] : []
        let imported = try run(["import", "export.csv", "--db", "s.db"] + config, in: scratch.url)
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("  export.csv (csv): 2 read, 2 imported, 0 rejected\n"))
        #expect(try run(["seal", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        return scratch
    }

    static func findingLines(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).filter { $0.contains(": [") }
    }

    @Test func verifyReadsTheCurrentFolderConfiguration() throws {
        let scratch = try Self.sealedExport(explicit: false)
        let verify = try Self.run(["verify", "--db", "s.db", "export.csv"], in: scratch.url)
        #expect(Self.findingLines(verify.stdout) == [])
        #expect(verify.stdout.contains("  export.csv (csv): 2 read, 2 imported, 0 rejected\n"))
        #expect(verify.status == 0)
    }

    @Test func verifyReadsTheConfigOption() throws {
        let scratch = try Self.sealedExport(explicit: true)
        let verify = try Self.run(["verify", "--db", "s.db", "export.csv", "--config", "settings/facturaudit.json"], in: scratch.url)
        #expect(Self.findingLines(verify.stdout) == [])
        #expect(verify.status == 0)
        // Without the configuration the number column is not found: the file cannot be compared.
        let bare = try Self.run(["verify", "--db", "s.db", "export.csv"], in: scratch.url)
        #expect(bare.status == 2)
        #expect(bare.stdout.contains("  export.csv (csv): 1 read, 0 imported, 1 rejected\n"))
    }

    @Test func missingConfigOptionFileStopsVerify() throws {
        let scratch = try Self.sealedExport(explicit: true)
        let verify = try Self.run(["verify", "--db", "s.db", "export.csv", "--config", "nope.json"], in: scratch.url)
        #expect(verify.status == 2)
        #expect(
            verify.stderr
                == "facturaudit: configuration file 'nope.json' not found or unreadable: check the path given to --config\n")
    }

    /// The FEC findings of the compared file are not verify's: import reported them, and the seal matches.
    @Test func verifyLeavesFECFindingsToImport() throws {
        let scratch = try StoreFECFindingsTests.scratchWithFEC()
        let imported = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db"], in: scratch.url)
        #expect(StoreFECFindingsTests.fecLines(imported.stdout) == StoreFECFindingsTests.expectedEN)
        #expect(try Self.run(["seal", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        let verify = try Self.run(["verify", "--db", "s.db", "exports/ventes-2026.txt"], in: scratch.url)
        #expect(Self.findingLines(verify.stdout) == [])
        #expect(verify.status == 0)
        let batch = try Self.run(["verify", "--db", "s.db"], in: scratch.url)
        #expect(Self.findingLines(batch.stdout) == [])
        #expect(batch.status == 0)
    }
}
