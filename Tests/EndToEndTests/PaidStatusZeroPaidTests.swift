import Foundation
import Testing

/// `Payée` with `Montant payé 0,00`: the export says nothing was paid.
@Suite struct PaidStatusZeroPaidTests {
    static let export = """
        N° facture;Date;Échéance;Client;SIREN client;Total TTC;Statut;Montant payé
        FP-1;05/01/2025;04/02/2025;Dupont SARL;794381020;120,00;Payée;120,00
        FP-2;06/01/2025;05/02/2025;Dupont SARL;794381020;120,00;Payée;0,00

        """

    @Test func checkReportsThePaidStatus() throws {
        let folder = try TemporaryInputs()
        defer { folder.remove() }
        let csv = try folder.write("pay.csv", Self.export)
        let english = try ToolRunner.run(["check", csv, "--as-of", "2025-03-31", "--lang", "en"])
        #expect(
            english.stdout.contains(
                "\(csv):3: error: [FR-STAT-02] invoice 'FP-2' is marked paid but only 0.00 of 120.00 is paid or credited: correct the status or record the missing payment\n"))
        #expect(!english.stdout.contains("'FP-1' is marked paid"))
    }

    @Test func agingKeepsTheInvoiceOpen() throws {
        let folder = try TemporaryInputs()
        defer { folder.remove() }
        let csv = try folder.write("pay.csv", Self.export)
        let result = try ToolRunner.run(["aging", csv, "--as-of", "2025-03-31", "--lang", "en"])
        #expect(
            result.stdout.hasSuffix(
                "Summary: 1 open invoice, 1 settled, 0 paid by status alone, 0 credit notes matched, 0 unreliable documents, 0 drafts, 0 cancelled, 0 issued after the as-of date\n"
            ))
    }
}
