import InvoiceAudit
import InvoiceModel
import Testing

/// A counter running on from one year to the next, the large-gap hint, and one fault reported once.
@Suite struct NumberingCarryOverTests {
    typealias T = TestDocuments

    static func findings(_ documents: [Document], configuration: AuditConfiguration = AuditConfiguration()) -> [Finding] {
        let entries = documents.map { LedgerEntry($0, configuration: configuration) }
        return Auditor(configuration: configuration).ledgerFindings(Ledger(entries: entries)).findings
            .sorted(by: Finding.journalOrder)
    }

    static func patterns(_ documents: [Document], configuration: AuditConfiguration = AuditConfiguration()) -> [String] {
        let entries = documents.map { LedgerEntry($0, configuration: configuration) }
        return SeriesSummary.all(in: Ledger(entries: entries)).map { "\($0.pattern) \($0.key.period.description)" }
    }

    @Test func counterRunningOnIntoTheNextYearIsOneSeries() {
        let documents = NumberingDatePartTests.documents([
            ("2024-098", "2024-12-10"), ("2024-099", "2024-12-20"), ("2025-100", "2025-01-02"), ("2025-101", "2025-01-03"),
        ])
        #expect(Self.findings(documents).isEmpty)
        #expect(Self.patterns(documents) == ["{yyyy}-{counter:3} 2024", "{yyyy}-{counter:3} 2025"])
    }

    @Test func counterJumpingAtTheYearChangeNamesCarryOver() {
        let findings = Self.findings(NumberingDatePartTests.documents([
            ("2024-098", "2024-12-10"), ("2024-099", "2024-12-20"), ("2025-102", "2025-01-02"), ("2025-103", "2025-01-03"),
        ]))
        #expect(findings.map(\.severity) == [.warning, .error])
        #expect(findings.map(\.location.line) == [2, 4])
        #expect(findings.last?.message.en
            == "period 2025 of series {yyyy}-{counter:3} starts at '2025-102' instead of '2025-001': the numbers before it are missing; if the counter runs on from period 2024 (last number '2024-099'), declare \"carryOver\": true for this series in facturaudit.json")
        #expect(findings.last?.message.fr
            == "la période 2025 de la série {yyyy}-{counter:3} commence à '2025-102' au lieu de '2025-001' : les numéros précédents manquent ; si le compteur continue celui de la période 2024 (dernier numéro '2024-099'), déclarez \"carryOver\": true pour cette série dans facturaudit.json")
    }

    @Test func carryOverSeenAtOneYearChangeIsExpectedAtTheNext() {
        let findings = Self.findings(NumberingDatePartTests.documents([
            ("2023-050", "2023-12-10"), ("2024-051", "2024-01-02"), ("2024-052", "2024-12-20"), ("2025-055", "2025-01-03"),
        ]))
        #expect(findings.map(\.message.en) == [
            "period 2025 of series {yyyy}-{counter:3} starts at '2025-055' instead of '2025-053': the numbers before it are missing"
        ])
    }

    @Test func declaredPatternNamesEveryPeriod() throws {
        let pattern = try NumberPattern(parsing: "{yyyy}-{counter:3}")
        let configuration = AuditConfiguration(series: [SeriesConfiguration(pattern: pattern, carryOver: true)])
        let documents = NumberingDatePartTests.documents([
            ("2024-098", "2024-12-10"), ("2024-099", "2024-12-20"), ("2025-101", "2025-01-02"), ("2025-102", "2025-01-03"),
        ])
        #expect(Self.findings(documents, configuration: configuration).map(\.message.en) == [
            "period 2025 of series {yyyy}-{counter:3} starts at '2025-101' instead of '2025-100': the numbers before it are missing"
        ])
        #expect(Self.patterns(documents, configuration: configuration) == ["{yyyy}-{counter:3} 2024", "{yyyy}-{counter:3} 2025"])
    }

    @Test func declaredPatternWithoutCarryOverStillFindsTheJump() throws {
        let pattern = try NumberPattern(parsing: "{yyyy}-{counter:3}")
        let configuration = AuditConfiguration(series: [SeriesConfiguration(pattern: pattern)])
        let documents = NumberingDatePartTests.documents([
            ("2024-001", "2024-12-10"), ("2025-002", "2025-01-02"),
        ])
        #expect(Self.findings(documents, configuration: configuration).map(\.message.en) == [
            "period 2025 of series {yyyy}-{counter:3} starts at '2025-002' instead of '2025-001': the numbers before it are missing; if the counter runs on from period 2024 (last number '2024-001'), declare \"carryOver\": true for this series in facturaudit.json"
        ])
    }

    @Test func largeGapSuggestsDatePartsTheNumbersFollow() {
        // FA2503001 and FA2503002 are dated in April: two dates in six disagree, more than one in
        // five, so inference keeps the digits as one counter, and four in six agree for the hint.
        let findings = Self.findings(NumberingDatePartTests.documents([
            ("FA2501001", "2025-01-10"), ("FA2501002", "2025-01-11"), ("FA2502001", "2025-02-10"),
            ("FA2502002", "2025-02-11"), ("FA2503001", "2025-04-20"), ("FA2503002", "2025-04-21"),
        ])).filter { $0.ruleID == "FR-NUM-03" }
        let hint = "; the leading digits of the counter follow the issue dates: if they are date parts, declare the series' pattern in facturaudit.json, for example {\"series\": [{\"pattern\": \"FA{yy}{mm}{counter:3}\"}]}"
        #expect(findings.map(\.message.en) == [
            "998 missing numbers in series FA{counter:7}: FA2501003 to FA2502000" + hint,
            "998 missing numbers in series FA{counter:7}: FA2502003 to FA2503000" + hint,
        ])
        #expect(findings.first?.message.fr
            == "998 numéros manquants dans la série FA{counter:7} : FA2501003 à FA2502000 ; les premiers chiffres du compteur suivent les dates d'émission : si ce sont des parties de date, déclarez le motif de la série dans facturaudit.json, par exemple {\"series\": [{\"pattern\": \"FA{yy}{mm}{counter:3}\"}]}")
    }

    @Test func largeGapWithoutDatePartsHasNoHint() {
        let findings = Self.findings(NumberingDatePartTests.documents([
            ("FA-0001", "2025-01-10"), ("FA-0002", "2025-01-11"), ("FA-9000", "2025-01-12"), ("FA-9001", "2025-01-13"),
        ]))
        #expect(findings.map(\.message.en) == ["8997 missing numbers in series FA-{counter:4}: FA-0003 to FA-8999"])
    }

    @Test func duplicateIsNotAlsoAChronologyBreak() {
        let findings = Self.findings(NumberingDatePartTests.documents([
            ("FA-2025-0001", "2025-01-10"), ("FA-2025-0002", "2025-01-11"), ("FA-2025-0003", "2025-01-12"),
            ("FA-2025-0002", "2025-01-13"),
        ]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-02"])
        #expect(findings.map(\.location.line) == [5])
    }

    @Test func misdatedFirstUseOfADuplicateIsStillAChronologyBreak() {
        let findings = Self.findings(NumberingDatePartTests.documents([
            ("FA-2025-0001", "2025-01-10"), ("FA-2025-0002", "2025-01-09"), ("FA-2025-0003", "2025-01-12"),
            ("FA-2025-0002", "2025-01-13"),
        ]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-04", "FR-NUM-02"])
        #expect(findings.first?.message.en
            == "'FA-2025-0002' is dated 2025-01-09, before 'FA-2025-0001' dated 2025-01-10 which precedes it in the series")
    }
}
