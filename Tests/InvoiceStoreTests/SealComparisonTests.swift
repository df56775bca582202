import InvoiceAudit
import InvoiceModel
import InvoiceStore
import Testing

@Suite struct SealComparisonTests {
    /// Seals FA-2025-0001, 0002 and 0004 of one seller (0003 is missing) and returns the
    /// comparison against later states.
    private func comparison() throws -> SealComparison {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [
                Sample.invoice("FA-2025-0001", date: "2025-01-02", line: 2),
                Sample.invoice("FA-2025-0002", date: "2025-01-10", line: 3),
                Sample.invoice("FA-2025-0004", date: "2025-01-20", line: 4),
            ])], clock: Sample.clock)
        let seal = try #require(try store.seal(clock: Sample.clock).record)
        return SealComparison(
            sealID: seal.id, sealed: try store.sealedEntries(of: seal.id),
            comparedName: LocalizedText(fr: "l'export comparé", en: "the compared export"))
    }

    @Test func identicalStateIsSilent() throws {
        let findings = try comparison().findings(comparing: [
            Sample.invoice("FA-2025-0001", date: "2025-01-02"), Sample.invoice("FA-2025-0002", date: "2025-01-10"),
            Sample.invoice("FA-2025-0004", date: "2025-01-20"), Sample.invoice("FA-2025-0005", date: "2025-02-01"),
        ])
        #expect(findings.isEmpty)
    }

    @Test func changedDocumentNamesFields() throws {
        let edited = Sample.invoice("FA-2025-0002", date: "2025-01-11", net: "90.00", file: "new.csv", line: 7)
        let findings = try comparison().findings(comparing: [
            Sample.invoice("FA-2025-0001", date: "2025-01-02"), edited, Sample.invoice("FA-2025-0004", date: "2025-01-20"),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-01"])
        #expect(findings.first?.location == SourceLocation(file: "new.csv", line: 7))
        #expect(findings.first?.message.en.contains("(changed fields: 'issue_date', 'total.tax_exclusive')") == true)
    }

    @Test func missingDocumentInsideRangeDisappeared() throws {
        let findings = try comparison().findings(comparing: [
            Sample.invoice("FA-2025-0001", date: "2025-01-02"), Sample.invoice("FA-2025-0004", date: "2025-01-20"),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-02"])
        #expect(findings.first?.documentNumber == "FA-2025-0002")
        #expect(findings.first?.location == SourceLocation(file: "a.csv", line: 3))
    }

    @Test func partialExportOutsideRangeIsSilent() throws {
        // An export of the last invoice alone covers the range 0004…0004 only.
        let findings = try comparison().findings(comparing: [Sample.invoice("FA-2025-0004", date: "2025-01-20")])
        #expect(findings.isEmpty)
    }

    @Test func insertedNumberInsideSealedRangeIsBackdated() throws {
        let findings = try comparison().findings(comparing: [
            Sample.invoice("FA-2025-0001", date: "2025-01-02"), Sample.invoice("FA-2025-0002", date: "2025-01-10"),
            Sample.invoice("FA-2025-0004", date: "2025-01-20"),
            Sample.invoice("FA-2025-0003", date: "2025-03-01", file: "new.csv", line: 9),
            Sample.invoice("AV-2025-0001", date: "2025-01-05", file: "new.csv", line: 10),
        ])
        #expect(findings.map(\.ruleID) == ["FA-SEAL-01", "FA-SEAL-01"])
        let messages = findings.map(\.message.en)
        #expect(messages.contains {
            $0.hasPrefix("document 'FA-2025-0003' was not sealed in seal 1 but its number lies inside the sealed range 'FA-2025-0001'…'FA-2025-0004'")
        })
        #expect(messages.contains {
            $0.hasPrefix("document 'AV-2025-0001' was not sealed in seal 1 but its date '2025-01-05' is before the last sealed date '2025-01-20' of this seller")
        })
    }
}
