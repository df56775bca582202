import Foundation
import InvoiceStore
import Testing

/// `seal` and `verify` on the demo export and an edited copy, as an accountant would run them.
@Suite struct SealCommandTests {
    /// Imports and seals the demo export, copied into a folder `exports`, and writes a later export
    /// of the same tool into that folder, where FA-2024-0003's total changed. Importing the folder
    /// again makes the later export the next version of the same source.
    private static func sealedDemo(in scratch: StoreCommandTests.Scratch) throws -> (database: String, edited: String) {
        let database = scratch.path("z.db")
        let text = try String(
            contentsOf: ToolRunner.repositoryRoot.appendingPathComponent("fixtures/demo/export-2024-2025.csv"), encoding: .utf8)
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("exports"), withIntermediateDirectories: true)
        _ = try scratch.write("exports/export-2024-2025.csv", text)
        #expect(try ToolRunner.run(["import", scratch.path("exports"), "--db", database, "--quiet"]).status == 0)
        #expect(try ToolRunner.run(["seal", "--db", database, "--quiet"]).status == 0)
        let edited = try scratch.write("exports/edited.csv", text.replacingOccurrences(of: "770,58", with: "707,58"))
        return (database, edited)
    }

    @Test func sealRefusesChangedDocument() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, edited) = try Self.sealedDemo(in: scratch)
        #expect(try ToolRunner.run(["import", scratch.path("exports"), "--db", database, "--quiet"]).status == 1)

        let refused = try ToolRunner.run(["seal", "--db", database, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(
            refused.stdout.hasPrefix(
                "\(edited):4: error: [FR-CORR-01] issued document 'FA-2024-0003' differs from its sealed version "
                    + "(seal 1, \(scratch.path("exports/export-2024-2025.csv")):4) (changed fields: 'total.tax_inclusive'): "))
        #expect(refused.stdout.hasSuffix(" or a corrective invoice\n\nSummary: 1 error, 0 warnings, 0 infos\n"))
        #expect(!refused.stdout.contains("Files"))
        #expect(refused.stderr.hasPrefix("facturaudit: nothing was sealed, 1 issued document changed since the last seal"))
        let json = try ToolRunner.run(["seal", "--db", database, "--format", "json", "--quiet"])
        #expect(json.status == 1)
        #expect(json.stderr.isEmpty)
        #expect(json.stdout.contains("\"FR-CORR-01\""))

        // Without acceptance nothing was sealed, so the edited export still fails verify.
        let verify = try ToolRunner.run(["verify", "--db", database, edited, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("[FR-CORR-01] issued document 'FA-2024-0003' differs from its sealed version (seal 1,"))
    }

    @Test func acceptedChangeStaysVisibleInVerify() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, edited) = try Self.sealedDemo(in: scratch)
        _ = try ToolRunner.run(["import", scratch.path("exports"), "--db", database, "--quiet"])
        let accepted = try ToolRunner.run(["seal", "--db", database, "--accept-changes", "--lang", "en"])
        #expect(accepted.status == 0)
        #expect(accepted.stdout.contains("\n  changes accepted: 1 document\n"))

        let verify = try ToolRunner.run(["verify", "--db", database, edited, "--lang", "en"])
        #expect(verify.status == 0)
        #expect(
            verify.stdout.contains(
                "warning: [FR-CORR-01] issued document 'FA-2024-0003' was sealed again in seal 2 with other content "
                    + "than in seal 1 (changed fields: 'total.tax_inclusive'); the change was accepted when sealing"))
        let original = try ToolRunner.run(["verify", "--db", database, "fixtures/demo/export-2024-2025.csv", "--lang", "en"])
        #expect(original.status == 1)
        #expect(original.stdout.contains("error: [FR-CORR-01] issued document 'FA-2024-0003' differs from its sealed version (seal 2,"))
    }

    @Test func sealTakesCommonOptions() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        _ = try ToolRunner.run(["import", csv, "--db", database, "--quiet"])
        let result = try ToolRunner.run(["seal", "--db", database, "--quiet", "--lang", "fr", "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Sceau 1\n  scellé le : "))
        #expect(result.stderr.isEmpty)
    }

    /// Single seal columns edited with plain SQL, as a tester did with python3's sqlite3.
    static let edits = [
        "UPDATE seal_entry SET number = 'FA-2024-9999' WHERE number = 'FA-2024-0005'",
        "UPDATE seal_entry SET seller_key = 'SIREN:000000000' WHERE number = 'FA-2024-0005'",
        "UPDATE seal_entry SET issue_date = '2023-01-01'",
    ]

    @Test func alteredFingerprintIsNotAChangedInvoice() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, _) = try Self.sealedDemo(in: scratch)
        let raw = try SQLiteConnection(path: database, create: false)
        try raw.execute("UPDATE seal_entry SET fingerprint = '0000' || substr(fingerprint, 5) WHERE number = 'FA-2024-0002'")
        raw.close()
        let verify = try ToolRunner.run(["verify", "--db", database, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("[FA-SEAL-02]"))
        #expect(!verify.stdout.contains("[FR-CORR-01]"))
    }

    @Test(arguments: edits)
    func editedSealColumnFailsVerify(edit: String) throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, _) = try Self.sealedDemo(in: scratch)
        let raw = try SQLiteConnection(path: database, create: false)
        try raw.execute(edit)
        raw.close()
        let verify = try ToolRunner.run(["verify", "--db", database, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(
            verify.stdout.contains(
                "\(database): error: [FA-SEAL-02] seal 1 does not match: its hash does not match its content; "
                    + "the store was modified outside facturaudit"))
    }
}
