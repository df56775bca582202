import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct SellerGroupingTests {
    typealias T = TestDocuments

    @Test func nameOnlyRowsJoinTheRegisteredSeller() {
        let findings = T.ledgerFindings([
            T.document("F-1", "2025-01-02", seller: Party(name: "Alpha SAS", siren: "732829320"), line: 2),
            T.document("F-2", "2025-01-03", seller: Party(name: "ALPHA S.A.S."), line: 3),
            T.document("F-3", "2025-01-04", seller: Party(name: "alpha sas"), line: 4),
        ])
        #expect(findings.isEmpty)
    }

    @Test func ambiguousNameStaysApart() {
        // Two registered companies share the name: the name-only row cannot be attributed.
        let ledger = Ledger(entries: [
            T.document("F-1", "2025-01-02", seller: Party(name: "Alpha", siren: "732829320"), line: 2),
            T.document("G-1", "2025-01-02", seller: Party(name: "Alpha", siren: "552100554"), line: 3),
            T.document("F-2", "2025-01-03", seller: Party(name: "Alpha"), line: 4),
        ].map(LedgerEntry.init))
        #expect(ledger.entries.map(\.seller.value) == ["SIREN:732829320", "SIREN:552100554", "NAME:alpha"])
    }

    @Test func documentsWithoutSellerStayWithinTheirFile() {
        let findings = T.ledgerFindings([
            Document(number: "F-1", issueDate: T.date("2025-01-02"), source: SourceLocation(file: "a.csv", line: 2)),
            Document(number: "F-1", issueDate: T.date("2025-01-02"), source: SourceLocation(file: "b.csv", line: 2)),
            Document(number: "F-3", issueDate: T.date("2025-01-03"), source: SourceLocation(file: "b.csv", line: 3)),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.first?.location.file == "b.csv")
    }
}
