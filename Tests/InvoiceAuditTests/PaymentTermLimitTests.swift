import InvoiceAudit
import InvoiceModel
import Testing

/// FR-TERM-01 names the latest due date the rule accepts: the later of 60 days after the invoice
/// date and 45 days end of month under either computation.
@Suite struct PaymentTermLimitTests {
    typealias T = TestDocuments

    /// Returns the FR-TERM findings of the compliant invoice issued and due on the given days.
    static func termFindings(issued: String, due: String) -> [Finding] {
        var document = FrenchInvoice.compliant()
        document.issueDate = T.date(issued)
        document.dueDate = T.date(due)
        return Auditor().documentFindings(document).filter { $0.ruleID.hasPrefix("FR-TERM") }
    }

    @Test func sixtyDaysIsAccepted() {
        #expect(Self.termFindings(issued: "2025-06-16", due: "2025-08-15").isEmpty)
    }

    @Test func sixtyDayLimitNamedWhenLater() {
        let findings = Self.termFindings(issued: "2025-06-16", due: "2025-08-16")
        #expect(findings.map(\.ruleID) == ["FR-TERM-01"])
        #expect(findings.first?.message.en == "due date 61 days after the invoice date, beyond 60 days and beyond 45 days end of month (2025-08-15 at the latest): shorten the term")
        #expect(findings.first?.message.fr == "échéance à 61 jours de la date de facture, au-delà de 60 jours et de 45 jours fin de mois (15/08/2025 au plus tard) : raccourcissez le délai")
    }

    @Test func endOfMonthLimitNamedWhenLater() {
        // 60 days after 2025-01-01 is 2025-03-02, and the end of January plus 45 days is 2025-03-17.
        #expect(Self.termFindings(issued: "2025-01-01", due: "2025-03-17").map(\.ruleID) == ["FR-TERM-02"])
        let findings = Self.termFindings(issued: "2025-01-01", due: "2025-03-18")
        #expect(findings.map(\.ruleID) == ["FR-TERM-01"])
        #expect(findings.first?.message.en == "due date 76 days after the invoice date, beyond 60 days and beyond 45 days end of month (2025-03-17 at the latest): shorten the term")
    }
}
