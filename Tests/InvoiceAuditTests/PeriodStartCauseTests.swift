import InvoiceAudit
import InvoiceModel
import Testing

/// FR-NUM-03 at a period start below the expected first counter names the real cause: a
/// configured first counter, a series declared to run on, or a counter at 0 with no configuration.
@Suite struct PeriodStartCauseTests {
    typealias T = TestDocuments

    static func messages(
        _ numbers: [(String, String)], configuration: AuditConfiguration = AuditConfiguration(), language: Language = .en
    ) -> [String] {
        let documents = numbers.enumerated().map { index, item in T.document(item.0, item.1, line: index + 2) }
        let ledger = Ledger(entries: documents.map { LedgerEntry($0, configuration: configuration) })
        return Auditor(configuration: configuration).ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-NUM-03" }
            .map { "\($0.severity) \($0.message.text(language))" }
    }

    static func series(_ text: String, carryOver: Bool = false, firstCounters: [String: Int] = [:]) -> AuditConfiguration {
        let pattern = try? NumberPattern(parsing: text)
        return AuditConfiguration(series: pattern.map { [SeriesConfiguration(pattern: $0, carryOver: carryOver, firstCounters: firstCounters)] } ?? [])
    }

    static let zeroStart = [("FA-2025-0000", "2025-01-02"), ("FA-2025-0001", "2025-01-03")]

    @Test func counterAtZeroWithoutConfiguration() {
        #expect(Self.messages(Self.zeroStart) == [
            "warning period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0000' instead of 'FA-2025-0001': counters start at 1; if this series deliberately starts at 0, declare the series' pattern with \"firstCounters\": {\"2025\": 0} in facturaudit.json"
        ])
        #expect(Self.messages(Self.zeroStart, language: .fr) == [
            "warning la période 2025 de la série FA-{yyyy}-{counter:4} commence à 'FA-2025-0000' au lieu de 'FA-2025-0001' : un compteur commence à 1 ; si cette série commence volontairement à 0, déclarez le motif de la série avec \"firstCounters\": {\"2025\": 0} dans facturaudit.json"
        ])
    }

    @Test func counterAtZeroWithAPatternButNoFirstCounter() {
        #expect(Self.messages(Self.zeroStart, configuration: Self.series("FA-{yyyy}-{counter:4}")) == [
            "warning period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0000' instead of 'FA-2025-0001': counters start at 1; if this series deliberately starts at 0, add to the series \"firstCounters\": {\"2025\": 0} in facturaudit.json"
        ])
    }

    @Test func declaredFirstCounterOfZeroIsSilent() {
        #expect(Self.messages(Self.zeroStart, configuration: Self.series("FA-{yyyy}-{counter:4}", firstCounters: ["2025": 0])).isEmpty)
    }

    @Test func configuredFirstCounterAboveTheExport() {
        let numbers = [("FA-2025-0003", "2025-01-02"), ("FA-2025-0004", "2025-01-03")]
        #expect(Self.messages(numbers, configuration: Self.series("FA-{yyyy}-{counter:4}", firstCounters: ["2025": 5])) == [
            "error period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0003' instead of 'FA-2025-0005': the configured first counter (firstCounters) is above the export's first number; correct it in facturaudit.json"
        ])
    }

    @Test func declaredCarryOverGoingBackBelowThePreviousPeriod() {
        let numbers = [
            ("FA-2024-0009", "2024-12-20"), ("FA-2024-0010", "2024-12-21"), ("FA-2025-0004", "2025-01-02"),
            ("FA-2025-0005", "2025-01-03"),
        ]
        let configuration = Self.series("FA-{yyyy}-{counter:4}", carryOver: true, firstCounters: ["2024": 9])
        #expect(Self.messages(numbers, configuration: configuration) == [
            "error period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0004' instead of 'FA-2025-0011': the series is declared to run on (\"carryOver\": true) but starts below the last number of period 2024 ('FA-2024-0010'); if the counter restarts every period, remove \"carryOver\" from this series in facturaudit.json"
        ])
    }
}
