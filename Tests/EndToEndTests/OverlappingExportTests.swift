import Foundation
import Testing

@testable import facturaudit

/// Copies of one invoice in two sources are one invoice: two overlapping exports given as two paths,
/// and a canonical-JSON backup imported back into its own store.
@Suite struct OverlappingExportTests {
    typealias Junction = StoreJunctionTests

    /// Writes `h1.csv`, the first two rows of `full.csv` byte for byte. The third invoice of
    /// `full.csv` states a total with VAT that is not its total without VAT plus VAT.
    static func exports(in scratch: StoreCommandTests.Scratch) throws -> (half: String, full: String) {
        let rows = [
            Junction.row("FA-2026-0001", "06/01/2026"), Junction.row("FA-2026-0002", "07/01/2026"),
            "FA-2026-0003;08/01/2026;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;794381020;100,00;20,00;130,00",
        ]
        let half = try scratch.write("h1.csv", ([Junction.header] + rows.prefix(2)).joined(separator: "\n") + "\n")
        let full = try scratch.write("full.csv", ([Junction.header] + rows).joined(separator: "\n") + "\n")
        return (half, full)
    }

    @Test func overlappingExportsGivenAsTwoPathsCountEachInvoiceOnce() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (half, full) = try Self.exports(in: scratch)
        let files = try ToolRunner.run(["check", half, full, "--lang", "en"])
        #expect(!files.stdout.contains("FA-MIG-01"))
        let findings = files.stdout.split(separator: "\n").filter { $0.contains(": [") }
        #expect(
            findings == [
                "\(full):2: warning: [FR-NUM-02] 'FA-2026-0001' repeats the document at \(half):2 with the same content: the same invoice is in both '\(half)' and '\(full)' and is counted once, not as an overlap between two tools",
                "\(full):3: warning: [FR-NUM-02] 'FA-2026-0002' repeats the document at \(half):3 with the same content: the same invoice is in both '\(half)' and '\(full)' and is counted once, not as an overlap between two tools",
                "\(full):4: error: [FA-CALC-05] total with VAT (BT-112) declared 130.00, expected 100.00 + 20.00 = 120.00",
            ])
        #expect(files.stdout.contains("Summary: 2 files; 5 documents read, 5 imported, 0 rejected; 1 error, 2 warnings, 0 infos"))
        let french = try ToolRunner.run(["check", half, full, "--lang", "fr"])
        #expect(
            french.stdout.contains(
                "\(full):2: avertissement: [FR-NUM-02] 'FA-2026-0001' reprend le document de \(half):2 avec le même contenu : la même facture figure dans '\(half)' et dans '\(full)', elle n'est comptée qu'une fois et non comme un chevauchement entre deux outils"))

        // The same two paths imported in one batch give the same journal from the store.
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", half, full, "--db", database, "--quiet"]).status == 0)
        let stored = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(stored.stdout == Junction.withoutColumns(files.stdout))
        #expect(stored.status == files.status)
    }

    @Test func differentInvoiceUnderAnOverlappingNumberStaysAJunctionError() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (half, full) = try Self.exports(in: scratch)
        // The second tool reused FA-2026-0002 for another customer.
        let other = Junction.row("FA-2026-0002", "07/01/2026", buyer: "Cabinet Dubreuil SARL;523174605")
        _ = try scratch.write("h1.csv", [Junction.header, Junction.row("FA-2026-0001", "06/01/2026"), other].joined(separator: "\n") + "\n")
        let files = try ToolRunner.run(["check", half, full, "--lang", "en"])
        #expect(files.stdout.contains("error: [FA-MIG-01] overlap at the junction"))
        #expect(files.stdout.contains("\(full):2: warning: [FR-NUM-02] 'FA-2026-0001' repeats the document at \(half):2 with the same content"))
        #expect(!files.stdout.contains("'FA-2026-0002' repeats"))
    }

    @Test func backupImportedIntoItsOwnStoreIsSaidAndCountedOnce() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (_, full) = try Self.exports(in: scratch)
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", full, "--db", database, "--quiet"]).status == 0)
        let before = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        let backup = scratch.path("backup.json")
        #expect(try ToolRunner.run(["export", "--db", database, "--to", "canonical-json", "-o", backup]).status == 0)

        let copy = scratch.path("copy.db")
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        let english = try ToolRunner.run(["import", backup, "--db", database, "--lang", "en"])
        #expect(
            english.stderr.contains(
                "facturaudit: '\(backup)' repeats 3 documents already stored from another source (same seller, number and "
                    + "fingerprint): 'check --db' counts each once; to restore a backup, import it into a new store\n"))
        let french = try ToolRunner.run(["import", backup, "--db", copy, "--lang", "fr"])
        #expect(
            french.stderr.contains(
                "facturaudit : '\(backup)' répète 3 documents déjà enregistrés depuis une autre source (même vendeur, "
                    + "même numéro, même empreinte) : 'check --db' compte chacun une seule fois ; pour restaurer une "
                    + "sauvegarde, importez-la dans une base neuve\n"))

        let after = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(after.stdout == before.stdout)
        #expect(after.stdout.hasPrefix("\(full):4: error: [FA-CALC-05] total with VAT (BT-112) declared 130.00"))
        #expect(after.stdout.contains("Summary: 1 file; 3 documents read, 3 imported, 0 rejected; 1 error, 0 warnings, 0 infos"))
        #expect(after.status == before.status)
    }

    @Test func importOfNewDocumentsSaysNothingAboutRepeats() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (half, _) = try Self.exports(in: scratch)
        let result = try ToolRunner.run(["import", half, "--db", scratch.path("s.db"), "--lang", "en"])
        #expect(!result.stderr.contains("already stored"))
    }

    @Test func exportLargerThanTheDefaultReadLimitNamesTheOption() throws {
        let warning = try #require(ExportCommand.sizeWarning(bytes: 187_864_001, output: "big.json"))
        #expect(
            warning.en
                == "facturaudit: the export 'big.json' is 187864001 bytes, more than the 67108864 bytes that check, import "
                + "and export read by default: to read it back, add --max-file-size 188743680")
        #expect(
            warning.fr
                == "facturaudit : l'export 'big.json' fait 187\u{202F}864\u{202F}001 octets, plus que les 67\u{202F}108\u{202F}864 octets "
                + "que check, import et export lisent par défaut : pour le relire, ajoutez --max-file-size 188743680")
        #expect(ExportCommand.sizeWarning(bytes: 67_108_864, output: nil) == nil)
        #expect(ExportCommand.sizeWarning(bytes: 67_108_865, output: nil)?.en.hasPrefix("facturaudit: the export is 67108865 bytes") == true)
    }
}
