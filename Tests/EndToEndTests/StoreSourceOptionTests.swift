import Foundation
import Testing

/// `import --source NAME`: a renamed re-export of one tool, imported under the source name of the
/// earlier export, replaces its documents, so `check --db` checks no junction between the two. Under
/// another source name the two are a migration junction. Without the option, a re-export saved
/// beside the earlier one with the same columns joins its source, as with the earlier name.
@Suite struct StoreSourceOptionTests {
    static let header = "N° facture;Date;Client;Total HT;TVA;Total TTC\n"
    static let january = header + rows(["FA-1;02/01/2025", "FA-2;03/01/2025", "FA-3;04/01/2025"])
    /// The March export: the January invoices unchanged, then FA-4.
    static let march = january + rows(["FA-4;05/01/2025"])

    static func rows(_ starts: [String]) -> String {
        starts.map { "\($0);Client SAS;100,00;20,00;120,00\n" }.joined()
    }

    /// Runs `arguments` in `folder`, so that file names are relative to it.
    static func run(_ arguments: [String], in folder: URL) throws -> ToolRunner.Result {
        try ToolRunner.run(arguments + ["--lang", "en"], workingDirectory: folder)
    }

    /// Returns a scratch folder whose store `s.db` has `export-2025-01.csv` as batch 1, and the file
    /// `export-2025-03.csv` with `march`.
    static func storeWithJanuary(march: String = march) throws -> StoreCommandTests.Scratch {
        let scratch = try StoreCommandTests.Scratch()
        _ = try scratch.write("export-2025-01.csv", january)
        _ = try scratch.write("export-2025-03.csv", march)
        #expect(try run(["import", "export-2025-01.csv", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        return scratch
    }

