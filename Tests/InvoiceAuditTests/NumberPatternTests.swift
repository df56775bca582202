import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct NumberPatternTests {
    typealias T = TestDocuments

    @Test func matchesRootDatePartsAndCounter() throws {
        let pattern = try NumberPattern(parsing: "FA-{yyyy}-{counter:4}")
        #expect(pattern.match("FA-2025-0042") == NumberMatch(year: 2025, month: nil, counter: 42, counterWidth: 4))
        #expect(pattern.match("FA-2025-12345")?.counter == 12345)
        #expect(pattern.match("FA-2025-042") == nil)
        #expect(pattern.match("AV-2025-0042") == nil)
        #expect(pattern.impliedReset == .yearly)
    }

    @Test func gluedDatePartsBeforeTheCounter() throws {
        let pattern = try NumberPattern(parsing: "{yy}{mm}-{counter}")
        #expect(pattern.match("2503-17") == NumberMatch(year: 2025, month: 3, counter: 17, counterWidth: 2))
        #expect(pattern.match("2513-17") == nil)
        #expect(pattern.impliedReset == .monthly)
        let suffixed = try NumberPattern(parsing: "{counter}/{yyyy}")
        #expect(suffixed.match("118/2024") == NumberMatch(year: 2024, month: nil, counter: 118, counterWidth: 3))
    }

    @Test(arguments: ["FA-{yyyy}", "FA-{counter}-{counter}", "FA-{yyy}-{counter}", "FA-{counter"])
    func rejectsBadPatterns(_ text: String) {
        #expect(throws: NumberPattern.SyntaxError.self) { try NumberPattern(parsing: text) }
    }

    static func rules(_ documents: [Document], configuration: AuditConfiguration = AuditConfiguration(), sources: [Int]? = nil) -> [Finding] {
        let entries = documents.enumerated().map { index, document in
            let source = sources?[index] ?? 0
            return LedgerEntry(document, configuration: configuration, sourceIndex: source, sourceName: source == 0 ? "old-tool/" : "new-tool/")
        }
        return Auditor(configuration: configuration).ledgerFindings(Ledger(entries: entries)).findings.sorted(by: Finding.journalOrder)
    }

    @Test func midYearReset() {
        let documents = [
            T.document("FA-2025-0001", "2025-01-10", line: 2), T.document("FA-2025-0002", "2025-02-10", line: 3),
            T.document("FA-2025-0003", "2025-03-10", line: 4), T.document("FA-2025-0001", "2025-07-01", line: 5),
        ]
        let findings = Self.rules(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-02", "FR-NUM-05"])
        #expect(
            findings.last?.message.en
                == "the counter restarts at 'FA-2025-0001' on 2025-07-01 after 'FA-2025-0003' within period 2025: a series restarts only at the start of a year")
        // A lower counter that is not 1 is a chronology fault, not a reset.
        let late = [T.document("FA-2025-0005", "2025-01-10", line: 2), T.document("FA-2025-0004", "2025-02-10", line: 3)]
        #expect(Self.rules(late).map(\.ruleID) == ["FR-NUM-04", "FR-NUM-03"])
    }

    @Test func reuseAcrossYearsWithoutAYearPart() {
        let documents = [
            T.document("F-1", "2024-11-10", line: 2), T.document("F-2", "2024-12-10", line: 3),
            T.document("F-1", "2025-01-10", line: 4), T.document("F-2", "2025-02-10", line: 5),
        ]
        let findings = Self.rules(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-06"])
        #expect(
            findings.first?.message.en
                == "series F-{counter} restarts in 2025 without a year in the number: 2 numbers already issued in an earlier year (F-1…F-2); add the year to the format, for example {yyyy}")
        // A continuous counter across years is fine.
        #expect(Self.rules([T.document("F-1", "2024-12-10", line: 2), T.document("F-2", "2025-01-10", line: 3)]).isEmpty)
    }

    @Test func reuseNamesSeriesWithItsWidth() {
        let documents = [
            T.document("INV-0001", "2024-10-01", line: 2), T.document("INV-0002", "2024-11-01", line: 3),
            T.document("INV-0003", "2024-12-01", line: 4), T.document("INV-0001", "2025-01-03", line: 5),
            T.document("INV-0002", "2025-02-01", line: 6),
        ]
        let findings = Self.rules(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-06"])
        #expect(
            findings.first?.message.en
                == "series INV-{counter:4} restarts in 2025 without a year in the number: 2 numbers already issued in an earlier year (INV-0001…INV-0002); add the year to the format, for example {yyyy}")
        #expect(
            findings.first?.message.fr
                == "la série INV-{counter:4} recommence en 2025 sans année dans le numéro : 2 numéros déjà émis au cours d'une année précédente (INV-0001…INV-0002) ; ajoutez l'année au format, par exemple {yyyy}")
        let entries = documents.map { LedgerEntry($0, configuration: AuditConfiguration(), sourceIndex: 0, sourceName: "export.csv") }
        #expect(Set(SeriesSummary.all(in: Ledger(entries: entries)).map(\.pattern)) == ["INV-{counter:4}"])
    }

    @Test func periodStartsAtItsFirstCounter() {
        let documents = [
            T.document("FA-2024-0001", "2024-12-01", line: 2), T.document("FA-2025-0003", "2025-01-10", line: 3),
        ]
        let findings = Self.rules(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.first?.severity == .error)
        #expect(
            findings.first?.message.en
                == "period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0003' instead of 'FA-2025-0001': the numbers before it are missing; if the counter runs on from period 2024 (last number 'FA-2024-0001'), declare \"carryOver\": true for this series in facturaudit.json")
        // The earliest period may start mid-way in a partial export: a warning, silenced by firstCounters.
        let partial = Self.rules([T.document("FA-2025-0003", "2025-01-10", line: 3)])
        #expect(partial.map(\.severity) == [.warning])
        let pattern = try? NumberPattern(parsing: "FA-{yyyy}-{counter:4}")
        let configured = AuditConfiguration(series: pattern.map { [SeriesConfiguration(pattern: $0, firstCounters: ["2025": 3])] } ?? [])
        #expect(Self.rules([T.document("FA-2025-0003", "2025-01-10", line: 3)], configuration: configured).isEmpty)
    }

    @Test func carryOverContinuesThePreviousPeriod() throws {
        let pattern = try NumberPattern(parsing: "FA-{yyyy}-{counter:4}")
        let configuration = AuditConfiguration(series: [SeriesConfiguration(pattern: pattern, carryOver: true)])
        let continuing = [T.document("FA-2024-0001", "2024-12-01", line: 2), T.document("FA-2025-0002", "2025-01-10", line: 3)]
        #expect(Self.rules(continuing, configuration: configuration).isEmpty)
        let restarting = [T.document("FA-2024-0001", "2024-12-01", line: 2), T.document("FA-2025-0001", "2025-01-10", line: 3)]
        #expect(Self.rules(restarting, configuration: configuration).map(\.ruleID) == ["FR-NUM-03"])
    }

    @Test func configuredMonthlyPattern() throws {
        let pattern = try NumberPattern(parsing: "{yy}{mm}-{counter}")
        let configuration = AuditConfiguration(series: [SeriesConfiguration(pattern: pattern)])
        let documents = [
            T.document("2503-1", "2025-03-03", line: 2), T.document("2503-2", "2025-03-20", line: 3),
            T.document("2504-1", "2025-04-02", line: 4), T.document("2504-3", "2025-04-09", line: 5),
        ]
        let findings = Self.rules(documents, configuration: configuration)
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        // The journal names the pattern as configured, without a width the configuration left out.
        #expect(findings.first?.message.en == "missing number in series {yy}{mm}-{counter}: 2504-2")
    }

    @Test func largeInferredGapWithoutDateDigitsSuggestsNothing() throws {
        let documents = [T.document("A-0001", "2025-01-02", line: 2), T.document("A-5000", "2025-01-03", line: 3)]
        let findings = Self.rules(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(
            findings.first?.message.en
                == "4998 missing numbers in series A-{counter:4}: A-0002 to A-4999")
        let configuration = AuditConfiguration(series: [SeriesConfiguration(pattern: try NumberPattern(parsing: "A-{counter:4}"))])
        #expect(Self.rules(documents, configuration: configuration).map(\.message.en) == ["4998 missing numbers in series A-{counter:4}: A-0002 to A-4999"])
        let smaller = [T.document("A-0001", "2025-01-02", line: 2), T.document("A-0900", "2025-01-03", line: 3)]
        #expect(Self.rules(smaller).map(\.message.en) == ["898 missing numbers in series A-{counter:4}: A-0002 to A-0899"])
    }

    @Test func junctionBetweenTwoSources() {
        let old = [T.document("FA-2025-0001", "2025-01-02", line: 2), T.document("FA-2025-0002", "2025-01-03", line: 3)]
        let continuing = [T.document("FA-2025-0003", "2025-01-05", line: 2, file: "new.csv")]
        #expect(Self.rules(old + continuing, sources: [0, 0, 1]).isEmpty)

        let gap = [T.document("FA-2025-0005", "2025-01-05", line: 2, file: "new.csv")]
        let gapFindings = Self.rules(old + gap, sources: [0, 0, 1])
        #expect(gapFindings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(
            gapFindings.first?.message.en
                == "gap at the junction between 'old-tool/' and 'new-tool/' in series FA-{yyyy}-{counter:4}: 'new-tool/' starts at FA-2025-0005 while 'old-tool/' ends at FA-2025-0002; FA-2025-0003…FA-2025-0004 missing")

        let overlap = [
            T.document("FA-2025-0002", "2025-01-05", line: 2, file: "new.csv"), T.document("FA-2025-0003", "2025-01-06", line: 3, file: "new.csv"),
        ]
        let overlapFindings = Self.rules(old + overlap, sources: [0, 0, 1, 1])
        #expect(overlapFindings.map(\.ruleID) == ["FA-MIG-01"])
        #expect(
            overlapFindings.first?.message.en
                == "overlap at the junction: 'new-tool/' uses FA-2025-0002 while 'old-tool/' goes up to FA-2025-0002; the new numbering must continue after it")
    }
}
