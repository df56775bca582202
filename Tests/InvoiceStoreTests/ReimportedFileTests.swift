import Foundation
import InvoiceAudit
import InvoiceModel
import InvoiceStore
import Testing

/// A file imported again under the same path replaces its earlier version, and sealed documents
/// missing from a new batch are reported at import, by `verify --batch` and by `seal`.
@Suite struct ReimportedFileTests {
    private static func invoices(_ counters: [Int], file: String) -> [Document] {
        counters.map { Sample.invoice("FA-\($0)", date: "2025-01-0\($0)", file: file, line: $0 + 1) }
    }

    /// Creates a store whose batch 1 contains 'export.csv' with FA-1 to FA-4, and seals it.
    private static func sealedStore(_ folder: borrowing TemporaryFolder) throws -> InvoiceStore {
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        _ = try store.importBatch(
            [Sample.file("export.csv", hash: "h1", invoices([1, 2, 3, 4], file: "export.csv"))], clock: Sample.clock)
        #expect(try store.seal(clock: Sample.clock).record?.documentCount == 4)
        return store
    }

    @Test func samePathReplacesEarlierVersion() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("export.csv", hash: "h1", Self.invoices([1, 2, 3], file: "export.csv"))], clock: Sample.clock)
        // Another file holding FA-1 and FA-3 adds versions; FA-2 of 'export.csv' stays.
        _ = try store.importBatch(
            [Sample.file("other.csv", hash: "h2", Self.invoices([1, 3], file: "other.csv"))], clock: Sample.clock)
        #expect(try store.documents().map(\.document.number) == ["FA-2", "FA-1", "FA-3"])
        // 'export.csv' exported again without FA-2 replaces its first version.
        _ = try store.importBatch(
            [Sample.file("export.csv", hash: "h3", Self.invoices([1, 3], file: "export.csv"))], clock: Sample.clock)
        #expect(try store.documents().map(\.document.number) == ["FA-1", "FA-3"])
        #expect(try store.documents().map(\.batch) == [3, 3])
        #expect(try store.documents(asOfBatch: 2).map(\.document.number) == ["FA-2", "FA-1", "FA-3"])
        #expect(try store.documents(ofBatch: 2).map(\.document.number) == ["FA-1", "FA-3"])
        #expect(try store.documents(ofBatch: 2).map(\.filePath) == ["other.csv", "other.csv"])
        #expect(try store.filePaths(ofBatch: 3) == ["export.csv"])
        #expect(throws: StoreError.self) { try store.documents(ofBatch: 4) }
    }

    @Test func importReportsSealedDocumentMissingInsideRange() throws {
        let folder = try TemporaryFolder()
        let store = try Self.sealedStore(folder)
        defer { store.close() }
        let outcome = try store.importBatch(
            [Sample.file("export-02.csv", hash: "h2", Self.invoices([1, 3, 4], file: "export-02.csv"))],
            clock: Sample.clock)
        #expect(outcome.findings.map(\.ruleID) == ["FR-CORR-02"])
        #expect(outcome.findings.first?.location == SourceLocation(file: "export.csv", line: 3))
        #expect(
            outcome.findings.first?.message.en
                == "document 'FA-2' sealed in seal 1 is missing from batch 2 although its series is there: "
                + "find it or explain its removal")
    }

    @Test func lastSealedDocumentMissingFromSamePathIsReported() throws {
        let folder = try TemporaryFolder()
        let store = try Self.sealedStore(folder)
        defer { store.close() }
        let outcome = try store.importBatch(
            [Sample.file("export.csv", hash: "h2", Self.invoices([1, 2, 3], file: "export.csv"))], clock: Sample.clock)
        #expect(outcome.findings.map(\.ruleID) == ["FR-CORR-02"])
        #expect(outcome.findings.first?.documentNumber == "FA-4")
        #expect(
            outcome.findings.first?.message.fr
                == "le document 'FA-4' scellé (sceau 1) est absent du lot 2, qui contient une nouvelle version de "
                + "'export.csv' : retrouvez-le ou expliquez sa suppression")
        // Under another name, the last document is outside the compared range: nothing to report.
        let renamed = try store.importBatch(
            [Sample.file("export-03.csv", hash: "h3", Self.invoices([1, 2, 3], file: "export-03.csv"))],
            clock: Sample.clock)
        #expect(renamed.findings.isEmpty)
    }

    @Test func sealRefusesDeletionUnlessAccepted() throws {
        let folder = try TemporaryFolder()
        let store = try Self.sealedStore(folder)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("export.csv", hash: "h2", Self.invoices([1, 3, 4], file: "export.csv"))], clock: Sample.clock)
        let refused = try store.seal(clock: Sample.clock)
        #expect(refused.record == nil)
        #expect(refused.changes.map(\.ruleID) == ["FR-CORR-02"])
        #expect(refused.changes.map(\.documentNumber) == ["FA-2"])
        let accepted = try store.seal(clock: Sample.clock, acceptChanges: true)
        #expect(accepted.record?.documentCount == 3)
        #expect(accepted.record?.acceptedChanges == 1)
        // The accepted deletion stays visible in the chain's history.
        let history = try store.resealedFindings()
        #expect(history.map(\.ruleID) == ["FR-CORR-02"])
        #expect(history.map(\.severity) == [.warning])
        #expect(history.first?.location == SourceLocation(file: "export.csv", line: 3))
        #expect(
            history.first?.message.en
                == "document 'FA-2' sealed in seal 1 is missing from seal 2; the deletion was accepted when sealing "
                + "(--accept-changes): keep the record that justifies it")
    }
}