    static func findingLines(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).filter { $0.contains(": [") }
    }

    @Test func sameSourceNameReplacesDocuments() throws {
        let scratch = try Self.storeWithJanuary()
        let imported = try Self.run(
            ["import", "export-2025-03.csv", "--db", "s.db", "--source", "export-2025-01.csv"], in: scratch.url)
        #expect(imported.status == 0)
        #expect(imported.stderr == "facturaudit: batch 2 stored (4 documents)\n")
        #expect(Self.findingLines(imported.stdout).isEmpty)
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(check.status == 0)
        // One source: the renamed copy's FA-1 to FA-3 replace January's, and no junction is checked.
        #expect(Self.findingLines(check.stdout).isEmpty)
        #expect(check.stdout.contains("    FA-{counter}: first FA-1, last FA-4, 4 documents, no gap\n"))
        #expect(check.stdout.contains("\nFiles\n  export-2025-03.csv (csv): 4 read, 4 imported, 0 rejected\n\n"))
    }

    @Test func renamedExportBesideJoinsItsSource() throws {
        let scratch = try Self.storeWithJanuary()
        let imported = try Self.run(["import", "export-2025-03.csv", "--db", "s.db"], in: scratch.url)
        #expect(imported.status == 0)
        #expect(
            imported.stderr
                == "facturaudit: 'export-2025-03.csv' continues the source 'export-2025-01.csv': same folder, format and "
                + "columns as 'export-2025-01.csv', imported in an earlier batch; its documents are their next versions, "
                + "with no junction between them; if it comes from another tool, import it with --source NAME\n"
                + "facturaudit: batch 2 stored (4 documents)\n")
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(check.status == 0)
        #expect(Self.findingLines(check.stdout).isEmpty)
        #expect(check.stdout.contains("    FA-{counter}: first FA-1, last FA-4, 4 documents, no gap\n"))
    }

    @Test func otherSourceNameKeepsJunction() throws {
        // The new tool reused FA-1 to FA-3 for other invoices: another buyer.
        let scratch = try Self.storeWithJanuary(march: Self.march.replacingOccurrences(of: "Client SAS", with: "Autre SARL"))
        let imported = try Self.run(
            ["import", "export-2025-03.csv", "--db", "s.db", "--source", "new-tool"], in: scratch.url)
        // Each reused number is a changed version of the stored one (FR-CORR-01).
        #expect(imported.status == 1)
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(check.status == 1)
        // The junction names the source as given, not the file.
        #expect(
            Self.findingLines(check.stdout).contains(
                "export-2025-03.csv:2: error: [FA-MIG-01] overlap at the junction: 'new-tool' uses FA-1 to FA-3 "
                    + "(3 documents) while 'export-2025-01.csv' goes up to FA-3; the new numbering must continue after it"))
    }

    @Test func otherSourceNameWithTheSameInvoicesCountsThemOnce() throws {
        let scratch = try Self.storeWithJanuary()
        let imported = try Self.run(
            ["import", "export-2025-03.csv", "--db", "s.db", "--source", "new-tool"], in: scratch.url)
        #expect(imported.status == 0)
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        let findings = Self.findingLines(check.stdout)
        #expect(!findings.contains { $0.contains("FA-MIG-01") })
        #expect(
            findings.contains(
                "export-2025-03.csv:2: warning: [FR-NUM-02] 'FA-1' repeats the document at export-2025-01.csv:2 with the "
                    + "same content: the same invoice is in both 'export-2025-01.csv' and 'new-tool' and is counted once, "
                    + "not as an overlap between two tools"))
        #expect(check.stdout.contains("    FA-{counter}: first FA-1, last FA-4, 4 documents, no gap\n"))
    }

    @Test func sameSourceChangeHasNoReuseHint() throws {
        let changed = Self.march.replacingOccurrences(
            of: "FA-2;03/01/2025;Client SAS;100,00;20,00;120,00", with: "FA-2;06/01/2025;Autre SARL;200,00;40,00;240,00")
        let expected =
            "export-2025-03.csv:3: error: [FR-CORR-01] issued document 'FA-2' differs from the version of batch 1 "
            + "(export-2025-01.csv:3) (changed fields: 'issue_date', 'buyer.name', 'total.tax_exclusive', 'total.vat', "
            + "'total.tax_inclusive'): correct an issued invoice with a credit note or a corrective invoice"
        let hint = "; if this is another invoice, the new tool reused this number: check the junction with 'facturaudit check OLD/ NEW/'"

        let same = try Self.storeWithJanuary(march: changed)
        let sameImport = try Self.run(
            ["import", "export-2025-03.csv", "--db", "s.db", "--source", "export-2025-01.csv"], in: same.url)
        #expect(Self.findingLines(sameImport.stdout) == [expected])
        #expect(sameImport.status == 1)

        let other = try Self.storeWithJanuary(march: changed)
        let otherImport = try Self.run(
            ["import", "export-2025-03.csv", "--db", "s.db", "--source", "new-tool"], in: other.url)
        #expect(Self.findingLines(otherImport.stdout) == [expected + hint])
    }

    @Test(arguments: ["", "/", "//", "a\nb", "   ", " / "]) func invalidSourceIsUsageError(name: String) throws {
        let scratch = try Self.storeWithJanuary()
        let result = try Self.run(["import", "export-2025-03.csv", "--db", "s.db", "--source", name], in: scratch.url)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: invalid value '"))
        #expect(result.stderr.contains("' for --source: expected a name on one line, such as 'old-tool'\n"))
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(check.stdout.contains("\nSummary: 1 file; 3 documents read, 3 imported, 0 rejected; "))
    }

    @Test(arguments: ["en", "fr"]) func helpDocumentsSource(language: String) throws {
        let help = try ToolRunner.run(["help", "import", "--lang", language])
        #expect(help.status == 0)
        #expect(
            help.stdout.contains(
                language == "en"
                    ? "  --source NAME            source of every file of the batch (default: each path given);\n"
                    : "  --source NOM             source de tous les fichiers du lot (défaut : chaque chemin donné) ;\n"))
    }
}
