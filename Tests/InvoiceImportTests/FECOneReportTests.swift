import InvoiceModel
import Testing

@testable import InvoiceImport

/// One fault, one report: a rejected sales entry is not reported again by the FR-FEC rules, and a
/// line rejected for its field count does not make its entry unbalanced.
@Suite struct FECOneReportTests {
    @Test func unreadableDatesGiveOneRejection() {
        let lines = FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00")
            + FECTestSupport.sale(2, reference: "F2", net: "100,00", vat: "20,00", total: "120,00", date: "20260132")
        let result = FECTestSupport.importLines(lines)
        #expect(result.documents.compactMap(\.number) == ["F1"])
        #expect(result.rejections.map(\.location.line) == [5])
        #expect(result.rejections.map(\.documentNumber) == ["F2"])
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/2' rejected: invalid date '20260132' in column EcritureDate at line 5: write a real date as YYYYMMDD (and 8 more unreadable values in this entry)"
            ])
        #expect(result.rejections.first?.reason.fr.hasSuffix("(et 8 autres valeurs illisibles dans l'écriture)") == true)
        #expect(result.fecFaults.filter { $0.check == .date }.isEmpty)
    }

    @Test func secondUnreadableAmountIsCounted() {
        var lines = FECTestSupport.sale(1, reference: "F1", net: "2 500,00", vat: "500,00", total: "3 000,00")
        lines[2] = lines[2].replacingOccurrences(of: "500,00", with: "500.00")
        let result = FECTestSupport.importLines(lines)
        #expect(result.documents.isEmpty)
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/1' rejected: invalid amount '3 000,00' in column Debit at line 2: write a number with a decimal comma and no thousands separator, for example 1250,00 (and 1 more unreadable value in this entry)"
            ])
        // The decimal point does not reject the entry, so FR-FEC-04 still reports it.
        #expect(result.fecFaults.map(\.kind) == [.decimalPoint(column: "Credit", text: "500.00"), .fileName("fec.txt")])
    }

    @Test func salesLineWithExtraFieldRejectsEntryOnce() {
        var lines = FECTestSupport.sale(1, reference: "F1", net: "1000,00", vat: "200,00", total: "1200,00")
        lines[1] += "|19e"
        lines += FECTestSupport.sale(2, reference: "F2", net: "100,00", vat: "20,00", total: "120,00")
        let result = FECTestSupport.importLines(lines)
        #expect(result.documents.compactMap(\.number) == ["F2"])
        #expect(result.recordsRead == 2)
        #expect(result.rejections.map(\.location.line) == [3])
        #expect(result.rejections.map(\.documentNumber) == ["F1"])
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/1' rejected: line 3 has 19 fields but the header has 18: a separator is missing or appears inside a label; correct the export"
            ])
        #expect(result.fecFaults.map(\.kind) == [.fileName("fec.txt")])
    }

    @Test func otherJournalLineWithExtraFieldIsRejectedAlone() {
        let lines = [
            "BQ|Banque|1|20260105|512000|Banque|||V1|20260105|Virement|120,00|0,00|||20260105||",
            "BQ|Banque|1|20260105|411000|Clients|C001|Client Un|V1|20260105|Virement|0,00|120,00|||20260105||x|y",
        ] + FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00")
        let result = FECTestSupport.importLines(lines)
        #expect(result.documents.compactMap(\.number) == ["F1"])
        #expect(result.recordsRead == 2)
        #expect(
            result.rejections.map(\.reason.en) == [
                "line 3 has 19 fields but the header has 18: a separator is missing or appears inside a label; correct the export"
            ])
        #expect(
            result.warnings.map(\.reason.en) == [
                "journal 'BQ' (Banque): 1 entry skipped (1 line, from line 2) without a customer line 411 with revenue 70 or output VAT 4457; list the sales journals in fec.salesJournals if this is wrong"
            ])
        #expect(result.fecFaults.map(\.kind) == [.fileName("fec.txt")])
    }
}

@Suite struct FECTrailingFieldsTests {
    @Test func twoEmptyExtraFieldsAreReadAndReported() {
        let lines = FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00").map { $0 + "||" }
        let result = FECTestSupport.importLines(lines)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.compactMap(\.number) == ["F1"])
        #expect(result.documents.first?.totals.taxInclusive == Amount(120))
        #expect(
            result.fecFaults.map(\.kind) == [
                .fieldCount(found: 20, expected: 18), .fieldCount(found: 20, expected: 18), .fieldCount(found: 20, expected: 18),
                .fileName("fec.txt"),
            ])
        #expect(result.fecFaults.map(\.location.line) == [2, 3, 4, nil])
    }

    @Test func oneTrailingSeparatorStaysSilent() {
        let lines = FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00").map { $0 + "|" }
        let result = FECTestSupport.importLines(lines)
        #expect(result.rejections.isEmpty)
        #expect(result.fecFaults.map(\.kind) == [.fileName("fec.txt")])
    }
}
