import InvoiceModel
import Testing

@testable import InvoiceImport

/// A preceding-invoice cell citing several invoices, split only when every part is a number.
@Suite struct CSVReferenceListTests {
    @Test(arguments: [
        ("FA-2025-0001, FA-2025-0002", ["FA-2025-0001", "FA-2025-0002"]),
        ("FA-2025-0001;FA-2025-0002", ["FA-2025-0001", "FA-2025-0002"]),
        ("F 12 | F 13 | F 14", ["F 12", "F 13", "F 14"]),
        ("2025/12, 2025/13", ["2025/12", "2025/13"]),
        ("FA-2025-0001", ["FA-2025-0001"]),
        ("FA 2025/0001", ["FA 2025/0001"]),
        ("Facture 12, acompte", ["Facture 12, acompte"]),
        ("FA-2025-0001;", ["FA-2025-0001;"]),
        ("FA-1,FA-2", ["FA-1", "FA-2"]),
        ("FA-2025-0001,FA-2025-0002,FA-2025-0003", ["FA-2025-0001", "FA-2025-0002", "FA-2025-0003"]),
        ("1,250", ["1,250"]),
        ("12,500,000", ["12,500,000"]),
        ("Facture 12,acompte", ["Facture 12,acompte"]),
        ("FA-1,", ["FA-1,"]),
        ("FA-1; voir (courrier)", ["FA-1; voir (courrier)"]),
    ])
    func cellsSplit(cell: String, expected: [String]) {
        #expect(CSVReferenceList.numbers(cell) == expected)
    }

    @Test func eachCitedInvoiceKeepsTheCitedDate() throws {
        let result = CSVTestSupport.importCSV(
            """
            N° facture;Date;Type;Facture d'origine;Date facture d'origine
            AV-1;10/06/2025;Avoir;FA-1 | FA-2;02/06/2025
            AV-2;11/06/2025;Avoir;FA-1, FA-2;

            """)
        #expect(result.rejections.isEmpty)
        let citedDate = CSVTestSupport.date(2025, 6, 2)
        #expect(
            result.documents.map(\.precedingInvoices) == [
                [InvoiceReference(number: "FA-1", issueDate: citedDate), InvoiceReference(number: "FA-2", issueDate: citedDate)],
                [InvoiceReference(number: "FA-1"), InvoiceReference(number: "FA-2")],
            ])
    }

    @Test func aListOfDatesGivesEachCitedInvoiceItsDate() throws {
        let result = CSVTestSupport.importCSV(
            """
            N° facture;Date;Type;Facture d'origine;Date facture d'origine
            AV-1;10/06/2025;Avoir;FA-1,FA-2;02/06/2025, 03/06/2025
            AV-2;11/06/2025;Avoir;FA-1 | FA-2;02/06/2025|
            AV-3;12/06/2025;Avoir;FA-1, FA-2, FA-3;02/06/2025, 03/06/2025

            """)
        #expect(result.documents.map(\.number) == ["AV-1", "AV-2"])
        #expect(
            result.documents.map(\.precedingInvoices) == [
                [
                    InvoiceReference(number: "FA-1", issueDate: CSVTestSupport.date(2025, 6, 2)),
                    InvoiceReference(number: "FA-2", issueDate: CSVTestSupport.date(2025, 6, 3)),
                ],
                [InvoiceReference(number: "FA-1", issueDate: CSVTestSupport.date(2025, 6, 2)), InvoiceReference(number: "FA-2")],
            ])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "test.csv", line: 4, element: "Date facture d'origine"),
                    reason: CSVMessages.citedDateCount(
                        "02/06/2025, 03/06/2025", column: "Date facture d'origine", dates: 2, invoices: 3),
                    documentNumber: "AV-3")
            ])
        #expect(
            result.rejections.first?.reason.en
                == "column 'Date facture d'origine' gives 2 dates ('02/06/2025, 03/06/2025') for 3 original invoices: give one date per invoice, in the same order, or a single date")
    }

    @Test func aDateWrittenWithACommaIsOneDate() throws {
        let result = CSVTestSupport.importCSV(
            """
            Number;Date;Type;Original invoice;Original invoice date
            CN-1;2025-06-10;Credit note;INV-1, INV-2;"June 2, 2025"

            """)
        #expect(result.rejections.isEmpty)
        let date = CSVTestSupport.date(2025, 6, 2)
        #expect(
            result.documents.first?.precedingInvoices == [
                InvoiceReference(number: "INV-1", issueDate: date), InvoiceReference(number: "INV-2", issueDate: date),
            ])
    }
}
