import InvoiceAudit
import InvoiceModel
import Testing

/// The counter width a series is named with, and the numbers written in it, when the counter
/// grows past its padding.
@Suite struct NumberingGrowingWidthTests {
    typealias T = TestDocuments

    static func summaries(_ numbers: [String], year: Int = 2025) -> (patterns: [String], findings: [Finding]) {
        let documents = numbers.enumerated().map { index, number in
            T.document(number, "\(year)-06-\(10 + index)", line: index + 2, file: "export.csv")
        }
        let entries = documents.map { LedgerEntry($0, configuration: AuditConfiguration(), sourceIndex: 0, sourceName: "export.csv") }
        let ledger = Ledger(entries: entries)
        return (SeriesSummary.all(in: ledger).map(\.pattern), T.ledgerFindings(documents))
    }

    @Test func growingUnpaddedCounterKeepsShortestWidth() {
        let (patterns, findings) = Self.summaries((995...1001).map { "FA-2025-\($0)" })
        #expect(patterns == ["FA-{yyyy}-{counter:3}"])
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.first?.severity == .warning)
        #expect(
            findings.first?.message.en
                == "period 2025 of series FA-{yyyy}-{counter:3} starts at 'FA-2025-995' instead of 'FA-2025-001': if the export starts mid-period, declare the first counter (firstCounters) in facturaudit.json")
        #expect(
            findings.first?.message.fr
                == "la période 2025 de la série FA-{yyyy}-{counter:3} commence à 'FA-2025-995' au lieu de 'FA-2025-001' : si l'export commence en cours de période, déclarez le premier compteur (firstCounters) dans facturaudit.json")
    }

    @Test func growingPaddedCounterKeepsPaddedWidth() {
        let (patterns, findings) = Self.summaries(["FA-2025-0998", "FA-2025-0999", "FA-2025-1000", "FA-2025-1001"])
        #expect(patterns == ["FA-{yyyy}-{counter:4}"])
        #expect(findings.first?.message.en.contains("starts at 'FA-2025-0998' instead of 'FA-2025-0001'") == true)
    }

    @Test func gapWrittenAsTheSellerWritesIt() {
        let (patterns, findings) = Self.summaries(["FA-2025-1", "FA-2025-2", "FA-2025-4", "FA-2025-9", "FA-2025-10", "FA-2025-11"])
        #expect(patterns == ["FA-{yyyy}-{counter}"])
        #expect(findings.map(\.message.en) == [
            "missing number in series FA-{yyyy}-{counter}: FA-2025-3",
            "4 missing numbers in series FA-{yyyy}-{counter}: FA-2025-5 to FA-2025-8",
        ])
    }

    @Test func counterFromOneStaysUnpadded() {
        let (patterns, findings) = Self.summaries((1...10).map { "F-\($0)" })
        #expect(patterns == ["F-{counter}"])
        #expect(findings.isEmpty)
    }
}
