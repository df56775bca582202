import InvoiceModel
import Testing

@testable import InvoiceImport

/// Real tools' export habits: a title before the header, month names, Excel serials, `NULL`,
/// trailing minus signs and tab or `|` separators. Each fixture is an invented export.
@Suite struct CSVExportHabitsTests {
    typealias Support = CSVTestSupport

    // MARK: Lines before the header

    @Test func invoiceNinjaTitleAndSectionAreSkipped() throws {
        let result = Support.importCSV(try Support.fixture("invoice-ninja-v4.csv"), file: "in.csv")
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["1001", "1002", "1003"])
        #expect(result.documents.map(\.source.line) == [5, 6, 7])
        #expect(result.documents.map(\.issueDate) == [Support.date(2021, 1, 28), Support.date(2021, 2, 3), Support.date(2021, 2, 10)])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["1020.00", "13.50", "-45.00"])
        #expect(result.documents.map(\.status) == [.issued, .paid, .draft])
        #expect(result.documents[0].buyer?.name == "Atelier Brindille")
        #expect(result.documents[0].lines.map { $0.netPrice?.description } == ["510.00"])
        #expect(result.documents[0].lines.first?.source?.line == 5)
        #expect(result.documents[1].payments.map(\.amount.description) == ["13.50"])
        let skipped = try #require(result.warnings.first)
        #expect(skipped.location == SourceLocation(file: "in.csv", line: 4))
        #expect(skipped.reason.en == "lines 1 to 3 before the header line 4 skipped (title or notes written by the exporting tool)")
        #expect(skipped.reason.fr == "lignes 1 à 3 ignorées avant la ligne d'en-tête 4 (titre ou notes du logiciel d'export)")
    }

    @Test func dataRowBeforeTheHeaderIsRejected() throws {
        let result = Support.importCSV(try Support.fixture("preamble-data-row.csv"), file: "p.csv")
        #expect(result.documents.map(\.number) == ["F-10"])
        #expect(result.documents.first?.source.line == 4)
        #expect(result.documents.first?.totals.taxInclusive?.description == "60.00")
        #expect(result.recordsRead == 2)
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "p.csv", line: 2))
        #expect(
            rejection.reason.en
                == "row placed before the header line 3 but filled like a data row, not imported: put the header on the first line or delete this row")
        #expect(result.warnings.map(\.reason.en) == ["lines 1 to 2 before the header line 3 skipped (title or notes written by the exporting tool)"])
    }

    @Test func headerOnTheFirstLineGivesNoWarning() {
        let result = Support.importCSV("N° facture;Date;Total TTC\nF-1;02/01/2025;12,00\n")
        #expect(result.documents.map(\.number) == ["F-1"])
        #expect(result.warnings == [])
    }

    @Test func firstRowNamingTheNumberIsTheHeader() {
        // "Paid" and "Total" are header names too, but the first row names the number column.
        let result = Support.importCSV("N° facture;Note;Remarque\nF-1;Paid;Total\n")
        #expect(result.documents.map(\.number) == ["F-1"])
        #expect(result.documents.map(\.source.line) == [2])
        #expect(result.warnings == [])
    }

    @Test func firstRowStaysTheHeaderWhenNoRowLooksLikeOne() {
        let result = Support.importCSV("Réf. pièce;Montant\nA-1;10,00\nA-2;Total\n")
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.line) == [1])
        #expect(result.rejections.first?.reason.en.hasPrefix("no invoice number column recognised among the headers 'Réf. pièce', 'Montant'") == true)
    }

    // MARK: Dates

    @Test func monthNamesAndThousandsInAnInvoicelyExport() throws {
        let result = Support.importCSV(try Support.fixture("invoicely.csv"))
        #expect(result.rejections == [])
        #expect(result.documents.map(\.issueDate) == [Support.date(2021, 1, 28), Support.date(2021, 2, 28), Support.date(2022, 1, 5)])
        #expect(result.documents.map(\.dueDate) == [Support.date(2021, 2, 27), Support.date(2021, 3, 30), nil])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["1020.00", "2540.50", "1020"])
        #expect(result.warnings == [])
    }

    @Test func pipeSeparatedFrenchExportWithCompactAndFrenchDates() throws {
        let result = Support.importCSV(try Support.fixture("factures-pipe.csv"))
        #expect(result.documents.map(\.number) == ["FA-2024-0001", "FA-2024-0002"])
        #expect(result.documents.map(\.issueDate) == [Support.date(2024, 1, 31), Support.date(2024, 2, 15)])
        #expect(result.documents.map(\.dueDate) == [Support.date(2024, 3, 1), Support.date(2024, 3, 1)])
        #expect(result.documents.map { $0.totals.taxExclusive?.description } == ["1250.00", "1000.50"])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["1500.00", "1200.60"])
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 4, element: "Date facture"))
        #expect(
            rejection.reason.en
                == "unreadable date '20240230' in column 'Date facture': expected a date such as 31/01/2025, 2025-01-31, Jan 31 2025 or 20250131, with a four-digit year")
        #expect(
            rejection.reason.fr
                == "date illisible '20240230' dans la colonne 'Date facture' : attendu une date comme 31/01/2025, 2025-01-31, 31 janv. 2025 ou 20250131, avec l'année sur quatre chiffres")
    }

    @Test func tabSeparatedExportWithExcelSerialsAndNull() throws {
        let result = Support.importCSV(try Support.fixture("akaunting-tab.tsv"))
        #expect(result.documents.map(\.number) == ["INV-00012", "INV-00013"])
        #expect(result.documents.map(\.issueDate) == [Support.date(2020, 1, 1), Support.date(2021, 1, 1)])
        #expect(result.documents.map(\.dueDate) == [Support.date(2020, 1, 31), nil])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["-120.00", "1250.00"])
        #expect(result.documents.map { $0.payments.map(\.amount.description) } == [[], ["250.00"]])
        #expect(result.documents[0].buyer?.name == "Garage Ferreol")
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 4, element: "invoiced_at"))
        #expect(
            rejection.reason.en
                == "number '12345' in date column 'invoiced_at': only Excel serial numbers from 29221 to 73050 (1980-01-01 to 2099-12-31) are read as dates, export the column as 31/01/2025 or 2025-01-31")
    }

    @Test func unixSecondsOnlyInColumnsKnownToHoldThem() {
        let result = Support.importCSV("number,created,due_date,total\nin-1,1611792000,1614384000,10.00\nin-2,1611792000,,10.00\n")
        #expect(result.documents.map(\.number) == ["in-2"])
        #expect(result.documents.first?.issueDate == Support.date(2021, 1, 28))
        #expect(result.rejections.map(\.location) == [SourceLocation(file: "test.csv", line: 2, element: "due_date")])
        #expect(
            result.rejections.first?.reason.en
                == "number '1614384000' in date column 'due_date': Unix seconds are only read in the 'created' and 'effective_at' columns, export the column as 31/01/2025 or 2025-01-31")
    }

    @Test(arguments: [
        ("Jan 28 2021", 2021, 1, 28), ("28 Jan 2021", 2021, 1, 28), ("January 28, 2021", 2021, 1, 28),
        ("28-Jan-2021", 2021, 1, 28), ("28 janv. 2021", 2021, 1, 28), ("28 janvier 2021", 2021, 1, 28),
        ("1er août 2024", 2024, 8, 1), ("3 févr. 2024", 2024, 2, 3), ("Sept 9 2024 10:30 pm", 2024, 9, 9),
        ("15 DÉCEMBRE 2023", 2023, 12, 15), ("43831", 2020, 1, 1), ("29221", 1980, 1, 1), ("73050", 2099, 12, 31),
        ("20240131", 2024, 1, 31),
    ])
    func newDateForms(cell: String, year: Int, month: Int, day: Int) throws {
        let parsed = try CSVDateParsing.parse(cell, format: .dayMonthYear).get()
        #expect(parsed == CivilDate(year: year, month: month, day: day))
    }

    @Test(arguments: [
        ("Jan 28 21", DateProblem.unreadable), ("Jan 32 2021", .unreadable), ("28 Foo 2021", .unreadable),
        ("Jan 28", .unreadable), ("29220", .serialOutOfRange), ("73051", .serialOutOfRange), ("2021", .unreadable),
        ("20241301", .unreadable), ("18000101", .unreadable), ("1611792000", .unixSecondsNotExpected),
        ("43831.5", .unreadable),
    ])
    func rejectedDateForms(cell: String, problem: DateProblem) {
        #expect(CSVDateParsing.parse(cell, format: .dayMonthYear) == .failure(problem))
    }

    @Test func unixSecondsAreReadAsUTCDates() {
        #expect(CSVDateParsing.parse("1611878399", format: .dayMonthYear, unixSeconds: true) == .success(Support.date(2021, 1, 28)))
        #expect(CSVDateParsing.parse("1611878400", format: .dayMonthYear, unixSeconds: true) == .success(Support.date(2021, 1, 29)))
        #expect(CSVDateParsing.parse("123456789", format: .dayMonthYear, unixSeconds: true) == .failure(.unreadable))
    }

    @Test func isoOnlyFormatRejectsTheOtherForms() {
        for cell in ["43831", "20240131", "Jan 28 2021"] {
            #expect(CSVDateParsing.parse(cell, format: .isoDate) == .failure(.unreadable))
        }
    }

    @Test func monthNameDatesAreNotAmbiguous() {
        let result = Support.importCSV("N° facture;Date;Total TTC\nF-1;05 Jan 2025;1,00\nF-2;03/25/2025;1,00\n")
        #expect(result.documents.map(\.issueDate) == [Support.date(2025, 1, 5)])
        #expect(result.warnings == [])
    }

    // MARK: Amounts

    @Test(arguments: [
        ("120,00-", DecimalSeparator.comma, "-120.00"), ("1 250,00- €", .comma, "-1250.00"), ("1'250.00", .point, "1250.00"),
        ("1'250,00", .comma, "1250.00"), ("¥1,500", .point, "1500"), ("JPY 1500", .point, "1500"),
        ("1,020", .point, "1020"), ("1,020", .comma, "1.020"),
    ])
    func moreAmountForms(cell: String, decimal: DecimalSeparator, expected: String) {
        #expect(CSVAmountParsing.parse(cell, decimal: decimal).value?.description == expected)
    }

    @Test(arguments: ["(120,00)-", "-120,00-", "12-0"])
    func doubleNegativesAreInvalid(cell: String) {
        guard case .invalid = CSVAmountParsing.parse(cell, decimal: .comma) else {
            Issue.record("expected '\(cell)' to be invalid")
            return
        }
    }

    @Test(arguments: ["NULL", "null", " NULL "])
    func nullIsEmpty(cell: String) {
        guard case .empty = CSVAmountParsing.parse(cell, decimal: .point) else {
            Issue.record("expected '\(cell)' to be empty")
            return
        }
    }

    @Test(arguments: [
        (["1,020"], UInt8(ascii: ";"), DecimalSeparator.point), (["12,345"], UInt8(ascii: ";"), .point),
        (["0,125"], UInt8(ascii: ";"), .comma), (["1,5"], UInt8(ascii: ";"), .comma), (["1 250,000"], UInt8(ascii: ";"), .point),
        (["1,020", "19,90"], UInt8(ascii: ";"), .comma),
    ])
    func ambiguousThousandsDoNotDecideTheDecimalMark(cells: [String], separator: UInt8, expected: DecimalSeparator) {
        #expect(DecimalSeparator.detect(amountCells: cells, fieldSeparator: separator) == expected)
    }

    @Test func quotedDecimalCommasInCommaSeparatedFile() {
        let result = CSVTestSupport.importCSV(
            """
            Number,Date,Total HT,TVA,Total TTC
            FA-1,2025-01-15,"100,00","20,00","120,00"
            FA-2,2025-01-16,"1 000,50","200,10","1 200,60"

            """)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["120.00", "1200.60"])
    }

    @Test func decimalCommaInPointFileSuggestsMapping() {
        let result = CSVTestSupport.importCSV(
            """
            Number,Date,Total HT,Total TTC
            FA-1,2025-01-15,"19,90","23,88"
            FA-2,2025-01-16,10.00,12.00

            """)
        #expect(result.documents.map(\.number) == ["FA-2"])
        #expect(result.rejections.map(\.reason.en) == [
            "unreadable amount '19,90' in column 'Total HT': the file is read with a decimal point; if its amounts use a decimal comma, say so in a mapping file: {\"decimalSeparator\": \",\"} (1 other error on this row, in column 'Total TTC')"
        ])
    }

    // MARK: Separators

    @Test(arguments: [
        ("Invoice Ninja v4\n\nINVOICES\nNumber;Date;Total\n1;2021-01-01;1,5\n2;2021-01-02;2,5\n", UInt8(ascii: ";")),
        ("N°|Date|Total\nF-1|20240101|1,50\nF-2|20240102|2,50\n", UInt8(ascii: "|")),
        ("N°\tClient\tTotal\nF-1\tDupont, Durand, Martin\t1,50\n", 0x09),
        ("N°;Libellé;Total\nF-1;a, b, c, d;1\nF-2;e, f;2\n", UInt8(ascii: ";")),
        (
            "N°;Date;HT;TVA;TTC;Statut\n" + String(repeating: "F-1;15/01/2025;100,00;20,00;120,00;Payée\n", count: 4)
                + "F-5;15/01/2025;100,00;20,00;120,00\n" + "F-6;15/01/2025;100,00;20,00;120,00;Payée\n"
                + "F-7;15/01/2025;100,00;20,00;120,00\n",
            UInt8(ascii: ";")
        ),
    ])
    func separatorIsDetectedFromSeveralLines(text: String, expected: UInt8) {
        #expect(CSVDialect.detectSeparator(Array(text.utf8)) == expected)
    }
}
