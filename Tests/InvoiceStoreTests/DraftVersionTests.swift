import InvoiceAudit
import InvoiceModel
import InvoiceStore
import Testing

/// FR-STAT-01 in the store: an issued document imported again as a draft, and a sealed document
/// that the compared state contains as a draft.
@Suite struct DraftVersionTests {
    @Test func issuedReimportedAsDraft() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02", file: "a.csv", line: 2)])],
            clock: Sample.clock)
        let draft = Sample.invoice("FA-1", date: "2025-01-02", file: "b.csv", line: 5, draft: true)
        let outcome = try store.importBatch([Sample.file("b.csv", hash: "h2", [draft])], clock: Sample.clock)
        #expect(outcome.findings.map(\.ruleID) == ["FR-STAT-01"])
        #expect(outcome.findings.first?.severity == .error)
        #expect(outcome.findings.first?.location == SourceLocation(file: "b.csv", line: 5))
        #expect(
            outcome.findings.first?.message.en
                == "'FA-1' is imported as a draft although its version of batch 1 (a.csv:2) is issued: an issued invoice never goes back to draft, correct it with a credit note")
        // Imported once more as a draft: the newest earlier version is already a draft.
        let again = Sample.invoice("FA-1", date: "2025-01-02", file: "c.csv", line: 5, draft: true)
        #expect(try store.importBatch([Sample.file("c.csv", hash: "h3", [again])], clock: Sample.clock).findings.isEmpty)
    }

    @Test func draftThenIssuedIsSilent() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        let draft = Sample.invoice("FA-1", date: "2025-01-02", file: "a.csv", line: 2, draft: true)
        _ = try store.importBatch([Sample.file("a.csv", hash: "h1", [draft])], clock: Sample.clock)
        let issued = Sample.invoice("FA-1", date: "2025-01-02", file: "b.csv", line: 2)
        #expect(try store.importBatch([Sample.file("b.csv", hash: "h2", [issued])], clock: Sample.clock).findings.isEmpty)
    }

    @Test func sealedDocumentNowDraft() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [
                Sample.invoice("FA-2025-0001", date: "2025-01-02", line: 2),
                Sample.invoice("FA-2025-0002", date: "2025-01-10", line: 3),
                Sample.invoice("FA-2025-0003", date: "2025-01-20", line: 4),
            ])], clock: Sample.clock)
        let seal = try #require(try store.seal(clock: Sample.clock).record)
        let comparison = SealComparison(
            sealID: seal.id, sealed: try store.sealedEntries(of: seal.id),
            comparedName: LocalizedText(fr: "l'export comparé", en: "the compared export"))
        let findings = comparison.findings(comparing: [
            Sample.invoice("FA-2025-0001", date: "2025-01-02"),
            Sample.invoice("FA-2025-0002", date: "2025-01-10", file: "new.csv", line: 8, draft: true),
            Sample.invoice("FA-2025-0003", date: "2025-01-20"),
        ])
        // One finding for the fact: FR-STAT-01, not FR-CORR-02 as well.
        #expect(findings.map(\.ruleID) == ["FR-STAT-01"])
        #expect(findings.first?.location == SourceLocation(file: "new.csv", line: 8))
        #expect(
            findings.first?.message.en
                == "'FA-2025-0002', sealed as issued in seal 1, is a draft in the compared export: an issued invoice never goes back to draft, correct it with a credit note")
        // Deleted rather than turned into a draft: FR-CORR-02 stays the finding.
        let deleted = comparison.findings(comparing: [
            Sample.invoice("FA-2025-0001", date: "2025-01-02"), Sample.invoice("FA-2025-0003", date: "2025-01-20"),
        ])
        #expect(deleted.map(\.ruleID) == ["FR-CORR-02"])
    }
}
