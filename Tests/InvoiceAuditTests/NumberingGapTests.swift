import InvoiceAudit
import InvoiceModel
import Testing

/// FR-NUM-03 on series with many gaps, where each finding must still name its neighbours.
@Suite struct NumberingGapTests {
    typealias T = TestDocuments

    @Test func everyOtherNumberMissingGivesOneFindingPerGap() {
        // F-1, F-3, …, F-3999: 1999 single-number gaps.
        let documents = (0..<2000).map { T.document("F-\(2 * $0 + 1)", "2025-01-02", line: $0 + 2) }
        let findings = T.ledgerFindings(documents).filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.count == 1999)
        #expect(findings.map(\.location.line) == Array(3...2001))
        #expect(findings.map(\.documentNumber) == (1..<2000).map { "F-\(2 * $0 + 1)" })
        #expect(findings.first?.message.en == "missing number in series F-{counter}: F-2")
        #expect(findings.last?.message.en == "missing number in series F-{counter}: F-3998")
    }

    @Test func findingSitsOnTheFirstDocumentAfterTheGapWhenItsCounterRepeats() {
        let findings = T.ledgerFindings([
            T.document("F-1", "2025-01-02", line: 2),
            T.document("F-4", "2025-01-03", line: 6),
            T.document("F-4", "2025-01-03", line: 4),
            T.document("F-7", "2025-01-04", line: 5),
        ]).filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.map(\.location.line) == [4, 5])
        #expect(findings.map(\.message.en) == [
            "2 missing numbers in series F-{counter}: F-2 to F-3",
            "2 missing numbers in series F-{counter}: F-5 to F-6",
        ])
    }

    @Test func junctionGapsNameBothSourcesAcrossManyGaps() {
        var documents = (0..<50).map { T.document("F-\(2 * $0 + 1)", "2025-01-02", line: $0 + 2, file: "old.csv") }
        documents += (0..<50).map { T.document("F-\(2 * $0 + 201)", "2025-02-02", line: $0 + 2, file: "new.csv") }
        let entries = documents.enumerated().map { index, document in
            LedgerEntry(document, configuration: AuditConfiguration(), sourceIndex: index < 50 ? 0 : 1, sourceName: index < 50 ? "old.csv" : "new.csv")
        }
        let findings = Auditor().ledgerFindings(Ledger(entries: entries)).findings.filter { $0.ruleID == "FR-NUM-03" }
        let junctions = findings.filter { $0.message.en.hasPrefix("gap at the junction") }
        #expect(findings.count == 99)
        #expect(junctions.map(\.message.en) == [
            "gap at the junction between 'old.csv' and 'new.csv' in series F-{counter}: 'new.csv' starts at F-201 while 'old.csv' ends at F-99; F-100…F-200 missing"
        ])
        #expect(junctions.first?.location == SourceLocation(file: "new.csv", line: 2))
    }

    @Test func largeGapCountGroupsDigitsInFrench() {
        let findings = T.ledgerFindings([
            T.document("F-1", "2025-01-02", line: 2), T.document("F-12347", "2025-01-03", line: 3),
        ]).filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.fr.hasPrefix("12\u{202F}345 numéros manquants dans la série F-{counter} : F-2 à F-12346") == true)
        #expect(findings.first?.message.en.hasPrefix("12345 missing numbers in series F-{counter}: F-2 to F-12346") == true)
    }

    @Test func smallGapCountHasNoGroupSeparator() {
        let findings = T.ledgerFindings([
            T.document("F-1", "2025-01-02", line: 2), T.document("F-1001", "2025-01-03", line: 3),
        ]).filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.first?.message.fr.hasPrefix("999 numéros manquants dans la série F-{counter} : F-2 à F-1000") == true)
    }

    @Test func seriesWithoutGapsIsSilent() {
        let documents = (0..<2000).map { T.document("F-\($0 + 1)", "2025-01-02", line: $0 + 2) }
        #expect(T.ledgerFindings(documents).filter { $0.ruleID == "FR-NUM-03" }.isEmpty)
    }

    @Test func gapNamesRejectedRecordHoldingItsNumber() {
        var ledger = Ledger(entries: [
            T.document("FA-2025-0001", "2025-01-02", line: 2), T.document("FA-2025-0004", "2025-01-05", line: 5),
        ].map { LedgerEntry($0) })
        let reason = LocalizedText(fr: "date invalide", en: "invalid date")
        ledger.rejectedNumbers = [
            Rejection(location: SourceLocation(file: "ledger.csv", line: 3), reason: reason, documentNumber: "FA-2025-0002"),
            Rejection(location: SourceLocation(file: "ledger.csv", line: 9), reason: reason, documentNumber: "FA-2025-0009"),
            Rejection(location: SourceLocation(file: "ledger.csv", line: 7), reason: reason, documentNumber: "AV-2025-0003"),
        ]
        let findings = Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.map(\.message.en) == [
            "2 missing numbers in series FA-{yyyy}-{counter:4}: FA-2025-0002 to FA-2025-0003; 'FA-2025-0002' was read but rejected at import (ledger.csv:3): fix that record and run the audit again"
        ])
        #expect(findings.map(\.message.fr) == [
            "2 numéros manquants dans la série FA-{yyyy}-{counter:4} : FA-2025-0002 à FA-2025-0003 ; 'FA-2025-0002' a été lu puis rejeté à l'import (ledger.csv:3) : corrigez cet enregistrement et relancez l'audit"
        ])
    }

    @Test func gapNamesElementPathOfRejectedJSONRecord() {
        var ledger = Ledger(entries: [T.document("F-1", "2025-01-02", line: 2, file: "stripe.json"), T.document("F-3", "2025-01-05", line: 4, file: "stripe.json")].map { LedgerEntry($0) })
        ledger.rejectedNumbers = [
            Rejection(
                location: SourceLocation(file: "stripe.json", element: "data[1].total"), reason: LocalizedText(fr: "x", en: "x"),
                documentNumber: "F-2")
        ]
        let findings = Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.map(\.message.en) == [
            "missing number in series F-{counter}: F-2; 'F-2' was read but rejected at import (stripe.json at data[1].total): fix that record and run the audit again"
        ])
        #expect(findings.map(\.message.fr) == [
            "numéro manquant dans la série F-{counter} : F-2 ; 'F-2' a été lu puis rejeté à l'import (stripe.json à data[1].total) : corrigez cet enregistrement et relancez l'audit"
        ])
    }

    @Test func gapNamesDraftHoldingTheNumber() {
        let findings = T.ledgerFindings([
            T.document("FA-2025-0001", "2025-01-02", line: 2),
            T.document("FA-2025-0002", "2025-01-03", draft: true, line: 3),
            T.document("FA-2025-0003", "2025-01-04", line: 4),
            T.document("FA-2025-0005", "2025-01-05", line: 5),
        ]).filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.map(\.message.en) == [
            "missing number in series FA-{yyyy}-{counter:4}: FA-2025-0002; 'FA-2025-0002' is held by the draft at ledger.csv:3 (FR-NUM-07): issue it or free the number",
            "missing number in series FA-{yyyy}-{counter:4}: FA-2025-0004",
        ])
        #expect(findings.first?.message.fr.hasSuffix("'FA-2025-0002' est porté par le brouillon de ledger.csv:3 (FR-NUM-07) : émettez-le ou libérez ce numéro") == true)
    }

    @Test func counterWrittenWithTwoWidthsIsDuplicate() {
        let documents = [
            T.document("FA-2025-0001", "2025-01-02", line: 2), T.document("FA-2025-0002", "2025-01-03", line: 3),
            T.document("FA-2025-0003", "2025-01-04", line: 4), T.document("FA-2025-003", "2025-01-05", line: 5),
            T.document("FA-2025-0004", "2025-01-06", line: 6),
        ]
        let findings = T.ledgerFindings(documents).filter { $0.ruleID == "FR-NUM-02" }
        #expect(findings.map(\.message.en) == [
            "number 'FA-2025-003' has the same counter 3 as 'FA-2025-0003' (ledger.csv:4), written with another width; a number is used once only"
        ])
        #expect(findings.map(\.location.line) == [5])
        let distinct = [T.document("FA-2025-0001", "2025-01-02", line: 2), T.document("FA-2025-002", "2025-01-03", line: 3)]
        #expect(T.ledgerFindings(distinct).filter { $0.ruleID == "FR-NUM-02" }.isEmpty)
    }

    @Test func gapListsAtMostThreeRejectedRecords() {
        var ledger = Ledger(entries: [T.document("F-1", "2025-01-02", line: 2), T.document("F-6", "2025-01-05", line: 7)].map { LedgerEntry($0) })
        ledger.rejectedNumbers = (2...5).map { counter in
            Rejection(
                location: SourceLocation(file: "ledger.csv", line: counter + 1), reason: LocalizedText(fr: "x", en: "x"),
                documentNumber: "F-\(counter)")
        }
        let findings = Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.map(\.message.en) == [
            "4 missing numbers in series F-{counter}: F-2 to F-5; 4 of these numbers were read but rejected at import (ledger.csv:3, ledger.csv:4, ledger.csv:5 and 1 more): fix those records and run the audit again"
        ])
    }

    @Test func periodStartNamesRejectedFirstRecord() {
        var ledger = Ledger(entries: [
            T.document("FA-2025-0002", "2025-01-03", line: 3), T.document("FA-2025-0003", "2025-01-04", line: 4),
        ].map { LedgerEntry($0) })
        ledger.rejectedNumbers = [
            Rejection(
                location: SourceLocation(file: "ledger.csv", line: 2), reason: LocalizedText(fr: "x", en: "x"),
                documentNumber: "FA-2025-0001")
        ]
        let findings = Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.map(\.message.en) == [
            "period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0002' instead of 'FA-2025-0001'; 'FA-2025-0001' was read but rejected at import (ledger.csv:2): fix that record and run the audit again"
        ])
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func configuredFirstCounterAboveExportIsNamed() throws {
        let pattern = try NumberPattern(parsing: "FA-{yyyy}-{counter:4}")
        let configuration = AuditConfiguration(series: [SeriesConfiguration(pattern: pattern, firstCounters: ["2025": 57])])
        let entries = [T.document("FA-2025-0001", "2025-01-03", line: 2), T.document("FA-2025-0002", "2025-01-04", line: 3)]
            .map { LedgerEntry($0, configuration: configuration) }
        let findings = Auditor(configuration: configuration).ledgerFindings(Ledger(entries: entries)).findings
            .filter { $0.ruleID == "FR-NUM-03" }
        #expect(findings.map(\.message.en) == [
            "period 2025 of series FA-{yyyy}-{counter:4} starts at 'FA-2025-0001' instead of 'FA-2025-0057': the configured first counter (firstCounters) is above the export's first number; correct it in facturaudit.json"
        ])
    }
}

