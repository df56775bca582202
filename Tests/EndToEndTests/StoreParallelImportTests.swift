import Foundation
import Testing

/// Two or more `import` processes of the built binary into one existing store at once. With the
/// default busy timeout each waits for the other and stores its own whole batch. With no wait at
/// all, a process that meets the other's write lock stops with exit 2 and the busy message, and
/// the store keeps every batch that was reported stored, whole.
@Suite struct StoreParallelImportTests {
    static let count = 2000

    /// Writes a CSV export of ``count`` invoices whose numbers start with `prefix`.
    private static func export(_ prefix: String, in scratch: StoreCommandTests.Scratch) throws -> String {
        var text = "N° facture;Date;Total HT;TVA;Total TTC\n"
        for counter in 1...count {
            text += "\(prefix)-\(String(counter + 10_000).dropFirst());02/01/2025;100,00;20,00;120,00\n"
        }
        return try scratch.write("\(prefix).csv", text)
    }

    /// Returns a store whose batch 1 contains the export `FA`, and the exports `FB`, `FC`, `FD`.
    private static func seededStore(in scratch: StoreCommandTests.Scratch) throws -> (database: String, files: [String]) {
        let database = scratch.path("s.db")
        let seed = try export("FA", in: scratch)
        #expect(try ToolRunner.run(["import", seed, "--db", database, "--quiet"]).status == 0)
        return (database, try ["FB", "FC", "FD"].map { try export($0, in: scratch) })
    }

    /// Returns the number prefixes of the documents in the store as of `batch`, as `export --db --batch` writes them.
    private static func prefixes(asOf batch: Int, in database: String) throws -> [String] {
        let export = try ToolRunner.run(["export", "--db", database, "--batch", String(batch), "--to", "csv", "--lang", "en"])
        let rows = export.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        return Set(rows.map { String($0.prefix(2)) }).sorted()
    }

    @Test func waitingImportsEachStoreABatch() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, files) = try Self.seededStore(in: scratch)
        let imports = try files.prefix(2).map { try StoreConcurrencyTests.Running(["import", $0, "--db", database, "--lang", "en", "--source", $0]) }
        var lines: [String] = []
        for running in imports {
            let result = try running.finish()
            #expect(result.status == 0, "stderr: \(result.stderr)")
            lines.append(result.stderr)
        }
        #expect(lines.sorted() == ["facturaudit: batch 2 stored (2000 documents)\n", "facturaudit: batch 3 stored (2000 documents)\n"])
        // Each batch adds one whole export, never a part of both.
        let second = try Self.prefixes(asOf: 2, in: database)
        #expect(second == ["FA", "FB"] || second == ["FA", "FC"], "as of batch 2: \(second)")
        #expect(try Self.prefixes(asOf: 3, in: database) == ["FA", "FB", "FC"])
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en", "--fail-on", "never"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("\nSummary: 3 files; 6000 documents read, 6000 imported, 0 rejected; "))
    }

    @Test func importsWithoutWaitLoseNoBatch() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, files) = try Self.seededStore(in: scratch)
        let busy = StoreConcurrencyTests.lockedMessage(database)
        let imports = try files.map {
            try StoreConcurrencyTests.Running(
                ["import", $0, "--db", database, "--lang", "en", "--source", $0], environment: ["FACTURAUDIT_BUSY_TIMEOUT": "0"])
        }
        var stored = 0
        for running in imports {
            let result = try running.finish()
            // Which process meets the lock depends on timing, but each outcome is one of these two.
            if result.status == 0 {
                stored += 1
                #expect(result.stderr.hasSuffix(" stored (2000 documents)\n"), "stderr: \(result.stderr)")
            } else {
                #expect(result.status == 2)
                #expect(result.stderr == busy)
            }
        }
        #expect(stored >= 1)
        let total = 2000 * (1 + stored)
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en", "--fail-on", "never"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("\nSummary: \(1 + stored) files; \(total) documents read, \(total) imported, 0 rejected; "))
        // Batches are numbered without a hole: a failed import took no number.
        for batch in 1...(1 + stored) { #expect(try Self.prefixes(asOf: batch, in: database).count == batch) }
        let unknown = try ToolRunner.run(["export", "--db", database, "--batch", String(2 + stored), "--to", "csv", "--lang", "en"])
        #expect(unknown.status == 2)
    }
}
