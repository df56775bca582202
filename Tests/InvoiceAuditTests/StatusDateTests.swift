import InvoiceAudit
import InvoiceModel
import Testing

/// A declared status describes the export's own date, the latest date in the data; the as-of date
/// only decides what is computed as of a day (FR-STAT-07). An audit as of a date before the export
/// (a year-end audit of an export taken later) must not blame a "paid" status for a later payment.
@Suite struct StatusDateTests {
    typealias T = TestDocuments
    typealias L = FrenchLedgerRulesTests

    static func messages(_ documents: [Document], asOf: String, language: Language = .en) -> [String] {
        StatusSettlementTests.messages(documents, asOf: asOf, language: language)
    }

    @Test func paidStatusCountsPaymentsAfterTheAsOfDate() {
        let paid = L.doc("FA-2025-0001", "2025-01-10", status: .paid, paid: [("120.00", "2025-03-20")], line: 2, due: "2025-02-10")
        #expect(Self.messages([paid], asOf: "2025-03-01").isEmpty)
    }

    @Test func shortPaymentAfterTheAsOfDateIsStillReported() {
        let paid = L.doc("FA-2025-0001", "2025-01-10", status: .paid, paid: [("100.00", "2025-03-20")], line: 2, due: "2025-02-10")
        #expect(Self.messages([paid], asOf: "2025-03-01") == [
            "FR-STAT-02 invoice 'FA-2025-0001' is marked paid but only 100.00 of 120.00 is paid or credited: correct the status or record the missing payment"
        ])
    }

    @Test func openInvoicePaidAfterTheAsOfDateIsOpenButPaidNotOverdue() {
        let open = L.doc("FA-2025-0001", "2025-01-10", status: .issued, paid: [("120.00", "2025-03-20")], line: 2, due: "2025-02-10")
        #expect(Self.messages([open], asOf: "2025-03-01") == [
            "FR-STAT-03 invoice 'FA-2025-0001' is still open although 120.00 of 120.00 is paid or credited: mark it paid"
        ])
    }

    @Test func overdueIsCountedInDaysToTheAsOfDate() {
        let open = L.doc("FA-2025-0001", "2025-01-10", status: .issued, line: 2, due: "2025-02-10")
        let later = L.doc("FA-2025-0002", "2025-03-20", status: .issued, line: 3, due: "2025-04-20")
        #expect(Self.messages([open, later], asOf: "2025-03-01") == [
            "FR-STAT-07 invoice 'FA-2025-0001' has been due since 2025-02-10 (19 days as of 2025-03-01) but is not flagged overdue: remind the customer, penalties are running"
        ])
        #expect(Self.messages([open, later], asOf: "2025-03-01", language: .fr) == [
            "FR-STAT-07 la facture 'FA-2025-0001' est échue depuis le 10/02/2025 (19 jours au 01/03/2025) mais n'est pas signalée en retard : relancez le client, les pénalités courent"
        ])
        #expect(Self.messages([open, later], asOf: "2025-02-10").isEmpty)
    }
}
