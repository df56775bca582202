import Foundation
import Testing

@Suite struct StoreCommandTests {
    /// A scratch folder removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-store-e2e-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws -> String {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
            return path(name)
        }
    }

    @Test func randomBytesStoreExitsTwo() throws {
        let scratch = try Scratch()
        let database = scratch.path("noise.db")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: URL(fileURLWithPath: database))
        let result = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("facturaudit: '\(database)' is not a readable SQLite database (damaged file or another format)"))
    }

    @Test func foreignSQLiteDatabaseExitsTwoUntouched() throws {
        let scratch = try Scratch()
        let database = scratch.path("other.db")
        // A store with its application id cleared stands for another application's database:
        // valid SQLite, tables present, no facturaudit identity.
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        #expect(try ToolRunner.run(["import", csv, "--db", database, "--quiet"]).status == 0)
        // Clear the application id bytes (offset 68 of the header) so the file looks like another app's.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: database)))
        bytes.replaceSubrange(68..<72, with: [0, 0, 0, 0])
        try Data(bytes).write(to: URL(fileURLWithPath: database))
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let result = try ToolRunner.run(["import", csv, "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("facturaudit: '\(database)' is an SQLite database of another application"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test func missingDatabaseOptionIsUsageError() throws {
        let result = try ToolRunner.run(["seal", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: seal requires --db FILE, the facturaudit SQLite store\n"))
    }

    @Test func unknownBatchExitsTwo() throws {
        let scratch = try Scratch()
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let database = scratch.path("s.db")
        _ = try ToolRunner.run(["import", csv, "--db", database, "--quiet"])
        let result = try ToolRunner.run(["export", "--db", database, "--to", "csv", "--batch", "4", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "facturaudit: unknown batch 4: the store holds batches 1…1\n")
    }

    @Test func csvExportQuotesAndNeutralisesCells() throws {
        let scratch = try Scratch()
        let csv = try scratch.write(
            "a.csv",
            "N° facture;Date;Type;Client;Total HT;TVA;Total TTC\n"
                + "FA-1;02/01/2025;Avoir;\"=HYPERLINK(\"\"x\"\"); Dupont\";-100,00;-20,00;-120,00\n")
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", csv, "--db", database, "--quiet"]).status == 0)
        let french = try ToolRunner.run(["export", "--db", database, "--to", "csv", "--lang", "fr"])
        #expect(french.status == 0)
        let lines = french.stdout.components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "\u{FEFF}N° facture;Date;Type;Émetteur;SIREN émetteur;SIRET émetteur;TVA intracom émetteur;Client;SIREN client;SIRET client;TVA intracom client;Total lignes HT;Total HT;TVA;Total TTC;Reste à payer;Devise;Échéance;Facture d'origine;Date facture d'origine;Statut;Montant payé;Montant remboursé;Date de paiement;N° provisoire")
        #expect(lines[1] == "FA-1;02/01/2025;Avoir;;;;;\"'=HYPERLINK(\"\"x\"\"); Dupont\";;;;;-100,00;-20,00;-120,00;;;;;;;;;;")
        let english = try ToolRunner.run(["export", "--db", database, "--to", "csv", "--lang", "en"])
        #expect(
            english.stdout.components(separatedBy: "\r\n")[1]
                == "FA-1,2025-01-02,Credit note,,,,,\"'=HYPERLINK(\"\"x\"\"); Dupont\",,,,,-100.00,-20.00,-120.00,,,,,,,,,,")
    }

    @Test func csvExportReadsBackThroughCheck() throws {
        let scratch = try Scratch()
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", "fixtures/demo", "--db", database, "--quiet"]).status == 0)
        let export = try ToolRunner.run(["export", "--db", database, "--to", "csv", "--lang", "fr"])
        let exported = try scratch.write("export.csv", export.stdout)
        let journal = try ToolRunner.run(["check", exported, "--lang", "en"])
        #expect(journal.status == 1)
        #expect(journal.stdout.contains("Summary: 1 file; 25 documents read, 25 imported, 0 rejected;"))
        // The document CSV has no payment or due-date columns, so only the status rules go quiet.
        for rule in ["FR-CORR-05", "FR-DEP-05", "FR-NUM-02", "FR-NUM-03", "FR-NUM-07"] {
            #expect(journal.stdout.contains("[\(rule)]"), "\(rule) after the round trip")
        }
        #expect(journal.stdout.contains("[FR-NUM-03] missing number in series FA-{yyyy}-{counter:4}: FA-2024-0007"))
    }

    @Test func verifyWithoutSealExitsTwo() throws {
        let scratch = try Scratch()
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let database = scratch.path("s.db")
        _ = try ToolRunner.run(["import", csv, "--db", database, "--quiet"])
        let result = try ToolRunner.run(["verify", "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "facturaudit: store '\(database)' has no seal: run 'facturaudit seal --db \(database)' first\n")
    }
}
