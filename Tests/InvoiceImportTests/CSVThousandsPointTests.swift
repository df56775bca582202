import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

/// In a `;`-separated file whose amounts all read `10.000`, the point may group thousands: the
/// import reads a decimal point, as documented, and warns once how to declare the other reading.
@Suite struct CSVThousandsPointTests {
    static let dots = """
        N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC
        FA-1;05/01/2025;A;10.000;2.000;12.000
        FA-2;06/01/2025;B;25.000;5.000;30.000

        """

    @Test func amountsWithThreeDecimalsEverywhereAreWarnedOnce() {
        let result = CSVTestSupport.importCSV(Self.dots)
        #expect(result.documents.map(\.totals.taxInclusive) == [CSVTestSupport.amount("12.000"), CSVTestSupport.amount("30.000")])
        #expect(result.rejections == [])
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv"), reason: CSVMessages.pointsMayGroupThousands)])
        #expect(
            CSVMessages.pointsMayGroupThousands.en
                == #"every amount has three digits after a point ('10.000'): if that point separates thousands, amounts are read 1,000 times too small; then declare a decimal comma in a mapping file, {"decimalSeparator": ","}, which reads '10.000' as 10000"#)
    }

    @Test func declaringTheDecimalCommaReadsThousands() {
        let result = CSVTestSupport.importCSV(Self.dots, mapping: CSVMapping(decimalSeparator: ","))
        #expect(result.documents.map(\.totals.taxInclusive) == [CSVTestSupport.amount("12000"), CSVTestSupport.amount("30000")])
        #expect(result.warnings == [])
    }

    @Test func oneOtherAmountKeepsTheFileSilent() {
        let text = Self.dots.replacingOccurrences(of: "25.000;5.000;30.000", with: "25.000;5.000;30.00")
        #expect(CSVTestSupport.importCSV(text).warnings == [])
        let commas = Self.dots.replacingOccurrences(of: ";", with: ",")
        #expect(CSVTestSupport.importCSV(commas).warnings == [])
    }

    @Test(arguments: [("12.000", true), ("-1.500", true), (" 0.250 ", true), ("12.00", false), ("1.2345", false), ("12", false), (".000", false), ("1.000.000", false)])
    func threeDigitsAfterAPoint(cell: String, expected: Bool) {
        #expect(CSVThousandsPointEvidence.hasThreeDigitsAfterPoint(Array(cell.utf8)[...]) == expected)
    }
}