/// Gaps in a yearly counter whose numbers carry the month of issue.
@Suite struct NumberingGapMonthTests {
    typealias T = TestDocuments

    static func documents(_ numbers: [(String, String)]) -> [Document] {
        numbers.enumerated().map { T.document($1.0, $1.1, line: $0 + 2) }
    }

    static let january = [("FA2501001", "2025-01-03"), ("FA2501002", "2025-01-15")]

    @Test func gapBetweenMonthsNamesTheCounter() throws {
        let documents = Self.documents(Self.january + [
            ("FA2502003", "2025-02-04"), ("FA2502004", "2025-02-20"), ("FA2503006", "2025-03-05"),
            ("FA2503007", "2025-03-25"), ("FA2504008", "2025-04-02"),
        ])
        let findings = T.ledgerFindings(documents)
        #expect(findings.map(\.ruleID) == ["FR-NUM-03"])
        #expect(findings.first?.message.en == "missing number in series FA{yy}{mm}{counter:3}: counter 5 (between FA2502004 and FA2503006)")
        #expect(findings.first?.message.fr == "numéro manquant dans la série FA{yy}{mm}{counter:3} : compteur 5 (entre FA2502004 et FA2503006)")
        let gap = try #require(SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) })).first?.gaps.first)
        #expect(gap.first == nil)
        #expect(gap.last == nil)
        #expect((gap.firstCounter, gap.lastCounter, gap.count) == (5, 5, 1))
        #expect((gap.previousNumber, gap.nextNumber) == ("FA2502004", "FA2503006"))
    }

