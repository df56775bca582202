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
        ("FA-1,FA-2", ["FA-1,FA-2"]),
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
}
