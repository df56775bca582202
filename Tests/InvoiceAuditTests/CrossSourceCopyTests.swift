import InvoiceAudit
import InvoiceModel
import Testing

/// One invoice given in two sources with the same content (a January–June export beside the
/// full-year one, given as two paths) is counted once with an FR-NUM-02 warning, not as a junction
/// overlap. Two different invoices that share a number across sources stay FA-MIG-01.
@Suite struct CrossSourceCopyTests {
    typealias T = TestDocuments

    static let half = [T.document("FA-2025-0001", "2025-01-02", line: 2, file: "h1.csv"), T.document("FA-2025-0002", "2025-01-03", line: 3, file: "h1.csv")]
    static let full = [
        T.document("FA-2025-0001", "2025-01-02", line: 2, file: "full.csv"), T.document("FA-2025-0002", "2025-01-03", line: 3, file: "full.csv"),
        T.document("FA-2025-0003", "2025-01-04", line: 4, file: "full.csv"),
    ]

    /// Audits the documents, given in location order as `check` sorts them, from source 0 (`h1.csv`) or 1 (`full.csv`).
    static func findings(_ documents: [Document], sources: [Int]) -> (findings: [Finding], ledger: Ledger) {
        let entries = zip(documents, sources).map { document, source in
            LedgerEntry(document, configuration: AuditConfiguration(), sourceIndex: source, sourceName: source == 0 ? "h1.csv" : "full.csv")
        }
        let ledger = Ledger(entries: entries)
        return (Auditor().ledgerFindings(ledger).findings.sorted(by: Finding.journalOrder), ledger)
    }

    @Test func identicalInvoiceInTwoSourcesCountsOnce() throws {
        let (findings, ledger) = Self.findings(Self.full + Self.half, sources: [1, 1, 1, 0, 0])
        #expect(ledger.entries.count == 3)
        #expect(findings.map(\.ruleID) == ["FR-NUM-02", "FR-NUM-02"])
        #expect(findings.map(\.severity) == [.warning, .warning])
        #expect(findings.map(\.location) == [SourceLocation(file: "h1.csv", line: 2), SourceLocation(file: "h1.csv", line: 3)])
        #expect(
            findings[0].message.en
                == "'FA-2025-0001' repeats the document at full.csv:2 with the same content: the same invoice is in both "
                + "'full.csv' and 'h1.csv' and is counted once, not as an overlap between two tools")
        #expect(
            findings[0].message.fr
                == "'FA-2025-0001' reprend le document de full.csv:2 avec le même contenu : la même facture figure dans "
                + "'full.csv' et dans 'h1.csv', elle n'est comptée qu'une fois et non comme un chevauchement entre deux outils")
    }

    @Test func otherInvoiceUnderTheSameNumberStaysAnOverlap() throws {
        var changed = Self.half
        // The new tool reused the number for another invoice: another amount.
        changed[1] = T.document("FA-2025-0002", "2025-01-03", total: "240.00", line: 3, file: "h1.csv")
        let (findings, ledger) = Self.findings(Self.full + changed, sources: [1, 1, 1, 0, 0])
        #expect(ledger.entries.count == 4)
        #expect(ledger.copies.count == 1)
        #expect(findings.map(\.ruleID).sorted() == ["FA-MIG-01", "FR-NUM-02"])
    }
}
