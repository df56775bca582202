import InvoiceAudit
import InvoiceModel
import Testing

/// Months and two-digit years read from the digits of a number when the issue dates agree:
/// glued (`FA2501001`, `202502003`), between separators (`F2025-02-003`, `FA-2501-001`) or after
/// the counter (`001/25`), with the counter restarting every month or running on.
@Suite struct NumberingDatePartTests {
    typealias T = TestDocuments

    static func documents(_ numbersAndDates: [(String, String)]) -> [Document] {
        numbersAndDates.enumerated().map { T.document($1.0, $1.1, line: $0 + 2) }
    }

    static func series(_ documents: [Document]) -> [String] {
        SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) })).map { summary in
            "\(summary.pattern) \(summary.key.period.description): \(summary.firstNumber)…\(summary.lastNumber)"
        }
    }

    @Test func yearAndMonthGluedBeforeMonthlyCounterGiveNoGap() {
        let documents = Self.documents([
            ("FA2501001", "2025-01-10"), ("FA2501002", "2025-01-11"), ("FA2502001", "2025-02-10"),
            ("FA2502002", "2025-02-11"), ("FA2601001", "2026-01-10"),
        ])
        #expect(T.ledgerFindings(documents).isEmpty)
        #expect(Self.series(documents) == [
            "FA{yy}{mm}{counter:3} 2025-01: FA2501001…FA2501002",
            "FA{yy}{mm}{counter:3} 2025-02: FA2502001…FA2502002",
            "FA{yy}{mm}{counter:3} 2026-01: FA2601001…FA2601001",
        ])
    }

    @Test func yearAndMonthGluedBeforeMonthlyCounterShowGap() {
        let findings = T.ledgerFindings(Self.documents([
            ("FA2501001", "2025-01-10"), ("FA2501002", "2025-01-11"), ("FA2502001", "2025-02-10"),
            ("FA2502003", "2025-02-11"),
        ]))
        #expect(findings.map(\.location.line) == [5])
        #expect(findings.map(\.message.en) == ["missing number in series FA{yy}{mm}{counter:3}: FA2502002"])
        #expect(findings.map(\.message.fr) == ["numéro manquant dans la série FA{yy}{mm}{counter:3} : FA2502002"])
    }

    @Test func fourDigitYearAndMonthBeforeYearlyCounterGiveNoGap() {
        let documents = Self.documents([
            ("202501001", "2025-01-10"), ("202501002", "2025-01-11"), ("202502003", "2025-02-10"),
            ("202503004", "2025-03-10"),
        ])
        #expect(T.ledgerFindings(documents).isEmpty)
        #expect(Self.series(documents) == ["{yyyy}{mm}{counter:3} 2025: 202501001…202503004"])
    }

    @Test func fourDigitYearAndMonthBeforeYearlyCounterShowGapAcrossMonths() {
        let findings = T.ledgerFindings(Self.documents([
            ("202501001", "2025-01-10"), ("202501002", "2025-01-11"), ("202502004", "2025-02-10"),
            ("202502005", "2025-02-11"),
        ]))
        #expect(findings.map(\.location.line) == [4])
        #expect(findings.map(\.message.en) == ["missing number in series {yyyy}{mm}{counter:3}: counter 3 (between 202501002 and 202502004)"])
    }

    @Test func monthBetweenSeparatorsWithYearlyCounterGivesNoGap() {
        let documents = Self.documents([
            ("F2025-01-001", "2025-01-10"), ("F2025-01-002", "2025-01-20"), ("F2025-02-003", "2025-02-03"),
            ("F2025-02-004", "2025-02-10"), ("F2025-03-005", "2025-03-03"),
        ])
        #expect(T.ledgerFindings(documents).isEmpty)
        #expect(Self.series(documents) == ["F{yyyy}-{mm}-{counter:3} 2025: F2025-01-001…F2025-03-005"])
    }

    @Test func monthBetweenSeparatorsWithYearlyCounterShowsGapAcrossMonths() {
        let findings = T.ledgerFindings(Self.documents([
            ("F2025-01-001", "2025-01-10"), ("F2025-01-002", "2025-01-20"), ("F2025-02-004", "2025-02-03"),
            ("F2025-02-005", "2025-02-10"),
        ]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.map(\.message.en) == ["missing number in series F{yyyy}-{mm}-{counter:3}: counter 3 (between F2025-01-002 and F2025-02-004)"])
        #expect(findings.map(\.message.fr) == ["numéro manquant dans la série F{yyyy}-{mm}-{counter:3} : compteur 3 (entre F2025-01-002 et F2025-02-004)"])
    }

    @Test func twoDigitYearAndMonthBetweenSeparatorsShowGap() {
        let findings = T.ledgerFindings(Self.documents([
            ("FA-2501-001", "2025-01-10"), ("FA-2501-002", "2025-01-11"), ("FA-2502-004", "2025-02-10"),
        ]))
        #expect(findings.map(\.message.en) == ["missing number in series FA-{yy}{mm}-{counter:3}: counter 3 (between FA-2501-002 and FA-2502-004)"])
    }

    @Test func monthlyCounterStaysMonthlyAndShowsGapInItsMonth() {
        let documents = Self.documents([
            ("F2025-01-001", "2025-01-10"), ("F2025-01-002", "2025-01-20"), ("F2025-02-001", "2025-02-03"),
            ("F2025-02-003", "2025-02-10"),
        ])
        let findings = T.ledgerFindings(documents)
        #expect(findings.map(\.message.en) == ["missing number in series F{yyyy}-{mm}-{counter:3}: F2025-02-002"])
        #expect(Self.series(documents) == [
            "F{yyyy}-{mm}-{counter:3} 2025-01: F2025-01-001…F2025-01-002",
            "F{yyyy}-{mm}-{counter:3} 2025-02: F2025-02-001…F2025-02-003",
        ])
    }

    @Test func yearlyCounterWithMonthRunsOnIntoTheNextYear() {
        let documents = Self.documents([
            ("2025/11/0040", "2025-11-10"), ("2025/11/0041", "2025-11-20"), ("2025/12/0042", "2025-12-01"),
            ("2026/01/0043", "2026-01-02"),
        ])
        // 0040 is the export's first number: the only finding is the partial first period.
        #expect(T.ledgerFindings(documents).isEmpty)
        #expect(Self.series(documents) == [
            "{yyyy}/{mm}/{counter:4} 2025: 2025/11/0040…2025/12/0042", "{yyyy}/{mm}/{counter:4} 2026: 2026/01/0043…2026/01/0043",
        ])
    }

    @Test func monthThatDisagreesWithIssueDateStaysLiteral() {
        // F2025-02-002 issued in May: the digits are not its month, so each stays its own series.
        let documents = Self.documents([("F2025-01-001", "2025-01-10"), ("F2025-02-002", "2025-05-12")])
        #expect(Self.series(documents) == [
            "F{yyyy}-01-{counter:3} 2025: F2025-01-001…F2025-01-001", "F{yyyy}-02-{counter:3} 2025: F2025-02-002…F2025-02-002",
        ])
    }

    @Test func monthOfTheFirstDaysMayBeTheMonthBefore() {
        // FA2501003 dated 3 February was numbered in January.
        let documents = Self.documents([
            ("FA2501001", "2025-01-10"), ("FA2501002", "2025-01-11"), ("FA2501003", "2025-02-03"),
            ("FA2502001", "2025-02-10"),
        ])
        #expect(T.ledgerFindings(documents).isEmpty)
        #expect(Self.series(documents).first == "FA{yy}{mm}{counter:3} 2025-01: FA2501001…FA2501003")
    }

    @Test func twoDigitYearAfterCounterShowsGap() {
        let findings = T.ledgerFindings(Self.documents([
            ("001/25", "2025-01-10"), ("003/25", "2025-01-11"), ("004/25", "2025-01-12"),
        ]))
        #expect(findings.map(\.location.line) == [3])
        #expect(findings.map(\.message.en) == ["missing number in series {counter:3}/{yy}: 002/25"])
        #expect(findings.map(\.message.fr) == ["numéro manquant dans la série {counter:3}/{yy} : 002/25"])
    }

    @Test func twoDigitYearAfterCounterRestartsEachYear() {
        let documents = Self.documents([
            ("1-25", "2025-01-10"), ("2-25", "2025-01-11"), ("1-26", "2026-01-10"), ("2-26", "2026-01-11"),
        ])
        #expect(T.ledgerFindings(documents).isEmpty)
        #expect(Self.series(documents) == ["{counter}-{yy} 2025: 1-25…2-25", "{counter}-{yy} 2026: 1-26…2-26"])
    }

    @Test func twoDigitYearBetweenSeparatorsStartsNewPeriod() {
        let findings = T.ledgerFindings(Self.documents([
            ("FA-25-001", "2025-11-10"), ("FA-25-002", "2025-12-11"), ("FA-26-002", "2026-01-10"),
        ]))
        #expect(findings.map(\.message.en) == [
            "period 2026 of series FA-{yy}-{counter:3} starts at 'FA-26-002' instead of 'FA-26-001': the numbers before it are missing"
        ])
    }

    @Test(arguments: [
        ("001/2025", "002/2025", "{counter:3}/{yyyy}"), ("FA-2025-0001", "FA-2025-0002", "FA-{yyyy}-{counter:4}"),
        ("FAC-00123", "FAC-00124", "FAC-{counter:5}"), ("FAC20250001", "FAC20250002", "FAC{yyyy}{counter:4}"),
        ("F-20250110-1", "F-20250110-2", "F-20250110-{counter}"), ("FA100001", "FA100002", "FA{counter:6}"),
        ("INV-2501", "INV-2502", "INV-{counter:4}"), ("1/2025", "2/2025", "{counter}/{yyyy}"),
    ])
    func layoutsWithoutHiddenDatePartsKeepTheirSeries(first: String, second: String, pattern: String) {
        // Issued in January and February 2025, so a month or year read wrongly would show.
        let documents = Self.documents([(first, "2025-01-10"), (second, "2025-02-10")])
        #expect(T.ledgerFindings(documents).isEmpty)
        #expect(SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) })).map(\.pattern) == [pattern])
    }
}
