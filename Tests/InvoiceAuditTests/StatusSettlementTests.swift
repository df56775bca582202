import InvoiceAudit
import InvoiceModel
import Testing

/// What settles an invoice for the status rules: payments, refunds on its credit notes, credit
/// notes and the deposits it deducts. Each case shows a false finding gone and the real fault
/// still reported, with the exact message.
@Suite struct StatusSettlementTests {
    typealias T = TestDocuments
    typealias L = FrenchLedgerRulesTests

    static func messages(_ documents: [Document], asOf: String? = nil, language: Language = .en) -> [String] {
        let configuration = AuditConfiguration(asOf: asOf.map(T.date))
        let ledger = Ledger(entries: documents.map { LedgerEntry($0, configuration: configuration) })
        return Auditor(configuration: configuration).ledgerFindings(ledger).findings.sorted(by: Finding.journalOrder)
            .map { "\($0.ruleID) \($0.message.text(language))" }
    }

    static let deposit = L.doc(
        "AC-2025-0001", "2025-01-10", kind: .deposit, total: "36.00", status: .paid, paid: [("36.00", "2025-01-10")], line: 1)

    // MARK: deducted deposits (FR-STAT-02, FR-STAT-06)

    @Test func citedDepositSettlesTheFinalInvoice() {
        // The final invoice cites the deposit but declares no prepaid amount, as CSV exports do.
        let finalInvoice = L.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], status: .paid, paid: [("84.00", "2025-02-10")], line: 2)
        #expect(Self.messages([Self.deposit, finalInvoice]).isEmpty)
    }

    @Test func citedDepositKeepsShortPaymentReported() {
        let finalInvoice = L.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], status: .paid, paid: [("80.00", "2025-02-10")], line: 2)
        #expect(Self.messages([Self.deposit, finalInvoice]) == [
            "FR-STAT-02 invoice 'FA-2025-0001' is marked paid but only 116.00 of 120.00 is paid or credited: correct the status or record the missing payment"
        ])
        #expect(Self.messages([Self.deposit, finalInvoice], language: .fr) == [
            "FR-STAT-02 la facture 'FA-2025-0001' est « payée » mais seuls 116,00 sur 120,00 sont réglés ou crédités : corrigez le statut ou enregistrez le paiement manquant"
        ])
    }

    @Test func citedNonDepositDoesNotSettle() {
        let earlier = L.doc("FA-2025-0001", "2025-01-10", total: "36.00", status: .paid, paid: [("36.00", "2025-01-10")], line: 1)
        let cites = L.doc("FA-2025-0002", "2025-02-01", refs: ["FA-2025-0001"], status: .paid, paid: [("84.00", "2025-02-10")], line: 2)
        #expect(Self.messages([earlier, cites]) == [
            "FR-STAT-02 invoice 'FA-2025-0002' is marked paid but only 84.00 of 120.00 is paid or credited: correct the status or record the missing payment"
        ])
    }

    @Test func fullPaymentBesideDepositOverpays() {
        let finalInvoice = L.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], status: .paid, paid: [("120.00", "2025-02-10")], line: 2)
        #expect(Self.messages([Self.deposit, finalInvoice]) == [
            "FR-STAT-06 invoice 'FA-2025-0001' is paid 36.00 beyond its amount net of credit notes: refund or allocate the excess"
        ])
    }

    // MARK: refunds on credit notes and over-credits (FR-STAT-06)

    @Test func refundedCreditNoteLeavesNoOverpayment() {
        let invoice = L.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("120.00", "2025-02-10")], line: 2)
        let credit = L.doc(
            "AV-2025-0001", "2025-02-12", kind: .creditNote, total: "12.00", refs: ["FA-2025-0001"], paid: [("12.00", "2025-02-15")], line: 3)
        #expect(Self.messages([invoice, credit]).isEmpty)
    }

    @Test func unrefundedCreditNoteLeavesOverpayment() {
        let invoice = L.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("120.00", "2025-02-10")], line: 2)
        let credit = L.doc("AV-2025-0001", "2025-02-12", kind: .creditNote, total: "12.00", refs: ["FA-2025-0001"], line: 3)
        #expect(Self.messages([invoice, credit]) == [
            "FR-STAT-06 invoice 'FA-2025-0001' is paid 12.00 beyond its amount net of credit notes: refund or allocate the excess"
        ])
        #expect(Self.messages([invoice, credit], language: .fr) == [
            "FR-STAT-06 la facture 'FA-2025-0001' est payée 12,00 au-delà de son montant net des avoirs : remboursez le trop-perçu ou imputez-le"
        ])
    }

    @Test func refundAfterAsOfDateStillSettlesTheExcess() {
        // The export shows the excess refunded on 2025-03-15: advising a refund as of 2025-03-01
        // would ask for a second one.
        let invoice = L.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("120.00", "2025-02-10")], line: 2)
        let credit = L.doc(
            "AV-2025-0001", "2025-02-12", kind: .creditNote, total: "12.00", refs: ["FA-2025-0001"], paid: [("12.00", "2025-03-15")], line: 3)
        #expect(Self.messages([invoice, credit], asOf: "2025-03-01").isEmpty)
    }

    @Test func overCreditReportedOnlyOnce() {
        let invoice = L.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("120.00", "2025-02-10")], line: 2)
        let credit = L.doc("AV-2025-0001", "2025-02-12", kind: .creditNote, total: "130.00", refs: ["FA-2025-0001"], line: 3)
        #expect(Self.messages([invoice, credit]) == [
            "FR-CORR-05 credit note 'AV-2025-0001' credits 130.00, more than the total 120.00 of invoice 'FA-2025-0001'"
        ])
    }

    // MARK: overdue invoices (FR-STAT-07)

    @Test func fullyCreditedInvoiceIsNotOverdue() {
        let invoice = L.doc("FA-2025-0001", "2025-02-01", status: .issued, line: 2, due: "2025-03-03")
        let credit = L.doc("AV-2025-0001", "2025-02-12", kind: .creditNote, total: "120.00", refs: ["FA-2025-0001"], line: 3)
        #expect(Self.messages([invoice, credit], asOf: "2025-06-30").isEmpty)
    }

    @Test func partlyCreditedUnpaidInvoiceOverdue() {
        let invoice = L.doc("FA-2025-0001", "2025-02-01", status: .issued, line: 2, due: "2025-03-03")
        let credit = L.doc("AV-2025-0001", "2025-02-12", kind: .creditNote, total: "20.00", refs: ["FA-2025-0001"], line: 3)
        #expect(Self.messages([invoice, credit], asOf: "2025-06-30") == [
            "FR-STAT-07 invoice 'FA-2025-0001' has been due since 2025-03-03 (119 days as of 2025-06-30) but is not flagged overdue: remind the customer, penalties are running"
        ])
        #expect(Self.messages([invoice, credit], asOf: "2025-06-30", language: .fr) == [
            "FR-STAT-07 la facture 'FA-2025-0001' est échue depuis le 03/03/2025 (119 jours au 30/06/2025) mais n'est pas signalée en retard : relancez le client, les pénalités courent"
        ])
    }

    @Test func overCreditedInvoiceIsNotOverdue() {
        let invoice = L.doc("FA-2025-0001", "2025-02-01", status: .issued, line: 2, due: "2025-03-03")
        let first = L.doc("AV-2025-0001", "2025-02-12", kind: .creditNote, total: "60.00", refs: ["FA-2025-0001"], line: 3)
        let second = L.doc("AV-2025-0002", "2025-02-13", kind: .creditNote, total: "80.00", refs: ["FA-2025-0001"], line: 4)
        #expect(Self.messages([invoice, first, second], asOf: "2025-06-30") == [
            "FR-CORR-05 with credit note 'AV-2025-0002', credits on invoice 'FA-2025-0001' reach 140.00, more than its total 120.00"
        ])
    }

    @Test func negativeInvoiceIsNotOverdue() {
        let negative = L.doc("FA-2025-0001", "2025-02-01", total: "-60.00", status: .issued, line: 2, due: "2025-03-03")
        #expect(Self.messages([negative], asOf: "2025-06-30").map { String($0.prefix(10)) } == ["FR-CORR-09"])
    }

    @Test func unpaidBalanceAfterDepositOverdue() {
        let finalInvoice = L.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], status: .issued, line: 2, due: "2025-03-03")
        #expect(Self.messages([Self.deposit, finalInvoice], asOf: "2025-06-30") == [
            "FR-STAT-07 invoice 'FA-2025-0001' has been due since 2025-03-03 (119 days as of 2025-06-30) but is not flagged overdue: remind the customer, penalties are running"
        ])
        let settled = L.doc("FA-2025-0001", "2025-02-01", total: "36.00", refs: ["AC-2025-0001"], status: .issued, line: 2, due: "2025-03-03")
        #expect(Self.messages([Self.deposit, settled], asOf: "2025-06-30").isEmpty)
    }
}

