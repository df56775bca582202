import InvoiceAudit
import InvoiceModel
import Testing

/// A series whose numbers carry a month (`FA2502005`) keeps that reading when a few of its
/// invoices are issued late: the late one is counted in its number's month, not turned into
/// gaps of a thousand numbers.
@Suite struct NumberingLateIssueTests {
    typealias T = TestDocuments

    /// Five invoices a month from January to March 2025, `FA{yy}{mm}{counter:3}`, on lines 2 to 16,
    /// with some dates replaced and some numbers left out.
    static func monthly(dates: [String: String] = [:], without: Set<String> = []) -> [Document] {
        let numbersAndDates = (1...3).flatMap { month in
            (1...5).map { counter in ("FA250\(month)00\(counter)", "2025-0\(month)-\(counter == 1 ? "05" : String(counter * 5))") }
        }
        return numbersAndDates.filter { !without.contains($0.0) }.enumerated().map { index, pair in
            T.document(pair.0, dates[pair.0] ?? pair.1, line: index + 2)
        }
    }

    static func series(_ documents: [Document]) -> [String] {
        NumberingDatePartTests.series(documents)
    }

    @Test func lateLastInvoiceLeavesNoGap() {
        let documents = Self.monthly(dates: ["FA2502005": "2025-03-12"])
        let findings = T.ledgerFindings(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-04"])
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.map(\.location.line) == [11])
        #expect(findings.map(\.message.en) == [
            "'FA2502005' carries the month 2025-02 but is dated 2025-03-12: it is counted with the other numbers of that month; check its issue date, since an invoice gets its number when it is issued"
        ])
        #expect(findings.map(\.message.fr) == [
            "'FA2502005' porte le mois 02/2025 mais est daté du 12/03/2025 : il est compté avec les autres numéros de ce mois ; vérifiez sa date d'émission, car une facture reçoit son numéro quand elle est émise"
        ])
        #expect(Self.series(documents) == [
            "FA{yy}{mm}{counter:3} 2025-01: FA2501001…FA2501005", "FA{yy}{mm}{counter:3} 2025-02: FA2502001…FA2502005",
            "FA{yy}{mm}{counter:3} 2025-03: FA2503001…FA2503005",
        ])
    }

    @Test func lateEarlierInvoiceBreaksChronology() {
        let findings = T.ledgerFindings(Self.monthly(dates: ["FA2502003": "2025-03-12"]))
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.message.en) == [
            "'FA2502003' is dated 2025-03-12, after 'FA2502004' dated 2025-02-20 which follows it in the series"
        ])
    }

    @Test func lateDecemberInvoiceStaysInDecember() {
        let documents = NumberingDatePartTests.documents([
            ("FA2411001", "2024-11-05"), ("FA2411002", "2024-11-25"), ("FA2412001", "2024-12-03"),
            ("FA2412002", "2024-12-20"), ("FA2412003", "2025-01-03"), ("FA2501001", "2025-01-02"),
            ("FA2501002", "2025-01-10"), ("FA2412004", "2025-01-09"), ("FA2502001", "2025-02-03"),
        ])
        let findings = T.ledgerFindings(documents)
        #expect(findings.map(\.location.line) == [9])
        #expect(findings.map(\.message.en) == [
            "'FA2412004' carries the month 2024-12 but is dated 2025-01-09: it is counted with the other numbers of that month; check its issue date, since an invoice gets its number when it is issued"
        ])
        #expect(Self.series(documents) == [
            "FA{yy}{mm}{counter:3} 2024-11: FA2411001…FA2411002", "FA{yy}{mm}{counter:3} 2024-12: FA2412001…FA2412004",
            "FA{yy}{mm}{counter:3} 2025-01: FA2501001…FA2501002", "FA{yy}{mm}{counter:3} 2025-02: FA2502001…FA2502001",
        ])
    }

    @Test func gapBesideLateInvoiceFires() {
        let findings = T.ledgerFindings(Self.monthly(dates: ["FA2502005": "2025-03-12"], without: ["FA2503003"]))
        #expect(findings.map(\.ruleID) == ["FR-NUM-04", "FR-NUM-03"])
        #expect(findings.map(\.location.line) == [11, 14])
        #expect(findings.last?.message.en == "missing number in series FA{yy}{mm}{counter:3}: FA2503003")
        #expect(findings.last?.message.fr == "numéro manquant dans la série FA{yy}{mm}{counter:3} : FA2503003")
    }

    @Test func twoInFiveDisagreeingStayLiteral() {
        let documents = NumberingDatePartTests.documents([
            ("F2025-01-001", "2025-01-10"), ("F2025-01-002", "2025-01-20"), ("F2025-02-003", "2025-02-10"),
            ("F2025-02-004", "2025-05-12"), ("F2025-03-005", "2025-06-12"),
        ])
        #expect(Self.series(documents) == [
            "F{yyyy}-01-{counter:3} 2025: F2025-01-001…F2025-01-002", "F{yyyy}-02-{counter:3} 2025: F2025-02-003…F2025-02-004",
            "F{yyyy}-03-{counter:3} 2025: F2025-03-005…F2025-03-005",
        ])
    }

    @Test func invalidMonthKeepsItsDigits() {
        let documents = Self.monthly() + [T.document("FA2513001", "2025-03-28", line: 17)]
        // FA2513001 is one document that disagrees, but no date has month 13: it keeps its digits.
        #expect(Self.series(documents) == [
            "FA{counter:7} : FA2513001…FA2513001", "FA{yy}{mm}{counter:3} 2025-01: FA2501001…FA2501005",
            "FA{yy}{mm}{counter:3} 2025-02: FA2502001…FA2502005", "FA{yy}{mm}{counter:3} 2025-03: FA2503001…FA2503005",
        ])
        #expect(T.ledgerFindings(documents).isEmpty)
    }
}
