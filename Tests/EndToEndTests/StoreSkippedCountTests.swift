import Foundation
import Testing

/// `check --db` counts the records each file's import skipped on purpose (totals rows, estimates…)
/// as `check FILE` counts them: read = imported + rejected + skipped, per file and in the summary.
@Suite struct StoreSkippedCountTests {
    /// Three invoices and two totals rows.
    static let sales = """
        N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC
        FA-1;05/01/2025;Boulangerie Martin;100,00;20,00;120,00
        FA-2;06/01/2025;Hôtel du Cerf;100,00;20,00;120,00
        Total;;;200,00;40,00;240,00
        FA-3;07/01/2025;Crèmerie Léa;50,00;5,50;55,50
        TOTAL GENERAL;;;250,00;45,50;295,50

        """
    /// Two estimates and nothing else.
    static let estimates = """
        Document Type,Document Number,Date,Client,Status,Total
        Estimate,E-1,2025-01-11,Brasserie,Unsent,60.00
        Quote,Q-7,2025-01-13,Boulangerie,Unsent,10.00

        """

    /// Returns the lines of the journal's Files section, then its summary line up to the finding
    /// counts, because the store does not keep the import warnings that name the skipped records.
    static func counts(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).compactMap { line in
            if line.hasPrefix("  ") && (line.contains(" read, ") || line.contains(" lus, ")) { return line }
            guard line.hasPrefix("Summary: ") || line.hasPrefix("Bilan : ") else { return nil }
            return line.components(separatedBy: " ; ").prefix(2).joined(separator: " ; ")
                .components(separatedBy: "; ").prefix(2).joined(separator: "; ")
        }
    }

    @Test(arguments: ["en", "fr"]) func storedFileShowsSkippedAsOnFiles(language: String) throws {
        let scratch = try StoreCommandTests.Scratch()
        let sales = try scratch.write("ventes.csv", Self.sales)
        let database = scratch.path("s.db")
        let files = try ToolRunner.run(["check", sales, "--lang", language])
        #expect(try ToolRunner.run(["import", sales, "--db", database, "--quiet"]).status == 0)
        let stored = try ToolRunner.run(["check", "--db", database, "--lang", language])
        #expect(stored.status == files.status)
        #expect(Self.counts(stored.stdout) == Self.counts(files.stdout))
        #expect(
            Self.counts(stored.stdout).first
                == (language == "en"
                    ? "  \(sales) (csv): 5 read, 3 imported, 0 rejected, 2 skipped"
                    : "  \(sales) (csv) : 5 lus, 3 importés, 0 rejeté, 2 ignorés"))
    }

    @Test func fileWithOnlySkippedRecordsIsListed() throws {
        let scratch = try StoreCommandTests.Scratch()
        let sales = try scratch.write("ventes.csv", Self.sales)
        let estimates = try scratch.write("devis.csv", Self.estimates)
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", sales, estimates, "--db", database, "--quiet"]).status == 0)
        let stored = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(
            Self.counts(stored.stdout) == [
                "  \(sales) (csv): 5 read, 3 imported, 0 rejected, 2 skipped",
                "  \(estimates) (csv): 2 read, 0 imported, 0 rejected, 2 skipped",
                "Summary: 2 files; 7 documents read, 3 imported, 0 rejected, 4 skipped",
            ])
        // The store as of a batch counts the newest version of each file up to it.
        _ = try scratch.write("ventes.csv", Self.sales.replacingOccurrences(of: "Total;;;200,00;40,00;240,00\n", with: ""))
        #expect(try ToolRunner.run(["import", sales, "--db", database, "--quiet"]).status == 0)
        let latest = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(Self.counts(latest.stdout).first == "  \(sales) (csv): 4 read, 3 imported, 0 rejected, 1 skipped")
        let first = try ToolRunner.run(["check", "--db", database, "--batch", "1", "--lang", "en"])
        #expect(Self.counts(first.stdout).first == "  \(sales) (csv): 5 read, 3 imported, 0 rejected, 2 skipped")
    }
}
