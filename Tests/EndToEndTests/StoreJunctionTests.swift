import Foundation
import Testing

/// A migration loaded into a store in steps (`import OLD/`, then `import NEW/`) is checked at its
/// junction by `check --db` exactly as `check OLD/ NEW/` checks it on the files.
@Suite struct StoreJunctionTests {
    static let header = "N° facture;Date;Émetteur;SIREN émetteur;Client;SIREN client;Total HT;TVA;Total TTC"

    /// Returns one invoice row of the seller Atelier Lumière SARL.
    static func row(_ number: String, _ date: String, buyer: String = "Hôtel des Tilleuls SAS;794381020") -> String {
        "\(number);\(date);Atelier Lumière SARL;812476356;\(buyer);100,00;20,00;120,00"
    }

    /// The old tool's export, FA-2026-0001 to FA-2026-0003.
    static let oldRows = [row("FA-2026-0001", "06/01/2026"), row("FA-2026-0002", "07/01/2026"), row("FA-2026-0003", "08/01/2026")]

    /// Writes `old/old.csv` and `new/new.csv` (the new tool's invoices from `newNumbers`, dated in
    /// February for another buyer) and returns the two folders as typed, with a trailing slash.
    static func migration(in scratch: StoreCommandTests.Scratch, newNumbers: [String]) throws -> (old: String, new: String) {
        for folder in ["old", "new"] {
            try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let newRows = newNumbers.enumerated().map { index, number in
            row(number, String(format: "%02d/02/2026", index + 2), buyer: "Cabinet Dubreuil SARL;523174605")
        }
        _ = try scratch.write("old/old.csv", ([header] + oldRows).joined(separator: "\n") + "\n")
        _ = try scratch.write("new/new.csv", ([header] + newRows).joined(separator: "\n") + "\n")
        return (scratch.path("old") + "/", scratch.path("new") + "/")
    }

    /// The journal without the CSV column lines, which only a check of the files prints.
    static func withoutColumns(_ journal: String) -> String {
        journal.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("    columns read:") }
            .joined(separator: "\n")
    }

    /// Runs `check OLD/ NEW/`, then imports OLD/ and NEW/ in two batches and runs `check --db`,
    /// which must print the same journal. Returns the store's journal, the second import and the store.
    static func compare(_ paths: (old: String, new: String), in scratch: StoreCommandTests.Scratch) throws
        -> (stored: ToolRunner.Result, newImport: ToolRunner.Result, database: String)
    {
        let files = try ToolRunner.run(["check", paths.old, paths.new, "--lang", "en"])
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", paths.old, "--db", database, "--quiet"]).status == 0)
        let newImport = try ToolRunner.run(["import", paths.new, "--db", database, "--lang", "en"])
        let stored = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(stored.stderr == files.stderr)
        #expect(stored.status == files.status)
        #expect(stored.stdout == withoutColumns(files.stdout))
        return (stored, newImport, database)
    }

