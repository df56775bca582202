import InvoiceAudit
import InvoiceModel
import Testing

/// A final invoice cites each deducted deposit by number and date (BT-25, BT-26): a date other
/// than the deposit's is FR-DEP-02, as the same slip on a credit note is FR-CORR-04.
@Suite struct DepositCitationTests {
    typealias T = TestDocuments

    static let deposit = FrenchLedgerRulesTests.doc("AC-2025-0001", "2025-03-03", kind: .deposit, total: "36.00", line: 1)

    static func finalInvoice(citing date: String?) -> Document {
        var document = T.document("FA-2025-0001", "2025-04-01", references: [("AC-2025-0001", date)], line: 2)
        document.buyer = Party(name: "Client A")
        document.totals.prepaid = T.amount("36.00")
        return document
    }

    @Test func wrongCitedDateFires() {
        #expect(StatusSettlementTests.messages([Self.deposit, Self.finalInvoice(citing: "2025-03-04")]) == [
            "FR-DEP-02 invoice 'FA-2025-0001' cites deposit 'AC-2025-0001' as dated 2025-03-04, but it is dated 2025-03-03: cite the deposit invoice's date (BT-26)"
        ])
        #expect(StatusSettlementTests.messages([Self.deposit, Self.finalInvoice(citing: "2025-03-04")], language: .fr) == [
            "FR-DEP-02 la facture 'FA-2025-0001' cite l'acompte 'AC-2025-0001' au 04/03/2025, alors qu'il est du 03/03/2025 : citez la date de la facture d'acompte (BT-26)"
        ])
    }

    @Test func rightOrAbsentCitedDateIsSilent() {
        #expect(StatusSettlementTests.messages([Self.deposit, Self.finalInvoice(citing: "2025-03-03")]).isEmpty)
        #expect(StatusSettlementTests.messages([Self.deposit, Self.finalInvoice(citing: nil)]).isEmpty)
    }
}
