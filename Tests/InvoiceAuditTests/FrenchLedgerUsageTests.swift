import FoundationEssentials
import InvoiceAudit
import InvoiceModel
import Testing

/// FR-REF-03 (credit note used twice), FR-NUM-09 (series used by another establishment) and
/// FR-STAT-01 (issued document back to draft between two sources).
@Suite struct FrenchLedgerUsageTests {
    typealias T = TestDocuments
    typealias L = FrenchLedgerRulesTests

    // MARK: FR-REF-03

    let original = L.doc("FA-2025-0001", "2025-02-01", paid: [("70.00", "2025-02-03")], line: 2)
    func credit(refunded: String?) -> Document {
        L.doc(
            "AV-2025-0001", "2025-02-10", kind: .creditNote, total: "-50.00", refs: ["FA-2025-0001"],
            paid: refunded.map { [($0, "2025-02-12")] } ?? [], line: 3)
    }
    func imputing(_ prepaid: String, refs: [String] = ["AV-2025-0001"], total: String = "200.00") -> Document {
        L.doc("FA-2025-0002", "2025-03-01", total: total, refs: refs, line: 4, prepaid: prepaid)
    }

    @Test func creditNoteUsedBeyondAmount() throws {
        let ledger = Ledger(entries: [original, credit(refunded: "-50.00"), imputing("30.00")].map { LedgerEntry($0) })
        let found = Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID.hasPrefix("FR-REF") || $0.ruleID.hasPrefix("FR-DEP") }
        try #require(found.count == 1)
        #expect(found[0].ruleID == "FR-REF-03")
        #expect(found[0].severity == .error)
        #expect(found[0].location.line == 3)
        #expect(
            found[0].message.en
                == "credit note 'AV-2025-0001' of 50.00 is refunded 50.00 and imputed 30.00 on 'FA-2025-0002', 30.00 too much: cancel the refund or the imputation in excess")
        #expect(
            found[0].message.fr
                == "l'avoir 'AV-2025-0001' de 50,00 est remboursé 50,00 et imputé 30,00 sur 'FA-2025-0002', soit 30,00 de trop : annulez le remboursement ou l'imputation en excès")
    }

    @Test func refundAndImputationWithinAmount() {
        #expect(L.rules([original, credit(refunded: "-20.00"), imputing("30.00")]).isEmpty)
        #expect(L.rules([original, credit(refunded: nil), imputing("50.00")]).isEmpty)
        #expect(L.rules([original, credit(refunded: "-50.00")]).isEmpty)
    }

    @Test func citedDepositsKeepTheirShare() {
        let deposit = L.doc("AC-2025-0001", "2025-01-10", kind: .deposit, total: "100.00", line: 1)
        // 130 prepaid: 100 for the deposit, 30 imputed on the credit note, 20 refunded: 50 used.
        let both = imputing("130.00", refs: ["AC-2025-0001", "AV-2025-0001"])
        #expect(L.rules([deposit, original, credit(refunded: "-20.00"), both]).isEmpty)
        let refundedAll = [deposit, original, credit(refunded: "-50.00"), both]
        #expect(L.rules(refundedAll) == ["FR-REF-03"])
    }

    /// The as-of date judges overdue invoices only (FR-STAT-07): an earlier one does not hide a
    /// refund and an imputation the export shows, which are judged at the export's own date.
    @Test func earlierAsOfDateKeepsTheExportsRefundsAndImputations() {
        let documents = [original, credit(refunded: "-50.00"), imputing("30.00")]
        let ledger = Ledger(entries: documents.map { LedgerEntry($0) })
        for asOf in [T.date("2025-02-11"), T.date("2025-01-31"), nil] {
            let auditor = Auditor(configuration: AuditConfiguration(asOf: asOf))
            let found = auditor.ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-REF-03" }
            #expect(
                found.map(\.message.en) == [
                    "credit note 'AV-2025-0001' of 50.00 is refunded 50.00 and imputed 30.00 on 'FA-2025-0002', 30.00 too much: cancel the refund or the imputation in excess"
                ], "as of \(asOf.map(String.init(describing:)) ?? "none")")
        }
        // A refund dated after today is not yet part of the export's state.
        var future = credit(refunded: nil)
        future.payments = [Payment(date: T.date("2026-01-15"), amount: T.amount("-50.00"))]
        let later = Ledger(entries: [original, future, imputing("30.00")].map { LedgerEntry($0) })
        let auditor = Auditor(configuration: AuditConfiguration(today: T.date("2025-12-05")))
        #expect(auditor.ledgerFindings(later).findings.filter { $0.ruleID == "FR-REF-03" }.isEmpty)
    }

    // MARK: FR-NUM-09

    static let siteA = "73282932000074"
    static let siteB = "73282932000082"

    static func configuration(establishment: String = siteA) throws -> AuditConfiguration {
        try AuditConfiguration.load(
            json: Data(#"{"series": [{"pattern": "PA-{yyyy}-{counter:4}", "establishment": "\#(establishment)"}]}"#.utf8),
            file: "facturaudit.json")
    }

    static func siteDocument(_ number: String, siret: String?, line: Int, siren: String = "732829320") -> Document {
        var seller = Party(name: "Atelier Test", siren: siren)
        seller.siret = siret
        return T.document(number, "2025-02-0\(line)", seller: seller, line: line)
    }

    @Test func seriesUsedByAnotherSite() throws {
        let documents = [
            Self.siteDocument("PA-2025-0001", siret: Self.siteA, line: 1),
            Self.siteDocument("PA-2025-0002", siret: Self.siteB, line: 2),
            Self.siteDocument("PA-2025-0003", siret: Self.siteB, line: 3),
        ]
        let configuration = try Self.configuration()
        let ledger = Ledger(entries: documents.map { LedgerEntry($0, configuration: configuration) })
        let found = Auditor(configuration: configuration).ledgerFindings(ledger).findings
        #expect(found.map(\.ruleID) == ["FR-NUM-09"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location.line == 2)
        #expect(
            found.first?.message.en
                == "series PA-{yyyy}-{counter:4}, kept for establishment '73282932000074', numbers 2 documents of establishment '73282932000082' ('PA-2025-0002' … 'PA-2025-0003'): number them in that establishment's series or correct 'establishment' in the configuration")
    }

    @Test func ownSiteOrOtherCompanySilent() throws {
        let configuration = try Self.configuration()
        let documents = [
            Self.siteDocument("PA-2025-0001", siret: Self.siteA, line: 1),
            Self.siteDocument("PA-2025-0002", siret: nil, line: 2),
            // Another company (SIREN 552100554) with the same pattern numbers its own series.
            Self.siteDocument("PA-2025-0001", siret: "55210055400013", line: 3, siren: "552100554"),
        ]
        #expect(L.rules(documents, configuration: configuration).isEmpty)
        // Without the key, no series belongs to an establishment.
        let drift = [Self.siteDocument("PA-2025-0001", siret: Self.siteB, line: 1)]
        #expect(L.rules(drift).isEmpty)
    }

    @Test(arguments: [
        (#"{"series": [{"pattern": "PA-{counter}", "establishment": "7328293200007"}]}"#, "series[0].establishment",
         "invalid SIRET '7328293200007': write the establishment's 14-digit SIRET"),
        (#"{"series": [{"pattern": "PA-{counter}", "establishment": 73282932000074}]}"#, "series[0].establishment",
         "expected a string, found 73282932000074"),
        (#"{"series": [{"pattern": "PA-{counter}", "sellerSiren": "552100554", "establishment": "73282932000074"}]}"#,
         "series[0].establishment", "SIRET '73282932000074' does not belong to SIREN '552100554' of sellerSiren: correct one of them"),
        (#"{"series": [{"pattern": "PA-{counter}", "etablissement": "73282932000074"}]}"#, "series[0].etablissement",
         "unknown key: keys allowed here are carryOver, establishment, firstCounters, pattern, reset, sellerSiren"),
    ])
    func establishmentKeyIsStrict(json: String, keyPath: String, message: String) {
        do {
            _ = try AuditConfiguration.load(json: Data(json.utf8), file: "facturaudit.json")
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.keyPath == keyPath)
            #expect(error.message.en == message)
        }
    }

    // MARK: FR-STAT-01

    static func sources(_ documents: [(Document, Int)]) -> [Finding] {
        let entries = documents.map { document, source in
            LedgerEntry(document, configuration: AuditConfiguration(), sourceIndex: source, sourceName: source == 0 ? "old/" : "new/")
        }
        return Auditor().ledgerFindings(Ledger(entries: entries)).findings.sorted(by: Finding.journalOrder)
    }

    @Test func issuedThenDraftAcrossSources() throws {
        let issued = T.document("FA-2025-0001", "2025-02-01", line: 1, file: "old/ventes.csv")
        let draft = T.document("FA-2025-0001", "2025-02-01", draft: true, line: 1, file: "new/ventes.csv")
        let found = Self.sources([(issued, 0), (draft, 1)])
        try #require(found.count == 1)
        #expect(found[0].ruleID == "FR-STAT-01")
        #expect(found[0].severity == .error)
        #expect(found[0].location.file == "new/ventes.csv")
        #expect(
            found[0].message.en
                == "'FA-2025-0001', issued in 'old/' (old/ventes.csv:1), is a draft in 'new/': an issued invoice never goes back to draft, correct it with a credit note")
    }

    @Test func draftThenIssuedIsNoReversal() {
        let issued = T.document("FA-2025-0001", "2025-02-01", line: 1)
        let draft = T.document("FA-2025-0001", "2025-02-01", draft: true, line: 2)
        // A draft that is issued later is the normal order.
        #expect(!Self.sources([(draft, 0), (issued, 1)]).map(\.ruleID).contains("FR-STAT-01"))
        // Within one source a draft with an issued number stays FR-NUM-07.
        #expect(Self.sources([(issued, 0), (draft, 0)]).map(\.ruleID) == ["FR-NUM-07"])
    }
}