    @Test func gapAtTheJunctionAsOnFiles() throws {
        let scratch = try StoreCommandTests.Scratch()
        let paths = try Self.migration(in: scratch, newNumbers: ["FA-2026-0005", "FA-2026-0006"])
        let (stored, _, database) = try Self.compare(paths, in: scratch)
        #expect(stored.status == 1)
        #expect(
            stored.stdout.hasPrefix(
                "\(paths.new)new.csv:2: error: [FR-NUM-03] gap at the junction between '\(paths.old)' and '\(paths.new)' in "
                    + "series FA-{yyyy}-{counter:4}: '\(paths.new)' starts at FA-2026-0005 while '\(paths.old)' ends at "
                    + "FA-2026-0003; FA-2026-0004 missing\n\n"))
        // The store as it was after the old tool's batch has one source and no junction.
        let first = try ToolRunner.run(["check", "--db", database, "--batch", "1", "--lang", "en"])
        #expect(first.status == 0)
        #expect(!first.stdout.contains(": error: "))
    }

    @Test func overlapAtTheJunctionAsOnFiles() throws {
        let scratch = try StoreCommandTests.Scratch()
        let paths = try Self.migration(in: scratch, newNumbers: ["FA-2026-0003", "FA-2026-0004"])
        let (stored, newImport, _) = try Self.compare(paths, in: scratch)
        // `import` still compares the new batch with the store's earlier batches and names the reuse.
        #expect(newImport.status == 1)
        #expect(newImport.stdout.hasPrefix("\(paths.new)new.csv:2: error: [FR-CORR-01] issued document 'FA-2026-0003' differs "))
        #expect(stored.status == 1)
        #expect(
            stored.stdout.hasPrefix(
                "\(paths.new)new.csv:2: error: [FA-MIG-01] overlap at the junction: '\(paths.new)' uses FA-2026-0003 while "
                    + "'\(paths.old)' goes up to FA-2026-0003; the new numbering must continue after it\n\n"))
        #expect(stored.stdout.contains("first FA-2026-0001, last FA-2026-0004, 5 documents, no gap"))
    }

    @Test func continuedNumberingReportsNothing() throws {
        let scratch = try StoreCommandTests.Scratch()
        let paths = try Self.migration(in: scratch, newNumbers: ["FA-2026-0004", "FA-2026-0005"])
        let (stored, newImport, _) = try Self.compare(paths, in: scratch)
        #expect(newImport.status == 0)
        #expect(stored.status == 0)
        #expect(stored.stdout.hasPrefix("Numbering series\n"))
        #expect(stored.stdout.contains("0 errors, 0 warnings, 0 infos"))
    }

    /// `--batch N` audits the sources of batches 1 to N: a third tool imported later leaves the
    /// junction of the first two as `check OLD/ NEW/` reports it.
    @Test func batchOptionKeepsTheSourcesUpToIt() throws {
        let scratch = try StoreCommandTests.Scratch()
        let paths = try Self.migration(in: scratch, newNumbers: ["FA-2026-0005"])
        let (stored, _, database) = try Self.compare(paths, in: scratch)
        let third = try scratch.write("third.csv", [Self.header, Self.row("FA-2026-0009", "02/03/2026")].joined(separator: "\n") + "\n")
        #expect(try ToolRunner.run(["import", third, "--db", database, "--quiet"]).status == 0)
        let asOfSecond = try ToolRunner.run(["check", "--db", database, "--batch", "2", "--lang", "en"])
        #expect(asOfSecond.stdout == stored.stdout)
        let latest = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(
            latest.stdout.contains(
                "gap at the junction between '\(paths.new)' and '\(third)' in series FA-{yyyy}-{counter:4}: '\(third)' "
                    + "starts at FA-2026-0009 while '\(paths.new)' ends at FA-2026-0005; FA-2026-0006…FA-2026-0008 missing"))
    }

    /// Importing the old tool's folder again with one invoice changed keeps one source: its new
    /// version replaces the old one and the junction with the new tool stays where it was.
    @Test func reimportedSourceKeepsItsPlace() throws {
        let scratch = try StoreCommandTests.Scratch()
        let paths = try Self.migration(in: scratch, newNumbers: ["FA-2026-0004"])
        let (_, _, database) = try Self.compare(paths, in: scratch)
        let edited = ([Self.header] + Self.oldRows.map { $0.replacingOccurrences(of: "08/01/2026", with: "09/01/2026") })
        _ = try scratch.write("old/old.csv", edited.joined(separator: "\n") + "\n")
        let reimport = try ToolRunner.run(["import", paths.old, "--db", database, "--lang", "en"])
        #expect(reimport.status == 1)
        #expect(reimport.stdout.contains("[FR-CORR-01] issued document 'FA-2026-0003' differs from the version of batch 1"))
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("first FA-2026-0001, last FA-2026-0004, 4 documents, no gap"))
        #expect(check.stdout.contains("Files\n  \(paths.old)old.csv (csv): 3 read, 3 imported, 0 rejected\n  \(paths.new)new.csv"))
    }
}