/// A credit note citing several invoices settles them once between them (FR-STAT-02, 03).
@Suite struct StatusCreditAllocationTests {
    typealias L = FrenchLedgerRulesTests

    @Test func creditNoteSplitAcrossCitedInvoicesKeepsShortPaymentReported() {
        // 150 credited: 120 settle FA-1, 30 go to FA-2, which is paid 80 of 120: 10 are missing.
        let documents = [
            L.doc("FA-2025-0001", "2025-01-10", status: .paid, line: 1),
            L.doc("FA-2025-0002", "2025-01-11", status: .paid, paid: [("80.00", "2025-02-10")], line: 2),
            L.doc("AV-2025-0001", "2025-01-20", kind: .creditNote, total: "150.00", refs: ["FA-2025-0001", "FA-2025-0002"], line: 3),
        ]
        #expect(StatusSettlementTests.messages(documents) == [
            "FR-STAT-02 invoice 'FA-2025-0002' is marked paid but only 110.00 of 120.00 is paid or credited: correct the status or record the missing payment"
        ])
    }

    @Test func creditNoteSplitAcrossCitedInvoicesSettlesBoth() {
        let documents = [
            L.doc("FA-2025-0001", "2025-01-10", status: .paid, line: 1),
            L.doc("FA-2025-0002", "2025-01-11", status: .paid, paid: [("90.00", "2025-02-10")], line: 2),
            L.doc("AV-2025-0001", "2025-01-20", kind: .creditNote, total: "150.00", refs: ["FA-2025-0001", "FA-2025-0002"], line: 3),
        ]
        #expect(StatusSettlementTests.messages(documents).isEmpty)
    }
}
