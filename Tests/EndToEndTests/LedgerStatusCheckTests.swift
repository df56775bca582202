import Foundation
import Testing

/// `check` on small CSV exports of one year: deposits, refunds and credit notes settle invoices
/// the way an accountant reads them, so the status rules report only real faults.
@Suite struct LedgerStatusCheckTests {
    static let header =
        "N° facture;Date;Type;Émetteur;SIREN émetteur;Client;SIREN client;Total HT;TVA;Total TTC;Reste à payer;"
        + "Facture d'origine;Date facture d'origine;Statut;Échéance;Montant payé;Date de paiement;Montant remboursé"
    static let seller = "Menuiserie Dubois SARL;534128764;Boulangerie Martin SAS;790234512"

    /// Runs `check` on a CSV file of `rows` under ``header`` and returns the finding lines.
    static func findings(_ rows: [String], arguments: [String] = [], environment: [String: String] = [:]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("year.csv")
        try ([header] + rows).joined(separator: "\n").appending("\n").write(to: file, atomically: false, encoding: .utf8)
        let result = try ToolRunner.run(["check", file.path, "--lang", "en", "--fail-on", "never"] + arguments, environment: environment)
        #expect(result.status == 0)
        return result.stdout.split(separator: "\n").filter { $0.contains(": [") }
            .map { String($0.dropFirst(folder.path.count + 1)) }
    }

    static let deposit = "AC-2025-0001;15/01/2025;Acompte;\(Self.seller);300,00;60,00;360,00;0,00;;;Payée;15/01/2025;360,00;15/01/2025;"

    @Test func depositSettlesFinalInvoice() throws {
        let final = "FA-2025-0001;31/03/2025;Facture;\(Self.seller);1000,00;200,00;1200,00;0,00;AC-2025-0001;15/01/2025;Payée;30/04/2025;840,00;28/04/2025;"
        #expect(try Self.findings([Self.deposit, final]).isEmpty)
    }

    @Test func depositKeepsShortPaymentReported() throws {
        let final = "FA-2025-0001;31/03/2025;Facture;\(Self.seller);1000,00;200,00;1200,00;0,00;AC-2025-0001;15/01/2025;Payée;30/04/2025;800,00;28/04/2025;"
        #expect(try Self.findings([Self.deposit, final]) == [
            "year.csv:3: error: [FR-STAT-02] invoice 'FA-2025-0001' is marked paid but only 1160.00 of 1200.00 is paid or credited: correct the status or record the missing payment"
        ])
    }

    @Test func refundedCreditNoteNoOverpayment() throws {
        let invoice = "FA-2025-0001;02/06/2025;Facture;\(Self.seller);1000,00;200,00;1200,00;;;;Payée;02/07/2025;1200,00;20/06/2025;"
        let credit = "AV-2025-0001;10/06/2025;Avoir;\(Self.seller);100,00;20,00;120,00;;FA-2025-0001;02/06/2025;Payée;;;;120,00"
        #expect(try Self.findings([invoice, credit]).isEmpty)
        let unrefunded = "AV-2025-0001;10/06/2025;Avoir;\(Self.seller);100,00;20,00;120,00;;FA-2025-0001;02/06/2025;Émise;;;;"
        #expect(try Self.findings([invoice, unrefunded]) == [
            "year.csv:2: warning: [FR-STAT-06] invoice 'FA-2025-0001' is paid 120.00 beyond its amount net of credit notes: refund or allocate the excess"
        ])
    }

    @Test func cancelledInvoiceNotOverdue() throws {
        let invoice = "FA-2025-0001;02/06/2025;Facture;\(Self.seller);1000,00;200,00;1200,00;;;;Émise;02/07/2025;;;"
        let credit = "AV-2025-0001;10/06/2025;Avoir;\(Self.seller);1000,00;200,00;1200,00;;FA-2025-0001;02/06/2025;Émise;;;;"
        #expect(try Self.findings([invoice, credit], arguments: ["--as-of", "2025-09-30"]).isEmpty)
        let partial = "AV-2025-0001;10/06/2025;Avoir;\(Self.seller);500,00;100,00;600,00;;FA-2025-0001;02/06/2025;Émise;;;;"
        #expect(try Self.findings([invoice, partial], arguments: ["--as-of", "2025-09-30"]) == [
            "year.csv:2: info: [FR-STAT-07] invoice 'FA-2025-0001' has been due since 2025-07-02 (90 days as of 2025-09-30) but is not flagged overdue: remind the customer, penalties are running"
        ])
    }

    @Test func futureTypoKeepsAsOfDate() throws {
        let deposit = "AC-2025-0001;01/08/2025;Acompte;\(Self.seller);300,00;60,00;360,00;0,00;;;Payée;01/08/2025;360,00;01/08/2025;"
        let open = "FA-2025-0001;01/10/2025;Facture;\(Self.seller);1000,00;200,00;1200,00;;;;Émise;31/10/2025;;;"
        let typo = "FA-2025-0002;28/12/2026;Facture;\(Self.seller);1000,00;200,00;1200,00;;;;Émise;27/01/2027;;;"
        // 2025-12-05 at midnight UTC: the typo is after today, so the as-of date stays 2025-10-01.
        let today = ["SOURCE_DATE_EPOCH": "1764892800"]
        #expect(try Self.findings([deposit, open, typo], environment: today) == [
            "year.csv:4: error: [FR-MENT-12] document 'FA-2025-0002' is dated 2026-12-28, after today (2025-12-05): correct the issue date"
        ])
        // Audited on 2027-01-10, the date is real: the deposit is stale and the invoice overdue.
        let nextYear = ["SOURCE_DATE_EPOCH": "1799539200"]
        #expect(try Self.findings([deposit, open, typo], environment: nextYear) == [
            "year.csv:2: warning: [FR-DEP-05] deposit 'AC-2025-0001' dated 2025-08-01 is deducted by no final invoice as of 2026-12-28, more than 12 months later: issue the final invoice or a refund credit note",
            "year.csv:3: info: [FR-STAT-07] invoice 'FA-2025-0001' has been due since 2025-10-31 (423 days as of 2026-12-28) but is not flagged overdue: remind the customer, penalties are running",
        ])
    }
}
