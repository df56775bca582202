import InvoiceAudit
import InvoiceModel
import Testing

/// The default as-of date: the latest issue or payment date in the data, never after today, so a
/// mistyped future year (FR-MENT-12) does not make open invoices overdue or deposits stale.
@Suite struct DefaultAsOfDateTests {
    typealias T = TestDocuments
    typealias L = FrenchLedgerRulesTests

    static let today = T.date("2025-12-05")

    /// Returns the ledger findings as "rule message" lines, with the current day `today`.
    static func messages(_ documents: [Document], today: CivilDate? = DefaultAsOfDateTests.today) -> [String] {
        let configuration = AuditConfiguration(today: today)
        let ledger = Ledger(entries: documents.map { LedgerEntry($0, configuration: configuration) })
        return Auditor(configuration: configuration).ledgerFindings(ledger).findings.sorted(by: Finding.journalOrder)
            .map { "\($0.ruleID) \($0.message.en)" }
    }

    static let deposit = L.doc("AC-2025-0001", "2025-08-01", kind: .deposit, total: "36.00", line: 1)
    static let open = L.doc("FA-2025-0001", "2025-10-01", status: .issued, line: 2, due: "2025-10-31")
    /// An invoice of 2025-12-28 mistyped as 2026.
    static let typo = L.doc("FA-2025-0002", "2026-12-28", line: 3)

    @Test func futureDocumentLeftOut() {
        let ledger = Ledger(entries: [Self.deposit, Self.open, Self.typo].map { LedgerEntry($0) })
        #expect(ledger.defaultAsOfDate(today: Self.today) == T.date("2025-10-01"))
        #expect(ledger.defaultAsOfDate() == T.date("2026-12-28"))
    }

    @Test func futurePaymentLeftOut() {
        let paid = L.doc("FA-2025-0001", "2025-10-01", status: .paid, paid: [("120.00", "2025-11-02"), ("0.00", "2027-01-01")], line: 2)
        let ledger = Ledger(entries: [LedgerEntry(paid)])
        #expect(ledger.defaultAsOfDate(today: Self.today) == T.date("2025-11-02"))
    }

    @Test func futureTypoCreatesNoFindings() {
        #expect(Self.messages([Self.deposit, Self.open, Self.typo]).isEmpty)
    }

    @Test func futureTypoMovedDateWithoutToday() {
        // A library caller that passes no current day keeps the latest date in the data.
        #expect(Self.messages([Self.deposit, Self.open, Self.typo], today: nil) == [
            "FR-DEP-05 deposit 'AC-2025-0001' dated 2025-08-01 is deducted by no final invoice as of 2026-12-28, more than 12 months later: issue the final invoice or a refund credit note",
            "FR-STAT-07 invoice 'FA-2025-0001' has been due since 2025-10-31 (423 days as of 2026-12-28) but is not flagged overdue: remind the customer, penalties are running",
        ])
    }

    @Test func overdueStillJudgedUpToToday() {
        let later = L.doc("FB-2025-0001", "2025-12-01", line: 4)
        #expect(Self.messages([Self.deposit, Self.open, later, Self.typo]) == [
            "FR-STAT-07 invoice 'FA-2025-0001' has been due since 2025-10-31 (31 days as of 2025-12-01) but is not flagged overdue: remind the customer, penalties are running"
        ])
    }
}
