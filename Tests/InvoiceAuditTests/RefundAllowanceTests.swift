import InvoiceAudit
import InvoiceModel
import Testing

/// FR-REF-02 on an invoice: what may go back to the customer is what it paid beyond what it owes
/// once its credit notes are deducted, each credit note counted once.
@Suite struct RefundAllowanceTests {
    typealias L = FrenchLedgerRulesTests

    static func refundMessages(_ documents: [Document], language: Language = .en) -> [String] {
        StatusSettlementTests.messages(documents, language: language).filter { $0.hasPrefix("FR-REF") }
    }

    static func invoice(paid: String = "120.00", refund: String) -> Document {
        L.doc("FA-2025-0001", "2025-01-10", paid: [(paid, "2025-02-05"), ("-" + refund, "2025-02-06")], line: 2)
    }

    static func credit(_ total: String, refunded: String? = nil) -> Document {
        L.doc(
            "AV-2025-0001", "2025-01-12", kind: .creditNote, total: total, refs: ["FA-2025-0001"],
            paid: refunded.map { [($0, "2025-02-06")] } ?? [], line: 3)
    }

    /// Paid in full, then credited 60.00: 60.00 may go back, not 120.00 (the credit note once as a
    /// credit and once inside the overpayment).
    @Test func fullyPaidInvoiceGivesBackTheCreditOnly() {
        #expect(Self.refundMessages([Self.invoice(refund: "60.00"), Self.credit("60.00")]).isEmpty)
        #expect(Self.refundMessages([Self.invoice(refund: "100.00"), Self.credit("60.00")]) == [
            "FR-REF-02 100.00 refunded on invoice 'FA-2025-0001' but only 60.00 may go back (120.00 paid, 60.00 owed after 60.00 of credit notes): check the refunds"
        ])
        #expect(Self.refundMessages([Self.invoice(refund: "130.00"), Self.credit("60.00")], language: .fr) == [
            "FR-REF-02 130,00 remboursés sur la facture 'FA-2025-0001' mais seuls 60,00 peuvent être rendus (120,00 payés, 60,00 dus après 60,00 d'avoirs) : vérifiez les remboursements"
        ])
    }

    /// One cent above the allowance is rounding; two cents are a fault.
    @Test func toleranceIsOneCent() {
        #expect(Self.refundMessages([Self.invoice(refund: "60.01"), Self.credit("60.00")]).isEmpty)
        #expect(Self.refundMessages([Self.invoice(refund: "60.02"), Self.credit("60.00")]).count == 1)
    }

    @Test func partlyPaidInvoiceGivesBackWhatExceedsTheBalance() {
        #expect(Self.refundMessages([Self.invoice(paid: "100.00", refund: "40.00"), Self.credit("60.00")]).isEmpty)
        #expect(Self.refundMessages([Self.invoice(paid: "100.00", refund: "50.00"), Self.credit("60.00")]) == [
            "FR-REF-02 50.00 refunded on invoice 'FA-2025-0001' but only 40.00 may go back (100.00 paid, 60.00 owed after 60.00 of credit notes): check the refunds"
        ])
    }

    /// A credit note already refunded on itself leaves nothing to refund on the invoice.
    @Test func refundOnTheCreditNoteCountsAgainstTheInvoice() {
        #expect(Self.refundMessages([Self.invoice(refund: "30.00"), Self.credit("60.00", refunded: "30.00")]).isEmpty)
        #expect(Self.refundMessages([Self.invoice(refund: "60.00"), Self.credit("60.00", refunded: "60.00")]) == [
            "FR-REF-02 60.00 refunded on invoice 'FA-2025-0001' but only 0.00 may go back (120.00 paid, 60.00 owed after 60.00 of credit notes, 60.00 already refunded on the credit notes): check the refunds"
        ])
    }

    /// Without a credit note, only the overpayment may go back.
    @Test func overpaymentAloneWithoutCreditNote() {
        #expect(Self.refundMessages([Self.invoice(paid: "140.00", refund: "20.00")]).isEmpty)
        #expect(Self.refundMessages([Self.invoice(paid: "140.00", refund: "50.00")]) == [
            "FR-REF-02 50.00 refunded on invoice 'FA-2025-0001' but only 20.00 may go back (140.00 paid, 120.00 owed): check the refunds"
        ])
        #expect(Self.refundMessages([Self.invoice(paid: "120.00", refund: "20.00")]) == [
            "FR-REF-01 20.00 refunded on invoice 'FA-2025-0001' with neither a credit note nor an overpayment: a refund is backed by a credit note"
        ])
    }
}
