import Foundation
import Testing

/// Several first imports into the same new store at once: each waits for the one that creates
/// the schema, then stores its own batch.
@Suite struct StoreCreationRaceTests {
    /// Writes a CSV export of `count` invoices whose numbers start with `prefix`.
    private static func export(_ prefix: String, count: Int, in scratch: StoreCommandTests.Scratch) throws -> String {
        var text = "N° facture;Date;Total HT;TVA;Total TTC\n"
        for counter in 1...count {
            text += "\(prefix)-\(String(counter + 10_000).dropFirst());02/01/2025;100,00;20,00;120,00\n"
        }
        return try scratch.write("\(prefix).csv", text)
    }

    @Test func concurrentFirstImportsAllStore() throws {
        let scratch = try StoreCommandTests.Scratch()
        let prefixes = ["FA", "FB", "FC", "FD", "FE", "FF"]
        let files = try prefixes.map { try Self.export($0, count: 300, in: scratch) }
        // Each round starts from no file at all, so every process may try to create the schema.
        for round in 1...3 {
            let database = scratch.path("race-\(round).db")
            let imports = try files.map { try StoreConcurrencyTests.Running(["import", $0, "--db", database, "--lang", "en", "--source", $0]) }
            var stored: [String] = []
            for running in imports {
                let result = try running.finish()
                #expect(result.status == 0, "round \(round), stderr: \(result.stderr)")
                stored.append(result.stderr)
            }
            let batches = stored.map { $0.replacingOccurrences(of: #"batch \d+ "#, with: "batch N ", options: .regularExpression) }
            #expect(batches == Array(repeating: "facturaudit: batch N stored (300 documents)\n", count: prefixes.count))
            let check = try ToolRunner.run(["check", "--db", database, "--lang", "en", "--fail-on", "never"])
            #expect(check.status == 0)
            #expect(check.stdout.contains("\nSummary: 6 files; 1800 documents read, 1800 imported, 0 rejected; "))
        }
    }
}
