import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct NumberingRulesTests {
    typealias T = TestDocuments

    @Test func continuousSeriesIsSilent() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("FA-2025-0002", "2025-01-02", line: 3),
            T.document("FA-2025-0003", "2025-01-05", line: 4),
            T.document("FA-2026-0001", "2026-01-02", line: 5),
        ])
        #expect(findings.isEmpty)
    }

    @Test func gapIsReportedAsRange() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("FA-2025-0002", "2025-01-03", line: 3),
            T.document("FA-2025-0006", "2025-01-09", line: 4),
            T.document("FA-2025-0008", "2025-01-10", line: 5),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-03", "FR-NUM-03"])
        #expect(findings[0].location.line == 4)
        #expect(findings[0].message.en == "3 missing numbers in series FA-{yyyy}-{counter:4}: FA-2025-0003 to FA-2025-0005")
        #expect(findings[1].message.fr == "numéro manquant dans la série FA-{yyyy}-{counter:4} : FA-2025-0007")
    }

    @Test func seriesSummaryListsGaps() throws {
        let ledger = Ledger(
            entries: [
                T.document("FA-2025-0001", "2025-01-02", line: 2), T.document("FA-2025-0004", "2025-01-09", line: 3),
            ].map { LedgerEntry($0) })
        let summary = try #require(SeriesSummary.all(in: ledger).first)
        #expect(summary.pattern == "FA-{yyyy}-{counter:4}")
        #expect(summary.firstNumber == "FA-2025-0001")
        #expect(summary.lastNumber == "FA-2025-0004")
        #expect(summary.count == 2)
        #expect(summary.gaps.map(\.label.en) == ["FA-2025-0002…FA-2025-0003"])
    }

    @Test func invoiceReadFromTwoFilesCountsOnce() throws {
        let documents = [
            T.document("F-1", "2025-01-02", line: 2, file: "F-1.pdf"),
            T.document("F-2", "2025-01-03", line: 2, file: "F-2.pdf"),
            T.document("F-2", "2025-01-03", line: 9, file: "F-2.xml"),
        ]
        let findings = T.ledgerFindings(documents)
        try #require(findings.count == 1)
        #expect(findings[0].ruleID == "FR-NUM-02")
        #expect(findings[0].severity == .warning)
        #expect(findings[0].location == SourceLocation(file: "F-2.xml", line: 9))
        #expect(
            findings[0].message.en
                == "'F-2' repeats the document at F-2.pdf:2 with the same date and amounts: the same invoice is read twice (its PDF and its XML, for example) and counted once; keep one copy in the input")
        let summary = try #require(SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) })).first)
        #expect(summary.count == 2)
    }

    @Test func sameNumberWithOtherAmountsIsADuplicate() {
        let findings = T.ledgerFindings([
            T.document("F-1", "2025-01-02", line: 2, file: "F-1.pdf"),
            T.document("F-1", "2025-01-02", total: "99.00", line: 2, file: "F-1.xml"),
            T.document("F-2", "2025-01-03", line: 3, file: "F-1.pdf"),
            T.document("F-2", "2025-01-03", line: 4, file: "F-1.pdf"),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-02", "FR-NUM-02"])
        #expect(findings.map(\.severity) == [.error, .error])
        #expect(findings.map(\.message.en) == [
            "number 'F-2' is already used by the document at F-1.pdf:3",
            "number 'F-1' is already used by the document at F-1.pdf:2",
        ])
    }

    static let cooperative = Party(name: "Coopérative du Val", siren: "552100554")

    /// Builds a document that `buyer` issued on the test seller's behalf (self-billing, type 389).
    static func selfBilled(_ number: String, _ issued: String, buyer: Party = cooperative, line: Int) -> Document {
        var document = T.document(number, issued, kind: .selfBilled, line: line)
        document.buyer = buyer
        return document
    }

    @Test func selfBilledDocumentsFollowTheirBuyersSeries() {
        let findings = T.ledgerFindings([
            T.document("A-1", "2025-01-02", line: 2),
            T.document("A-2", "2025-01-03", line: 3),
            Self.selfBilled("A-1", "2025-01-04", line: 4),
            Self.selfBilled("A-2", "2025-01-05", line: 5),
            Self.selfBilled("A-1", "2025-01-06", buyer: Party(name: "Négoce Martin", vatID: "FR40303265045"), line: 6),
        ])
        #expect(findings.isEmpty)
    }

    @Test func selfBilledSeriesHasItsOwnDuplicatesAndGaps() {
        let findings = T.ledgerFindings([
            T.document("A-1", "2025-01-02", line: 2),
            Self.selfBilled("A-1", "2025-01-04", line: 3),
            Self.selfBilled("A-1", "2025-01-05", line: 4),
            Self.selfBilled("A-3", "2025-01-06", line: 5),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-02", "FR-NUM-03"])
        #expect(findings[0].location.line == 4)
        #expect(findings[0].message.en == "number 'A-1' is already used by the document at ledger.csv:3")
        #expect(findings[1].message.en == "missing number in series A-{counter}: A-2")
    }

    @Test func sellersNeverShareASeries() {
        let findings = T.ledgerFindings([
            T.document("F-1", "2025-01-02", line: 2),
            T.document("F-5", "2025-01-03", seller: T.otherSeller, line: 3),
            T.document("F-1", "2025-01-01", seller: T.otherSeller, line: 4),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.first?.message.en == "3 missing numbers in series F-{counter}: F-2 to F-4")
    }

    @Test func duplicateIsReportedOnSecondOccurrence() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("FA-2025-0002", "2025-01-03", line: 3),
            T.document("FA-2025-0002", "2025-01-04", line: 4),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-02"])
        #expect(findings.first?.location.line == 4)
        #expect(findings.first?.message.en == "number 'FA-2025-0002' is already used by the document at ledger.csv:3")
    }

    @Test func chronologyBreakIsReported() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-10", line: 2),
            T.document("FA-2025-0002", "2025-01-08", line: 3),
            T.document("FA-2025-0003", "2025-01-11", line: 4),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-04"])
        #expect(findings.first?.location.line == 3)
        #expect(
            findings.first?.message.en
                == "'FA-2025-0002' is dated 2025-01-08, before 'FA-2025-0001' dated 2025-01-10 which precedes it in the series")
    }

    @Test func draftWithFinalNumberIsReported() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("FA-2025-0009", "2025-01-03", draft: true, line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-07"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.location.line == 3)
    }

    @Test func draftWithProvisionalTokenIsSilent() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("(PROV3)", "2025-01-03", draft: true, line: 3),
            T.document(nil, "2025-01-03", draft: true, line: 4),
        ])
        #expect(findings.isEmpty)
    }

    @Test func issuedDocumentWithoutNumberIsReported() {
        let findings = Auditor().documentFindings(T.document(nil, "2025-01-02", line: 7))
        #expect(findings.map(\.ruleID).filter { $0.hasPrefix("FR-NUM") } == ["FR-NUM-01"])
        #expect(Auditor().documentFindings(T.document(nil, "2025-01-02", draft: true, line: 7)).isEmpty)
    }
}

