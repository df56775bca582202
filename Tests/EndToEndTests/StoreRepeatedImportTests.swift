import Foundation
import Testing

/// A file imported again after a rejection, and a seal over a store without any issued document:
/// the exit code and the messages must not hide that records are missing.
@Suite struct StoreRepeatedImportTests {
    @Test func repeatedImportRepeatsRejections() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        let csv = try scratch.write(
            "a.csv",
            "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\nFA-2;31/02/2025;120,00\n")
        let first = try ToolRunner.run(["import", csv, "--db", database, "--lang", "en"])
        #expect(first.status == 2)
        #expect(first.stdout.hasPrefix("\(csv):3 (Date): error: [rejected] "))

        let again = try ToolRunner.run(["import", csv, "--db", database, "--lang", "en"])
        #expect(again.status == 2)
        let lines = again.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == first.stdout.split(separator: "\n").first.map(String.init))
        #expect(lines.contains(
            "\(csv): warning: [import] file already imported in batch 1 (same SHA-256): nothing was stored, and the records "
                + "rejected then, repeated here, are still missing from the store: fix them and import the corrected file"))
        #expect(lines.contains("  \(csv) (csv): 1 read, 0 imported, 1 rejected"))
        #expect(again.stderr == "facturaudit: no new file, the store is unchanged\nfacturaudit: 1 input rejected, see the journal\n")
    }

    @Test func cleanRepeatedImportStaysZero() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        #expect(try ToolRunner.run(["import", csv, "--db", database, "--quiet"]).status == 0)
        let again = try ToolRunner.run(["import", csv, "--db", database, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix(
            "\(csv): warning: [import] file already imported in batch 1 (same SHA-256): nothing was stored\n"))
    }

    @Test func sealRejectsStoreWithoutDocument() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        let junk = try scratch.write("junk.csv", "not an invoice export\n")
        #expect(try ToolRunner.run(["import", junk, "--db", database, "--quiet"]).status == 2)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        let english = try ToolRunner.run(["seal", "--db", database, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stdout.isEmpty)
        #expect(english.stderr == "facturaudit: store '\(database)' contains no issued document (only rejected records or drafts): "
            + "import readable invoices before sealing\n")
        let french = try ToolRunner.run(["seal", "--db", database])
        #expect(french.stderr == "facturaudit : la base '\(database)' ne contient aucun document émis (seulement des rejets ou des "
            + "brouillons) : importez des factures lisibles avant de sceller\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
