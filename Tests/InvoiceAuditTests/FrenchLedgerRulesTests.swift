import InvoiceAudit
import InvoiceModel
import Testing

/// Credit notes, corrections, deposits, progress invoices, statuses and refunds over a ledger:
/// each scenario makes its rule fire, and its consistent twin keeps it silent.
@Suite struct FrenchLedgerRulesTests {
    typealias T = TestDocuments

    static func doc(
        _ number: String?, _ date: String, kind: DocumentKind = .invoice, total: String = "120.00",
        refs: [String] = [], status: DocumentStatus? = nil, paid: [(String, String?)] = [], line: Int,
        buyer: String = "Client A", due: String? = nil, prepaid: String? = nil, draft: Bool = false
    ) -> Document {
        var document = T.document(
            number, date, kind: kind, total: total, references: refs.map { ($0, nil) }, draft: draft, line: line)
        document.buyer = Party(name: buyer)
        document.status = status
        document.payments = paid.map { Payment(date: $0.1.map(T.date), amount: T.amount($0.0)) }
        document.dueDate = due.map(T.date)
        document.totals.prepaid = prepaid.map(T.amount)
        return document
    }

    static func rules(_ documents: [Document], configuration: AuditConfiguration = AuditConfiguration()) -> [String] {
        let ledger = Ledger(entries: documents.map { LedgerEntry($0, configuration: configuration) })
        return Auditor(configuration: configuration).ledgerFindings(ledger).findings.sorted(by: Finding.journalOrder).map(\.ruleID)
    }

    let invoice = doc("FA-2025-0001", "2025-02-01", line: 2)

    // MARK: credit notes and corrections

