import InvoiceAudit
import InvoiceModel
import Testing

/// FR-NUM-03 on the earliest period of a series that starts above 1: the hint to declare
/// `firstCounters` is kept for an export that may start mid-period, and replaced when the data
/// shows where the first numbers went.
@Suite struct NumberingLostStartTests {
    typealias T = TestDocuments

    static func findings(_ documents: [Document], rejected: [String: Int] = [:]) -> [Finding] {
        let entries = documents.map { document in
            LedgerEntry(document, configuration: AuditConfiguration(), sourceIndex: 0, sourceName: document.source.file)
        }
        var ledger = Ledger(entries: entries)
        ledger.rejectedRecordCounts = rejected
        return Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-NUM-03" }
    }

    static let lateStart = [
        T.document("FA-2025-0003", "2025-01-10", line: 4, file: "export.csv"),
        T.document("FA-2025-0004", "2025-01-11", line: 5, file: "export.csv"),
    ]

    @Test func exportStartingMidPeriodKeepsTheHint() {
        let findings = Self.findings(Self.lateStart, rejected: ["other.csv": 1])
        #expect(findings.map(\.severity) == [.warning])
        #expect(
            findings.first?.message.en
                == "period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0003' instead of 'FA-2025-0001': if the export starts mid-period, declare the first counter (firstCounters) in facturaudit.json")
    }

    @Test func rejectedRecordsOfTheFileReplaceTheHint() {
        let findings = Self.findings(Self.lateStart, rejected: ["export.csv": 2])
        #expect(findings.map(\.severity) == [.warning])
        #expect(
            findings.first?.message.en
                == "period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0003' instead of 'FA-2025-0001': 2 records of 'export.csv' were rejected at import and may hold the numbers before it: fix those records and run the audit again")
        #expect(
            findings.first?.message.fr
                == "la période 2025 de la série FA-{yyyy}-{counter:4} commence à 'FA-2025-0003' au lieu de 'FA-2025-0001' : 2 enregistrements de 'export.csv' ont été rejetés à l'import et les numéros précédents peuvent en faire partie : corrigez ces enregistrements et relancez l'audit")
        let single = Self.findings(Self.lateStart, rejected: ["export.csv": 1])
        #expect(single.first?.message.en.hasSuffix(": 1 record of 'export.csv' was rejected at import and may hold the numbers before it: fix those records and run the audit again") == true)
    }

    @Test func sameSeriesOfAnotherSellerKeyReplacesTheHint() {
        let byName = Party(name: "Ancien Nom SARL")
        let documents = [
            T.document("FA-2025-0001", "2025-01-10", seller: byName, line: 2, file: "old.csv"),
            T.document("FA-2025-0002", "2025-01-11", seller: byName, line: 3, file: "old.csv"),
            T.document("FA-2025-0004", "2025-02-10", line: 2, file: "new.csv"),
        ]
        let findings = Self.findings(documents)
        #expect(findings.map(\.location.file) == ["new.csv"])
        #expect(
            findings.first?.message.en
                == "period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0004' instead of 'FA-2025-0001': the same series of another seller ('old.csv') ends at 'FA-2025-0002'; if it is the same seller, the numbers are missing between the two files: give both the same SIREN (defaults.sellerSiren in a mapping file, --mapping) to check them as one series")
        #expect(
            findings.first?.message.fr
                == "la période 2025 de la série FA-{yyyy}-{counter:4} commence à 'FA-2025-0004' au lieu de 'FA-2025-0001' : la même série d'un autre vendeur ('old.csv') finit à 'FA-2025-0002' ; si c'est le même vendeur, les numéros manquent entre les deux fichiers : donnez-leur le même SIREN (defaults.sellerSiren dans un fichier de correspondance, --mapping) pour les contrôler comme une seule série")
    }

    @Test func twoRegisteredSellersKeepTheHint() {
        let documents = [
            T.document("FA-2025-0001", "2025-01-10", seller: T.otherSeller, line: 2, file: "old.csv"),
            T.document("FA-2025-0004", "2025-02-10", line: 2, file: "new.csv"),
        ]
        let findings = Self.findings(documents)
        #expect(findings.count == 1)
        #expect(findings.first?.message.en.hasSuffix(": if the export starts mid-period, declare the first counter (firstCounters) in facturaudit.json") == true)
    }
}