@Suite struct NumberingWidthTests {
    typealias T = TestDocuments

    @Test func unpaddedNumberKeepsSeriesWidth() throws {
        let documents = [
            T.document("FA-2025-0001", "2025-01-15", line: 2), T.document("FA-2025-0002", "2025-01-16", line: 3),
            T.document("FA-2025-3", "2025-01-17", line: 4), T.document("FA-2025-0004", "2025-01-18", line: 5),
            T.document("FA-2025-0006", "2025-01-19", line: 6),
        ]
        let findings = T.ledgerFindings(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.first?.message.en == "missing number in series FA-{yyyy}-{counter:4}: FA-2025-0005")
        #expect(findings.first?.message.fr == "numéro manquant dans la série FA-{yyyy}-{counter:4} : FA-2025-0005")
        let summary = try #require(SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) })).first)
        #expect(summary.pattern == "FA-{yyyy}-{counter:4}")
        #expect(summary.gaps.map(\.label.en) == ["FA-2025-0005"])
    }

    @Test func unpaddedSeriesKeepsNaturalWidth() throws {
        let documents = [
            T.document("F-9", "2025-01-15", line: 2), T.document("F-10", "2025-01-16", line: 3),
            T.document("F-12", "2025-01-17", line: 4), T.document("F-100", "2025-01-18", line: 5),
        ]
        let summary = try #require(SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) })).first)
        #expect(summary.pattern == "F-{counter}")
        #expect(summary.gaps.map(\.label.en) == ["F-11", "F-13…F-99"])
    }