    @Test func creditNoteToAnotherBuyer() {
        let credit = Self.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "20.00", refs: ["FA-2025-0001"], line: 3, buyer: "Client B")
        #expect(Self.rules([invoice, credit]) == ["FR-CORR-04"])
        let same = Self.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "20.00", refs: ["FA-2025-0001"], line: 3)
        #expect(Self.rules([invoice, same]).isEmpty)
    }

    @Test func creditsPerVATRate() {
        var original = invoice
        original.vatBreakdown = [
            VATBreakdown(rate: T.amount("20"), taxableAmount: T.amount("50.00"), taxAmount: T.amount("10.00")),
            VATBreakdown(rate: T.amount("10"), taxableAmount: T.amount("54.55"), taxAmount: T.amount("5.45")),
        ]
        var credit = Self.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "24.00", refs: ["FA-2025-0001"], line: 3)
        credit.vatBreakdown = [VATBreakdown(rate: T.amount("10"), taxableAmount: T.amount("20.00"), taxAmount: T.amount("6.00"))]
        #expect(Self.rules([original, credit]) == ["FR-CORR-05"])
        credit.vatBreakdown = [VATBreakdown(rate: T.amount("20"), taxableAmount: T.amount("20.00"), taxAmount: T.amount("4.00"))]
        #expect(Self.rules([original, credit]).isEmpty)
    }

    @Test func correctiveInvoiceCitesExactlyOneInvoice() {
        let corrective = Self.doc("FA-2025-0002", "2025-02-06", kind: .corrective, line: 3)
        #expect(Self.rules([invoice, corrective]) == ["FR-CORR-07"])
        let cited = Self.doc("FA-2025-0002", "2025-02-06", kind: .corrective, refs: ["FA-2025-0001"], line: 3)
        #expect(Self.rules([invoice, cited]).isEmpty)
    }

    @Test func cancelledOnlyWhenFullyCreditedOrReplaced() {
        let cancelled = Self.doc("FA-2025-0001", "2025-02-01", status: .cancelled, line: 2)
        let partial = Self.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "20.00", refs: ["FA-2025-0001"], line: 3)
        #expect(Self.rules([cancelled, partial]) == ["FR-CORR-08"])
        let full = Self.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "120.00", refs: ["FA-2025-0001"], line: 3)
        #expect(Self.rules([cancelled, full]).isEmpty)
        let replacement = Self.doc("FA-2025-0002", "2025-02-06", kind: .corrective, refs: ["FA-2025-0001"], line: 3)
        #expect(Self.rules([cancelled, replacement]).isEmpty)
    }

    @Test func negativeInvoiceIsACreditNoteInDisguise() {
        #expect(Self.rules([invoice, Self.doc("FA-2025-0002", "2025-02-06", total: "-30.00", line: 3)]) == ["FR-CORR-09"])
    }

    // MARK: deposits and progress invoices

    let deposit = doc("AC-2025-0001", "2025-01-10", kind: .deposit, total: "36.00", line: 1)

    @Test func finalInvoiceCitesItsDeposits() {
        // A prepaid amount without any cited deposit may be a plain payment: a warning.
        let uncited = Self.doc("FA-2025-0001", "2025-02-01", line: 2, prepaid: "36.00")
        #expect(Self.rules([deposit, uncited]) == ["FR-DEP-02"])
        let ledger = Ledger(entries: [deposit, uncited].map { LedgerEntry($0) })
        #expect(Auditor().ledgerFindings(ledger).findings.first { $0.ruleID == "FR-DEP-02" }?.severity == .warning)
        // Cited deposits that fall short of the prepaid amount: an error.
        let short = Self.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], line: 2, prepaid: "50.00")
        let shortLedger = Ledger(entries: [deposit, short].map { LedgerEntry($0) })
        #expect(Auditor().ledgerFindings(shortLedger).findings.map(\.severity) == [.error])
        let cited = Self.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], line: 2, prepaid: "36.00")
        #expect(Self.rules([deposit, cited]).isEmpty)
        let otherBuyer = Self.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], line: 2, buyer: "Client B", prepaid: "36.00")
        #expect(Self.rules([deposit, otherBuyer]) == ["FR-DEP-02"])
    }

    @Test func depositsWithinTheFinalTotal() {
        let big = Self.doc("AC-2025-0001", "2025-01-10", kind: .deposit, total: "200.00", line: 1)
        let final = Self.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], line: 2, prepaid: "200.00")
        #expect(Self.rules([big, final]) == ["FR-DEP-03"])
    }

    @Test func depositDeductedTwice() {
        let first = Self.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], line: 2, prepaid: "36.00")
        let second = Self.doc("FA-2025-0002", "2025-02-02", refs: ["AC-2025-0001"], line: 3, prepaid: "36.00")
        #expect(Self.rules([deposit, first, second]) == ["FR-DEP-04"])
    }

    @Test func depositNeverConsumedAfterTheConfiguredMonths() {
        let later = Self.doc("FA-2026-0001", "2026-02-01", line: 2)
        #expect(Self.rules([deposit, later]) == ["FR-DEP-05"])
        #expect(Self.rules([deposit, later], configuration: AuditConfiguration(depositConsumptionMonths: 24)).isEmpty)
        #expect(Self.rules([deposit, Self.doc("FA-2025-0001", "2025-06-01", line: 2)]).isEmpty)
    }

    @Test func progressInvoicesAgainstTheirOrder() {
        func situation(_ number: String, _ date: String, _ total: String, _ percent: String, line: Int) -> Document {
            var document = Self.doc(number, date, total: total, line: line)
            document.progress = ProgressBilling(orderReference: "CMD-7", orderTotal: T.amount("1000.00"), cumulativePercent: T.amount(percent))
            return document
        }
        let consistent = [situation("FA-2025-0001", "2025-02-01", "300.00", "30", line: 2), situation("FA-2025-0002", "2025-03-01", "500.00", "80", line: 3)]
        #expect(Self.rules(consistent).isEmpty)
        let backwards = [situation("FA-2025-0001", "2025-02-01", "300.00", "30", line: 2), situation("FA-2025-0002", "2025-03-01", "100.00", "20", line: 3)]
        #expect(Self.rules(backwards) == ["FR-DEP-07"])
        let beyond = [situation("FA-2025-0001", "2025-02-01", "800.00", "80", line: 2), situation("FA-2025-0002", "2025-03-01", "300.00", "100", line: 3)]
        #expect(Self.rules(beyond) == ["FR-DEP-07"])
    }

    @Test func depositPaidBeforeItsInvoice() {
        var early = Self.doc("AC-2025-0001", "2025-01-10", kind: .deposit, total: "36.00", paid: [("36.00", "2025-01-05")], line: 1)
        var final = Self.doc("FA-2025-0001", "2025-02-01", refs: ["AC-2025-0001"], line: 2, prepaid: "36.00")
        // A buyer with neither SIREN, SIRET nor VAT number is a consumer: no deposit invoice is due first.
        #expect(Self.rules([early, final]).isEmpty)
        early.buyer = Party(name: "Client A", siren: "794381020")
        final.buyer = early.buyer
        #expect(Self.rules([early, final]) == ["FR-DEP-06"])
    }

    // MARK: statuses and refunds

    @Test func paidStatusAgainstPayments() {
        #expect(Self.rules([Self.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("100.00", "2025-02-10")], line: 2)]) == ["FR-STAT-02"])
        #expect(Self.rules([Self.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("120.00", "2025-02-10")], line: 2)]).isEmpty)
        // Without any payment information the status is not judged.
        #expect(Self.rules([Self.doc("FA-2025-0001", "2025-02-01", status: .paid, line: 2)]).isEmpty)
    }

    @Test func openButFullyPaid() {
        #expect(Self.rules([Self.doc("FA-2025-0001", "2025-02-01", status: .issued, paid: [("120.00", "2025-02-10")], line: 2)]) == ["FR-STAT-03"])
    }

    @Test func paymentBeforeIssue() {
        #expect(Self.rules([Self.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("120.00", "2025-01-20")], line: 2)]) == ["FR-STAT-04"])
    }

    @Test func paymentOnADraft() {
        let draft = Self.doc(nil, "2025-02-01", paid: [("50.00", "2025-02-03")], line: 2, draft: true)
        #expect(Self.rules([draft]) == ["FR-STAT-05"])
        #expect(Self.rules([Self.doc(nil, "2025-02-01", line: 2, draft: true)]).isEmpty)
    }

    @Test func overpayment() {
        #expect(Self.rules([Self.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("150.00", "2025-02-10")], line: 2)]) == ["FR-STAT-06"])
    }

    @Test func overdueJudgedAsOfTheDate() {
        let open = Self.doc("FA-2025-0001", "2025-02-01", status: .issued, line: 2, due: "2025-03-03")
        let later = Self.doc("FA-2025-0002", "2025-04-01", status: .issued, line: 3, due: "2025-05-01")
        // The default as-of date is the latest issue date, 2025-04-01: the first invoice is overdue.
        #expect(Self.rules([open, later]) == ["FR-STAT-07"])
        #expect(Self.rules([open, later], configuration: AuditConfiguration(asOf: T.date("2025-03-01"))).isEmpty)
        let flagged = Self.doc("FA-2025-0001", "2025-02-01", status: .overdue, line: 2, due: "2025-03-03")
        #expect(Self.rules([flagged, later]).isEmpty)
    }

    @Test func refundsNeedACreditNoteOrAnOverpayment() {
        let refunded = Self.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("120.00", "2025-02-10"), ("-20.00", "2025-02-20")], line: 2)
        #expect(Self.rules([refunded]).contains("FR-REF-01"))
        let overpaid = Self.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("140.00", "2025-02-10"), ("-20.00", "2025-02-20")], line: 2)
        #expect(Self.rules([overpaid]).isEmpty)
        let tooMuch = Self.doc("FA-2025-0001", "2025-02-01", status: .paid, paid: [("140.00", "2025-02-10"), ("-50.00", "2025-02-20")], line: 2)
        #expect(Self.rules([tooMuch]).contains("FR-REF-02"))
    }

    @Test func refundOnACreditNoteWithinItsAmount() {
        let credit = Self.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "20.00", refs: ["FA-2025-0001"], paid: [("-20.00", "2025-02-06")], line: 3)
        #expect(Self.rules([invoice, credit]).isEmpty)
        let over = Self.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "20.00", refs: ["FA-2025-0001"], paid: [("-25.00", "2025-02-06")], line: 3)
        #expect(Self.rules([invoice, over]) == ["FR-REF-02"])
    }
}