    @Test func rangeBetweenMonthsNamesTheCounters() {
        let findings = T.ledgerFindings(Self.documents(Self.january + [
            ("FA2502003", "2025-02-04"), ("FA2502004", "2025-02-20"), ("FA2503008", "2025-03-05"),
            ("FA2503009", "2025-03-25"), ("FA2504010", "2025-04-02"),
        ]))
        #expect(findings.map(\.message.en) == [
            "3 missing numbers in series FA{yy}{mm}{counter:3}: counters 5 to 7 (between FA2502004 and FA2503008)"
        ])
        #expect(findings.first?.message.fr == "3 numéros manquants dans la série FA{yy}{mm}{counter:3} : compteurs 5 à 7 (entre FA2502004 et FA2503008)")
    }

    @Test func gapWithinOneMonthNamesTheNumber() throws {
        let documents = Self.documents(Self.january + [
            ("FA2502003", "2025-02-04"), ("FA2502005", "2025-02-20"), ("FA2503006", "2025-03-05"),
            ("FA2503007", "2025-03-25"), ("FA2504008", "2025-04-02"),
        ])
        #expect(T.ledgerFindings(documents).map(\.message.en) == ["missing number in series FA{yy}{mm}{counter:3}: FA2502004"])
        let gap = try #require(SeriesSummary.all(in: Ledger(entries: documents.map { LedgerEntry($0) })).first?.gaps.first)
        #expect(gap.first == "FA2502004")
        #expect(gap.last == "FA2502004")
        #expect(gap.label == LocalizedText(fr: "FA2502004", en: "FA2502004"))
    }
}
