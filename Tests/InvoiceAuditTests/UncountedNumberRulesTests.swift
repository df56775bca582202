import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct UncountedNumberRulesTests {
    typealias T = TestDocuments

    @Test func numbersWithCountersAreSilent() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("FA-2025-0002-B", "2025-01-03", line: 3),
            T.document("INV/2025/000000000000000003", "2025-01-04", line: 4),
        ])
        #expect(!findings.map(\.ruleID).contains("FA-NUM-01"))
    }

    @Test func numberWithoutDigitFires() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("ACME", "2025-01-03", line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FA-NUM-01"])
        #expect(findings.first?.location.line == 3)
        #expect(findings.first?.documentNumber == "ACME")
        #expect(
            findings.first?.message.en
                == "number 'ACME' has no counter (no digit, or more than 18 digits in a row): it belongs to no series, so its continuity is not checked; number invoices with a continuous counter")
    }

    @Test func oneFindingPerSellerQuotesFiveNumbers() {
        let numbers = ["A", "B", "C", "D", "E", "FA-2025-1234567890123456789"]
        let documents = numbers.enumerated().map { index, number in T.document(number, "2025-01-02", line: index + 2) }
        let findings = T.ledgerFindings(documents)
        #expect(findings.map(\.ruleID) == ["FA-NUM-01"])
        #expect(findings.first?.location.line == 2)
        #expect(
            findings.first?.message.fr
                == "6 numéros n'ont pas de compteur (aucun chiffre, ou plus de 18 chiffres à la suite) : 'A', 'B', 'C', 'D', 'E', … ; ils n'entrent dans aucune série, donc leur continuité n'est pas vérifiée ; numérotez les factures avec un compteur continu")
    }

    @Test func draftsAndEmptyNumbersAreLeftToOtherRules() {
        let findings = T.ledgerFindings([
            T.document("BROUILLON", "2025-01-02", draft: true, line: 2),
            T.document("  ", "2025-01-03", line: 3),
        ])
        #expect(!findings.map(\.ruleID).contains("FA-NUM-01"))
    }
}
