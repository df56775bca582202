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
        let first = try #require(try store.seal(clock: .fixed(1_751_284_800)).record)
        let second = try #require(try store.seal(clock: .fixed(1_751_371_200)).record)
        #expect(first.documentCount == 2)
        #expect(first.previousHash == SealRecord.genesisHash)
        #expect(first.sealedAt == "2025-06-30T12:00:00Z")
        #expect(second.previousHash == first.sealHash)
        let entries = try store.sealEntryRows(of: 1)
        #expect(entries.map(\.documentID) == [1, 2])
        let one = try #require(entries.first)
        let two = try #require(entries.last)
        // The documented layout, written out by hand: every column of the row and of each entry.
        let expected = """
            facturaudit-seal-2
            previous_hash=\(SealRecord.genesisHash)
            sealed_at=2025-06-30T12:00:00Z
            last_batch=1
            document_count=2
            accepted_changes=0
            entry=1\tSIREN:812476356\tFA-1\t2025-01-02\t\(one.fingerprint)\t\(one.canonicalText.replacingOccurrences(of: "\n", with: "\\n"))
            entry=2\tSIREN:812476356\tFA-2\t2025-01-03\t\(two.fingerprint)\t\(two.canonicalText.replacingOccurrences(of: "\n", with: "\\n"))

            """
        #expect(first.sealedText(entries: entries) == expected)
        #expect(first.sealHash == SHA256.hex(expected))
        #expect(first.hashVersion == 2)
        #expect(try store.chainFindings().isEmpty)
    }

    @Test func tamperedSealEntryBreaksChain() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock).record
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute("UPDATE seal_entry SET canonical = replace(canonical, 'total.vat=20', 'total.vat=10')")
        raw.close()
        let reopened = try InvoiceStore(path: path, create: false)
        defer { reopened.close() }
        let findings = try reopened.chainFindings()
        // The canonical text is hashed too, so the seal hash no longer matches either.
        #expect(findings.map(\.ruleID) == ["FA-SEAL-02", "FA-SEAL-02"])
        #expect(findings.last?.message.en.hasPrefix("seal 1 does not match: its hash does not match its content") == true)
        #expect(
            findings.first?.message.en
                == "seal 1 does not match: the fingerprint of document 'FA-1' does not match its sealed content; "
                + "the store was modified outside facturaudit")
    }

    /// Edits of single seal columns that verify relies on, each made with plain SQL.
    static let columnEdits = [
        "UPDATE seal_entry SET number = 'FA-9999' WHERE number = 'FA-2'",
        "UPDATE seal_entry SET seller_key = '999999999' WHERE number = 'FA-2'",
        "UPDATE seal_entry SET issue_date = '2024-01-01'",
        "UPDATE seal_entry SET issue_date = NULL WHERE number = 'FA-1'",
        "UPDATE seal_entry SET document_id = 3 WHERE number = 'FA-2'",
        "UPDATE seal SET sealed_at = '2026-01-01T00:00:00Z'",
        "UPDATE seal SET last_batch_id = 7",
        "UPDATE seal SET accepted_changes = 1",
    ]

    @Test(arguments: columnEdits)
    func editedSealColumnBreaksChain(edit: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [
                Sample.invoice("FA-1", date: "2025-01-02"), Sample.invoice("FA-2", date: "2025-01-03", line: 3),
            ])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock).record
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute(edit)
        raw.close()
        let reopened = try InvoiceStore(path: path, create: false)
        defer { reopened.close() }
        let findings = try reopened.chainFindings()
        #expect(findings.map(\.ruleID) == ["FA-SEAL-02"])
        #expect(findings.first?.message.en.hasPrefix("seal 1 does not match: its hash does not match its content") == true)
    }

    @Test func versionOneSealStillVerifies() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock).record
        let fingerprint = try #require(try store.sealEntryRows(of: 1).first?.fingerprint)
        store.close()
        // A seal made before version 2 hashed only the previous hash, the fingerprints and the time.
        let legacy = SHA256.hex(SealRecord.genesisHash + "\n" + fingerprint + "\n" + "2025-06-30T12:00:00Z\n")
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute("UPDATE seal SET hash_version = 1, seal_hash = ?", [legacy])
        raw.close()
        let reopened = try InvoiceStore(path: path, create: false)
        defer { reopened.close() }
        #expect(try reopened.chainFindings().isEmpty)
        let next = try #require(try reopened.seal(clock: Sample.clock).record)
        #expect(next.previousHash == legacy)
        #expect(try reopened.chainFindings().isEmpty)
    }

    @Test func sealRefusesChangedDocumentUnlessAccepted() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock).record
        _ = try store.importBatch(
            [Sample.file("b.csv", hash: "h2", [Sample.invoice("FA-1", date: "2025-01-02", gross: "110.00", file: "b.csv")])],
            clock: Sample.clock)

        let refused = try store.seal(clock: Sample.clock)
        #expect(refused.record == nil)
        #expect(refused.changes.map(\.ruleID) == ["FR-CORR-01"])
        #expect(
            refused.changes.first?.message.en
                == "issued document 'FA-1' differs from its sealed version (seal 1, a.csv:2) (changed fields: "
                + "'total.tax_inclusive'): correct an issued invoice with a credit note or a corrective invoice")
        #expect(try store.seals().count == 1)

        let accepted = try #require(try store.seal(clock: Sample.clock, acceptChanges: true).record)
        #expect(accepted.acceptedChanges == 1)
        #expect(try store.chainFindings().isEmpty)
        let history = try store.resealedFindings()
        #expect(history.map(\.severity) == [.warning])
        #expect(
            history.first?.message.en
                == "issued document 'FA-1' was sealed again in seal 2 with other content than in seal 1 (changed "
                + "fields: 'total.tax_inclusive'); the change was accepted when sealing (--accept-changes): keep the "
                + "record that justifies it")
        // Once accepted, the new version is the sealed one: the next seal needs no acceptance.
        #expect(try store.seal(clock: Sample.clock).record?.acceptedChanges == 0)
    }

    @Test func rewrittenSealHashBreaksChain() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock).record
        _ = try store.seal(clock: Sample.clock).record
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

/// The FA-SEAL-02 message that counts a seal's entries uses the singular for one document, in
/// French for none as well.
@Suite struct SealEntryCountMessageTests {
    @Test(arguments: [
        ("DELETE FROM seal_entry WHERE number = 'FA-2'", "it lists 1 document instead of 2", "il liste 1 document au lieu de 2"),
        ("DELETE FROM seal_entry", "it lists 0 documents instead of 2", "il liste 0 document au lieu de 2"),
        ("UPDATE seal SET document_count = 3", "it lists 2 documents instead of 3", "il liste 2 documents au lieu de 3"),
    ])
    func entryCountIsPluralisedInBothLanguages(edit: String, english: String, french: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [
                Sample.invoice("FA-1", date: "2025-01-02"), Sample.invoice("FA-2", date: "2025-01-03", line: 3),
            ])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock).record
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute(edit)
        raw.close()
        let reopened = try InvoiceStore(path: path, create: false)
        defer { reopened.close() }
        let counts = try reopened.chainFindings().filter { $0.message.en.contains("it lists") }
        #expect(counts.map(\.message.en) == ["seal 1 does not match: \(english); the store was modified outside facturaudit"])
        #expect(counts.map(\.message.fr) == ["le sceau 1 ne correspond plus : \(french) ; la base a été modifiée hors de facturaudit"])
    }
}
