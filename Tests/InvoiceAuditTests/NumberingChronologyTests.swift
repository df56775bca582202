import InvoiceAudit
import InvoiceModel
import Testing

/// How a misdated invoice differs from a counter that really starts again (FR-NUM-04 vs FR-NUM-05).
@Suite struct NumberingChronologyTests {
    typealias T = TestDocuments

    static func series(_ numbersAndDates: [(Int, String)], firstLine: Int = 2) -> [Document] {
        numbersAndDates.enumerated().map { index, item in
            T.document("FA-2025-" + String(repeating: "0", count: 4 - String(item.0).count) + String(item.0), item.1, line: firstLine + index)
        }
    }

    @Test func earlyInvoiceIsMisdatedNotReset() {
        let findings = T.ledgerFindings(Self.series([(1, "2025-01-15"), (2, "2025-01-16"), (3, "2025-01-17"), (4, "2025-01-01")]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-04"])
        #expect(findings.first?.location.line == 5)
        #expect(findings.first?.documentNumber == "FA-2025-0004")
        #expect(
            findings.first?.message.en
                == "'FA-2025-0004' is dated 2025-01-01, before 'FA-2025-0003' dated 2025-01-17 which precedes it in the series")
        #expect(
            findings.first?.message.fr
                == "'FA-2025-0004' est daté du 01/01/2025, avant 'FA-2025-0003' daté du 17/01/2025 qui le précède dans la série")
    }

    @Test func twoEarlyInvoicesAreMisdated() {
        let findings = T.ledgerFindings(
            Self.series([(1, "2025-01-10"), (2, "2025-01-11"), (3, "2025-01-12"), (4, "2025-01-02"), (5, "2025-01-03")]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-04", "FR-NUM-04"])
        #expect(findings.map(\.location.line) == [5, 6])
    }

    @Test func lateInvoiceIsTheOnlyOneNamed() {
        let findings = T.ledgerFindings(
            Self.series([(1, "2025-01-01"), (2, "2025-01-20"), (3, "2025-01-03"), (4, "2025-01-04"), (5, "2025-01-05")]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-04"])
        #expect(findings.first?.location.line == 3)
        #expect(
            findings.first?.message.en
                == "'FA-2025-0002' is dated 2025-01-20, after 'FA-2025-0003' dated 2025-01-03 which follows it in the series")
        #expect(
            findings.first?.message.fr
                == "'FA-2025-0002' est daté du 20/01/2025, après 'FA-2025-0003' daté du 03/01/2025 qui le suit dans la série")
    }

    @Test func restartBelowEarlierRunIsReset() {
        // An export that contains 0100 to 0104 from the first half-year, then a new company file from 0001.
        let documents =
            Self.series((100...104).map { ($0, "2025-0\($0 - 99)-10") })
            + Self.series([(1, "2025-07-01"), (2, "2025-07-02"), (3, "2025-07-03")], firstLine: 7)
        let findings = T.ledgerFindings(documents)
        // The gap finding sits on FA-2025-0100, the first document after the missing numbers.
        #expect(findings.map(\.ruleID) == ["FR-NUM-03", "FR-NUM-05"])
        #expect(findings.map(\.location.line) == [2, 7])
        #expect(
            findings.last?.message.en
                == "the counter restarts at 'FA-2025-0001' on 2025-07-01 after 'FA-2025-0104' within period 2025: a series restarts only at the start of a year")
    }

    @Test func reusedNumberInPeriodIsReset() {
        let findings = T.ledgerFindings(
            Self.series([(1, "2025-01-10"), (2, "2025-02-10"), (3, "2025-03-10"), (1, "2025-07-01"), (2, "2025-07-02")]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-02", "FR-NUM-05", "FR-NUM-02"])
        #expect(findings.map(\.location.line) == [5, 5, 6])
    }
}
