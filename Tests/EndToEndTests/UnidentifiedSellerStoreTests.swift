import Foundation
import InvoiceStore
import Testing

/// Two CSV exports without a seller column in a store, through the built binary: compared across
/// files as one unidentified seller, and a store of schema 2, which kept them per file, migrated.
@Suite struct UnidentifiedSellerStoreTests {
    static let header = "N° facture;Date;Client;Total TTC"

    /// `old.csv` up to FA-2026-0002; `new.csv` reuses FA-2026-0002 for another invoice.
    static func exports(in scratch: StoreCommandTests.Scratch) throws -> (old: String, new: String) {
        let old = try scratch.write(
            "old.csv", [header, "FA-2026-0001;06/01/2026;Client A;12,00", "FA-2026-0002;07/01/2026;Client A;12,00", ""]
                .joined(separator: "\n"))
        let new = try scratch.write(
            "new.csv", [header, "FA-2026-0002;03/02/2026;Client B;24,00", "FA-2026-0003;04/02/2026;Client B;24,00", ""]
                .joined(separator: "\n"))
        return (old, new)
    }

    /// Returns the finding lines of a text journal, without the FA-NUM-02 note on unidentified sellers.
    static func findingLines(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).filter { $0.contains(": [") && !$0.contains("[FA-NUM-02]") }
    }

    /// The two exports imported at once are two sources, checked at their junction as `check` does.
    @Test func oneImportChecksTheJunctionAcrossFiles() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (old, new) = try Self.exports(in: scratch)
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", old, new, "--db", database, "--quiet"]).status == 0)
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        let files = try ToolRunner.run(["check", old, new, "--lang", "en"])
        #expect(check.status == 1)
        #expect(UnidentifiedSellerJunctionTests.rules(check.stdout) == ["FA-MIG-01", "FA-NUM-02"])
        #expect(
            Self.findingLines(check.stdout) == [
                "\(new):2: error: [FA-MIG-01] overlap at the junction: '\(new)' uses FA-2026-0002 while '\(old)' goes up "
                    + "to FA-2026-0002; the new numbering must continue after it"
            ])
        #expect(Self.findingLines(check.stdout) == Self.findingLines(files.stdout))
    }

    /// The second export imported on its own is a new version of FA-2026-0002, reported exactly as
    /// when a mapping file names the seller.
    @Test func changedVersionFromAnotherFileIsReportedAsForNamedSeller() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (old, new) = try Self.exports(in: scratch)
        let mapping = try scratch.write("mapping.json", #"{"defaults": {"sellerSiren": "732829320"}}"#)
        var lines: [[String]] = []
        for named in [false, true] {
            let database = scratch.path(named ? "named.db" : "unnamed.db")
            let options = named ? ["--mapping", mapping] : []
            #expect(try ToolRunner.run(["import", old, "--db", database, "--quiet"] + options).status == 0)
            // The new tool writes the same columns beside the old export: `--source` makes it a source of its own.
            let second = try ToolRunner.run(["import", new, "--db", database, "--lang", "en", "--source", new] + options)
            #expect(second.status == 1)
            lines.append(Self.findingLines(second.stdout))
        }
        #expect(
            lines[0] == [
                "\(new):2: error: [FR-CORR-01] issued document 'FA-2026-0002' differs from the version of batch 1 "
                    + "(\(old):3) (changed fields: 'issue_date', 'buyer.name', 'total.tax_inclusive'): correct an issued "
                    + "invoice with a credit note or a corrective invoice; if this is another invoice, the new tool "
                    + "reused this number: check the junction with 'facturaudit check OLD/ NEW/'"
            ])
        #expect(lines[1] == lines[0])
    }

    /// Rewrites the documents of a store the way schema 2 stored them: each under `?:FILE`.
    static func downgrade(_ database: String) throws {
        let raw = try SQLiteConnection(path: database, create: false)
        defer { raw.close() }
        try raw.execute(
            """
            UPDATE document SET seller_key = ?1 || (SELECT f.path FROM source_file f WHERE f.id = document.file_id)
            WHERE seller_key = ?2
            """,
            ["?:", "?"])
        try raw.executeScript("PRAGMA user_version = 2")
    }

    static func sellerKeys(_ database: String) throws -> [String] {
        let raw = try SQLiteConnection(path: database, create: false)
        defer { raw.close() }
        var keys: [String] = []
        try raw.prepare("SELECT seller_key FROM document ORDER BY id").forEachRow { keys.append($0.string(0) ?? "") }
        return keys
    }

    @Test func storeWithPerFileKeysMigratesAndBehavesAsNewStore() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (old, new) = try Self.exports(in: scratch)
        let later = try scratch.write(
            "later.csv", [Self.header, "FA-2026-0003;04/02/2026;Client B;30,00", "FA-2026-0004;05/02/2026;Client C;24,00", ""]
                .joined(separator: "\n"))
        let legacy = scratch.path("legacy.db")
        let fresh = scratch.path("fresh.db")
        for database in [legacy, fresh] {
            #expect(try ToolRunner.run(["import", old, "--db", database, "--quiet"]).status == 0)
            // The new tool writes the same columns beside the old export: `--source` makes it a source of its own.
            #expect(try ToolRunner.run(["import", new, "--db", database, "--quiet", "--source", new]).status == 1)
        }
        try Self.downgrade(legacy)
        #expect(try Self.sellerKeys(legacy) == ["?:\(old)", "?:\(old)", "?:\(new)", "?:\(new)"])

        let migrated = try ToolRunner.run(["check", "--db", legacy, "--lang", "en"])
        #expect(try Self.sellerKeys(legacy) == ["?", "?", "?", "?"])
        let freshCheck = try ToolRunner.run(["check", "--db", fresh, "--lang", "en"])
        #expect([migrated.status, freshCheck.status] == [1, 1])
        #expect(migrated.stdout == freshCheck.stdout)
        #expect(migrated.stderr == freshCheck.stderr)
        // The two files are two sources: both FA-2026-0002 stay, at the junction.
        #expect(migrated.stdout.contains("FA-{yyyy}-{counter:4} 2026: first FA-2026-0001, last FA-2026-0003, 4 documents, no gap"))
        #expect(UnidentifiedSellerJunctionTests.rules(migrated.stdout) == ["FA-MIG-01", "FA-NUM-02"])

        let next = try ToolRunner.run(["import", later, "--db", legacy, "--lang", "en"])
        let freshNext = try ToolRunner.run(["import", later, "--db", fresh, "--lang", "en"])
        #expect([next.status, freshNext.status] == [1, 1])
        #expect(next.stdout == freshNext.stdout)
        #expect(next.stderr == freshNext.stderr)
        #expect(
            Self.findingLines(next.stdout) == [
                "\(later):2: error: [FR-CORR-01] issued document 'FA-2026-0003' differs from the version of batch 2 "
                    + "(\(new):3) (changed fields: 'total.tax_inclusive'): correct an issued invoice with a credit note "
                    + "or a corrective invoice"
            ])
    }
}
