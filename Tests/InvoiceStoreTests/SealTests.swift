import Foundation
import InvoiceAudit
import InvoiceModel
import InvoiceStore
import Testing

@Suite struct SealTests {
    @Test func sha256OfKnownVector() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func canonicalTextListsLegalFieldsInOrder() {
        var document = Sample.invoice("FA-1", date: "2025-01-02", net: "100.00", vat: "20.00", gross: "120.00")
        document.status = .paid
        document.notes = [Note(text: "pénalités : 3 × taux légal\nindemnité 40 €")]
        let fingerprint = DocumentFingerprint(document)
        #expect(
            fingerprint.canonicalText == """
                fingerprint=facturaudit-1
                number=FA-1
                kind=invoice
                issue_date=2025-01-02
                currency=EUR
                seller.name=Atelier Test SARL
                seller.siren=812476356
                buyer.name=Client SAS
                buyer.siren=794381020
                total.tax_exclusive=100
                total.vat=20
                total.tax_inclusive=120
                note.1.text=pénalités : 3 × taux légal\\nindemnité 40 €

                """)
        #expect(fingerprint.hash == SHA256.hex(fingerprint.canonicalText))
    }

    @Test func statusAndPaymentsDoNotChangeFingerprint() {
        let issued = Sample.invoice("FA-1", date: "2025-01-02")
        var paid = issued
        paid.status = .paid
        paid.payments = [Payment(date: CivilDate(parsing: "2025-02-01"), amount: Amount(120))]
        paid.source = SourceLocation(file: "other.xml", line: 9)
        #expect(DocumentFingerprint(issued).hash == DocumentFingerprint(paid).hash)
        var edited = issued
        edited.buyer?.name = "Autre Client SAS"
        #expect(DocumentFingerprint(issued).hash != DocumentFingerprint(edited).hash)
    }

    @Test func sealChainsToPreviousSeal() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [
                Sample.invoice("FA-1", date: "2025-01-02"), Sample.invoice("FA-2", date: "2025-01-03", line: 3),
                Sample.invoice("FA-3", date: "2025-01-04", line: 4, draft: true),
            ])], clock: Sample.clock)
        let first = try store.seal(clock: .fixed(1_751_284_800))
        let second = try store.seal(clock: .fixed(1_751_371_200))
        #expect(first.documentCount == 2)
        #expect(first.previousHash == SealRecord.genesisHash)
        #expect(first.sealedAt == "2025-06-30T12:00:00Z")
        #expect(second.previousHash == first.sealHash)
        let fingerprints = try store.sealedEntries(of: 1).map(\.fingerprint)
        #expect(
            first.sealHash
                == SHA256.hex(SealRecord.genesisHash + "\n" + fingerprints.sorted().map { $0 + "\n" }.joined() + "2025-06-30T12:00:00Z\n"))
        #expect(try store.chainFindings().isEmpty)
    }

    @Test func tamperedSealEntryBreaksChain() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock)
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute("UPDATE seal_entry SET canonical = replace(canonical, 'total.vat=20', 'total.vat=10')")
        raw.close()
        let reopened = try InvoiceStore(path: path, create: false)
        defer { reopened.close() }
        let findings = try reopened.chainFindings()
        #expect(findings.map(\.ruleID) == ["FA-SEAL-02"])
        #expect(
            findings.first?.message.en
                == "seal 1 does not match: the fingerprint of document 'FA-1' does not match its sealed content; "
                + "the store was modified outside facturaudit")
    }

    @Test func rewrittenSealHashBreaksChain() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock)
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute("DELETE FROM seal_entry WHERE seal_id = 1")
        try raw.execute("UPDATE seal SET document_count = 0, seal_hash = ? WHERE id = 1", [String(repeating: "a", count: 64)])
        raw.close()
        let reopened = try InvoiceStore(path: path, create: false)
        defer { reopened.close() }
        let messages = try reopened.chainFindings().map(\.message.en)
        #expect(messages.count == 2)
        #expect(messages.first?.hasPrefix("seal 1 does not match: its hash does not match its content") == true)
        #expect(messages.last?.hasPrefix("seal 2 does not match: its previous hash is not the hash of the seal before it") == true)
    }
}
