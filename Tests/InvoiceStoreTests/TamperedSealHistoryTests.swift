import Foundation
import InvoiceAudit
import InvoiceModel
import InvoiceStore
import Testing

/// A seal edited outside facturaudit (an entry deleted with sqlite3) fails FA-SEAL-02; the history
/// must not then call its differences accepted with `--accept-changes`, even when that seal
/// accepted a change.
@Suite struct TamperedSealHistoryTests {
    /// Seals FA-1 and FA-2, then FA-1 changed with `--accept-changes`; `edit` runs on the store afterwards.
    static func history(after edit: String?) throws -> (findings: [Finding], chain: [Finding]) {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [
                Sample.invoice("FA-1", date: "2025-01-02"), Sample.invoice("FA-2", date: "2025-01-03", line: 3),
            ])], clock: Sample.clock)
        _ = try store.seal(clock: Sample.clock).record
        _ = try store.importBatch(
            [Sample.file("b.csv", hash: "h2", [Sample.invoice("FA-1", date: "2025-01-02", gross: "110.00", file: "b.csv")])],
            clock: Sample.clock)
        #expect(try store.seal(clock: Sample.clock, acceptChanges: true).record?.acceptedChanges == 1)
        store.close()
        if let edit {
            let raw = try SQLiteConnection(path: path, create: false)
            try raw.execute(edit)
            raw.close()
        }
        let reopened = try InvoiceStore(path: path, create: false)
        defer { reopened.close() }
        return (try reopened.resealedFindings(), try reopened.chainFindings())
    }

    static let outside = "seal 2 fails its integrity check (FA-SEAL-02): the difference may come from an edit of the store "
        + "outside facturaudit, and does not count as accepted when sealing"
    static let outsideFR = "le sceau 2 ne passe pas son contrôle d'intégrité (FA-SEAL-02) : la différence peut venir "
        + "d'une modification de la base hors de facturaudit et ne compte pas comme acceptée au scellement"

    @Test func deletionOutsideFacturauditIsNotCalledAccepted() throws {
        let (findings, chain) = try Self.history(after: "DELETE FROM seal_entry WHERE seal_id = 2 AND number = 'FA-2'")
        #expect(chain.map(\.ruleID) == ["FA-SEAL-02", "FA-SEAL-02"])
        #expect(findings.map(\.ruleID) == ["FR-CORR-02", "FR-CORR-01"])
        #expect(findings.map(\.severity) == [.error, .error])
        #expect(findings[0].message.en == "document 'FA-2' sealed in seal 1 is missing from seal 2; " + Self.outside)
        #expect(findings[0].message.fr == "le document 'FA-2' scellé au sceau 1 est absent du sceau 2 ; " + Self.outsideFR)
        #expect(
            findings[1].message.en
                == "issued document 'FA-1' was sealed again in seal 2 with other content than in seal 1 (changed "
                + "fields: 'total.tax_inclusive'); " + Self.outside)
    }

    @Test func untouchedSealKeepsItsAcceptedChange() throws {
        let (findings, chain) = try Self.history(after: nil)
        #expect(chain.isEmpty)
        #expect(findings.map(\.ruleID) == ["FR-CORR-01"])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings[0].message.en.hasSuffix("the change was accepted when sealing (--accept-changes): keep the record that justifies it"))
    }
}
