import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// FR-DEP-07 compares the invoices of an order with its total on the basis the column name gives:
/// without VAT for `Total commande HT` or `Order total (excl. VAT)`, else with VAT.
@Suite struct ProgressOrderTotalBasisTests {
    /// Imports `rows` under `header` and returns the FR-DEP-07 findings as "line: message".
    static func findings(_ header: String, _ rows: [String], fr: Bool = false) -> [String] {
        let text = ([header] + rows).joined(separator: "\n") + "\n"
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "sit.csv", options: ImportOptions())
        #expect(result.rejections.map(\.reason.en) == [])
        let ledger = Ledger(entries: result.documents.map { LedgerEntry($0) })
        return Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-DEP-07" }
            .map { "\($0.location.line ?? 0): \(fr ? $0.message.fr : $0.message.en)" }
    }

    static let frenchHeader = "N° facture;Date facture;Total HT;Total TTC;N° commande;Total commande HT;Situation n°"

    /// 9 000 without VAT billed on an order of 10 000 without VAT: within the order, although
    /// the invoices reach 10 800 with VAT.
    @Test func orderTotalWithoutVATComparedWithoutVAT() {
        #expect(
            Self.findings(Self.frenchHeader, [
                "SIT-1;10/02/2025;4000,00;4800,00;BC-7;10000,00;1",
                "SIT-2;10/03/2025;5000,00;6000,00;BC-7;10000,00;2",
            ]) == [])
    }

    @Test func orderTotalWithoutVATExceededFires() {
        let rows = [
            "SIT-1;10/02/2025;6000,00;7200,00;BC-7;10000,00;1",
            "SIT-2;10/03/2025;5000,00;6000,00;BC-7;10000,00;2",
        ]
        #expect(
            Self.findings(Self.frenchHeader, rows) == [
                "3: with 'SIT-2', the invoices of order 'BC-7' reach 11000.00 without VAT, more than its total without VAT of 10000.00: check the billed amounts"
            ])
        #expect(
            Self.findings(Self.frenchHeader, rows, fr: true) == [
                "3: avec 'SIT-2', les factures de la commande 'BC-7' atteignent 11\u{202F}000,00 HT, plus que son total HT de 10\u{202F}000,00 : vérifiez les montants facturés"
            ])
    }

    /// A credit note on a situation reduces what the order billed without VAT too.
    @Test func creditNoteWithoutVATBringsTheOrderBack() {
        let header = "N° facture;Type;Date facture;Total HT;Total TTC;Facture d'origine;N° commande;Total commande HT"
        #expect(
            Self.findings(header, [
                "SIT-1;Facture;10/02/2025;6000,00;7200,00;;BC-7;10000,00",
                "SIT-2;Facture;10/03/2025;5000,00;6000,00;;BC-7;10000,00",
                "AV-1;Avoir;12/03/2025;-2000,00;-2400,00;SIT-2;;",
            ]) == [])
    }

    @Test func englishHeaderWithoutVAT() {
        let header = "Invoice number,Invoice date,Total excl. VAT,Total,Order number,Order total (excl. VAT)"
        #expect(
            Self.findings(header, [
                "P-1,2025-02-10,4000.00,4800.00,Q-1,10000.00",
                "P-2,2025-03-10,5000.00,6000.00,Q-1,10000.00",
            ]) == [])
    }

    /// Without HT or TTC in its name, the order total is read as with VAT.
    @Test func unnamedBasisStaysWithVAT() {
        let header = "N° facture;Date facture;Total HT;Total TTC;N° commande;Montant commande;Situation n°"
        #expect(
            Self.findings(header, [
                "SIT-1;10/02/2025;4000,00;4800,00;BC-7;10000,00;1",
                "SIT-2;10/03/2025;5000,00;6000,00;BC-7;10000,00;2",
            ]) == [
                "3: with 'SIT-2', the invoices of order 'BC-7' reach 10800.00, more than its total of 10000.00: check the billed amounts"
            ])
    }
}