    @Test func periodStartUsesSeriesWidth() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-3", "2025-01-17", line: 2), T.document("FA-2025-0004", "2025-01-18", line: 3),
            T.document("FA-2025-0005", "2025-01-19", line: 4),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(
            findings.first?.message.en
                == "period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-3' instead of 'FA-2025-0001': if the export starts mid-period, declare the first counter (firstCounters) in facturaudit.json")
    }
}

/// Years written after the counter or as two digits before it: inferred without configuration.
@Suite struct NumberingYearFormatTests {
    typealias T = TestDocuments

    @Test func yearAfterCounterShowsGap() {
        let findings = T.ledgerFindings([
            T.document("001/2025", "2025-01-02", line: 2),
            T.document("002/2025", "2025-01-03", line: 3),
            T.document("004/2025", "2025-01-06", line: 4),
            T.document("001/2026", "2026-01-02", line: 5),
        ])
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.first?.message.en == "missing number in series {counter:3}/{yyyy}: 003/2025")
    }

    @Test func twoDigitYearStartsNewPeriod() throws {
        let documents = [
            T.document("FA250001", "2025-11-03", line: 2),
            T.document("FA250002", "2025-12-01", line: 3),
            T.document("FA260001", "2026-01-05", line: 4),
            T.document("FA260002", "2026-01-09", line: 5),
        ]
        #expect(T.ledgerFindings(documents).isEmpty)
        let summaries = SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) }))
        #expect(summaries.map(\.pattern) == ["FA{yy}{counter:4}", "FA{yy}{counter:4}"])
        #expect(summaries.map(\.lastNumber) == ["FA250002", "FA260002"])
    }

    @Test func twoDigitYearGapIsReported() {
        let findings = T.ledgerFindings([
            T.document("FA250001", "2025-12-01", line: 2),
            T.document("FA250003", "2025-12-02", line: 3),
            T.document("FA260001", "2026-01-05", line: 4),
        ])
        #expect(findings.map(\.message.en) == ["missing number in series FA{yy}{counter:4}: FA250002"])
    }

    @Test func sixDigitCounterWithinOneYearStaysPlain() {
        // Counters that merely start with the year's digits, in a single year, stay one counter.
        let documents = [
            T.document("FA259998", "2025-06-02", line: 2),
            T.document("FA259999", "2025-06-03", line: 3),
        ]
        let summaries = SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) }))
        #expect(summaries.map(\.pattern) == ["FA{counter:6}"])
    }

    @Test func counterLeavingTheYearDigitsStaysPlain() {
        // 249999 then 250000 in March 2025: a plain counter that crossed into the year's digits.
        let documents = [
            T.document("FA249999", "2025-03-03", line: 2),
            T.document("FA250000", "2025-03-04", line: 3),
            T.document("FA250001", "2025-03-05", line: 4),
        ]
        let summaries = SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) }))
        #expect(summaries.map(\.pattern) == ["FA{counter:6}"])
        #expect(T.ledgerFindings(documents).isEmpty)
    }
}
