import InvoiceAudit
import InvoiceModel
import Testing

/// One cent of tolerance between documents: FR-STAT-02, 03 and FR-CORR-05 report only a
/// difference beyond 0.01; and counts of one in FR-STAT-07 and FR-DEP-05 are singular.
@Suite struct CentToleranceTests {
    typealias T = TestDocuments
    typealias L = FrenchLedgerRulesTests

    static func messages(_ documents: [Document], configuration: AuditConfiguration = AuditConfiguration()) -> [(String, String, String)] {
        let ledger = Ledger(entries: documents.map { LedgerEntry($0, configuration: configuration) })
        return Auditor(configuration: configuration).ledgerFindings(ledger).findings.sorted(by: Finding.journalOrder)
            .map { ($0.ruleID, $0.message.en, $0.message.fr) }
    }

    static func paid(_ amount: String, status: DocumentStatus = .paid, total: String = "120.00") -> Document {
        L.doc("FA-2025-0001", "2025-02-01", total: total, status: status, paid: [(amount, "2025-02-10")], line: 2)
    }

    @Test func paidInvoiceShortOfOneCentIsSettled() {
        #expect(Self.messages([Self.paid("119.99")]).isEmpty)
        #expect(Self.messages([Self.paid("1199999.99", total: "1200000.00")]).isEmpty)
        #expect(Self.messages([Self.paid("120.01")]).isEmpty)
    }

    @Test func paidInvoiceShortOfTwoCentsFiresFRSTAT02() {
        let findings = Self.messages([Self.paid("119.98")])
        #expect(findings.map(\.0) == ["FR-STAT-02"])
        #expect(
            findings.first?.1
                == "invoice 'FA-2025-0001' is marked paid but only 119.98 of 120.00 is paid or credited: correct the status or record the missing payment")
        #expect(
            findings.first?.2
                == "la facture 'FA-2025-0001' est « payée » mais seuls 119,98 sur 120,00 sont réglés ou crédités : corrigez le statut ou enregistrez le paiement manquant")
    }

    @Test func openInvoiceShortOfOneCentFiresFRSTAT03() {
        let findings = Self.messages([Self.paid("119.99", status: .issued)])
        #expect(findings.map(\.0) == ["FR-STAT-03"])
        #expect(findings.first?.1 == "invoice 'FA-2025-0001' is still open although 119.99 of 120.00 is paid or credited: mark it paid")
        #expect(Self.messages([Self.paid("119.98", status: .issued)]).isEmpty)
    }

    @Test func creditsOneCentBeyondTheTotalAreRounding() {
        let invoice = L.doc("FA-2025-0001", "2025-02-01", total: "1200.00", line: 2)
        func credit(_ total: String) -> Document {
            L.doc("AV-2025-0001", "2025-02-05", kind: .creditNote, total: total, refs: ["FA-2025-0001"], line: 3)
        }
        #expect(Self.messages([invoice, credit("1200.01")]).isEmpty)
        let findings = Self.messages([invoice, credit("1200.02")])
        #expect(findings.map(\.0) == ["FR-CORR-05"])
        #expect(findings.first?.1 == "credit note 'AV-2025-0001' credits 1200.02, more than the total 1200.00 of invoice 'FA-2025-0001'")
        #expect(
            findings.first?.2 == "l'avoir 'AV-2025-0001' crédite 1\u{202F}200,02, plus que le total TTC 1\u{202F}200,00 de la facture 'FA-2025-0001'")
    }

    @Test func overdueByOneDayIsSingular() {
        let open = L.doc("FA-2025-0001", "2025-02-01", status: .issued, line: 2, due: "2025-02-28")
        let findings = Self.messages([open], configuration: AuditConfiguration(asOf: T.date("2025-03-01")))
        #expect(findings.map(\.0) == ["FR-STAT-07"])
        #expect(
            findings.first?.1
                == "invoice 'FA-2025-0001' has been due since 2025-02-28 (1 day as of 2025-03-01) but is not flagged overdue: remind the customer, penalties are running")
        #expect(
            findings.first?.2
                == "la facture 'FA-2025-0001' est échue depuis le 28/02/2025 (1 jour au 01/03/2025) mais n'est pas signalée en retard : relancez le client, les pénalités courent")
        let twoDays = Self.messages([open], configuration: AuditConfiguration(asOf: T.date("2025-03-02")))
        #expect(twoDays.first?.1.contains("(2 days as of 2025-03-02)") == true)
        #expect(twoDays.first?.2.contains("(2 jours au 02/03/2025)") == true)
    }

    @Test func depositWaitingMoreThanOneMonthIsSingular() {
        let deposit = L.doc("AC-2025-0001", "2025-01-10", kind: .deposit, total: "36.00", line: 1)
        let later = L.doc("FA-2025-0001", "2025-03-01", line: 2)
        let configuration = AuditConfiguration(depositConsumptionMonths: 1)
        let findings = Self.messages([deposit, later], configuration: configuration).filter { $0.0 == "FR-DEP-05" }
        #expect(
            findings.map(\.1) == [
                "deposit 'AC-2025-0001' dated 2025-01-10 is deducted by no final invoice as of 2025-03-01, more than 1 month later: issue the final invoice or a refund credit note"
            ])
        #expect(
            findings.map(\.2) == [
                "l'acompte 'AC-2025-0001' du 10/01/2025 n'est déduit par aucune facture finale au 01/03/2025, plus de 1 mois après : émettez la facture finale ou un avoir de remboursement"
            ])
    }
}
