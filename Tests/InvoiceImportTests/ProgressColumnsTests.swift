import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

/// Order and quote references and progress billing (factures de situation) read from CSV exports,
/// JSON records, canonical JSON and UBL/CII.
@Suite struct ProgressColumnsTests {
    static func amount(_ text: String) -> Amount? { Amount(parsing: text) }

    @Test func frenchHeadersFillReferencesAndProgress() throws {
        let csv = """
            N° facture;Date facture;Total TTC;N° commande;Référence devis;Montant commande;Situation n°;Avancement %;Cumul
            SIT-1;10/02/2025;3 000,00;BC-77;DV-2025-9;10 000,00;1;30 %;3 000,00
            SIT-2;10/03/2025;2 500,00;BC-77;DV-2025-9;10 000,00;Situation 2;55,5;5 500,00
            FA-9;12/03/2025;120,00;BC-78;;;;;

            """
        let result = CSVTestSupport.importCSV(csv)
        #expect(result.rejections.isEmpty)
        let documents = result.documents
        #expect(documents.map(\.references.purchaseOrder) == ["BC-77", "BC-77", "BC-78"])
        #expect(documents.map(\.references.salesOrder) == ["DV-2025-9", "DV-2025-9", nil])
        #expect(
            documents.map(\.progress) == [
                ProgressBilling(
                    orderReference: "BC-77", orderTotal: Self.amount("10000.00"), cumulativePercent: Self.amount("30"),
                    cumulativeAmount: Self.amount("3000.00"), situationNumber: 1),
                ProgressBilling(
                    orderReference: "BC-77", orderTotal: Self.amount("10000.00"), cumulativePercent: Self.amount("55.5"),
                    cumulativeAmount: Self.amount("5500.00"), situationNumber: 2),
                nil,
            ])
    }

    @Test func englishHeadersAndQuoteAsOrder() {
        let csv = """
            Invoice number,Invoice date,Total,Quote number,Quote total,Situation number,Progress %,Cumulative amount
            P-1,2025-02-10,400.00,Q-12,1000.00,1,40,400.00

            """
        let result = CSVTestSupport.importCSV(csv)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.first?.references.purchaseOrder == nil)
        #expect(result.documents.first?.references.salesOrder == "Q-12")
        #expect(
            result.documents.first?.progress
                == ProgressBilling(
                    orderReference: "Q-12", orderTotal: Self.amount("1000.00"), cumulativePercent: Self.amount("40"),
                    cumulativeAmount: Self.amount("400.00"), situationNumber: 1))
    }

    @Test func mappingFileNamesProgressColumns() {
        let csv = """
            Pièce;Date;TTC;Chantier;Marché;Rang;Taux
            S-1;10/02/2025;100,00;CH-4;1 000,00;1;10

            """
        let mapping = CSVMapping(columns: [
            "orderReference": "Chantier", "orderTotal": "Marché", "situationNumber": "Rang", "progressPercent": "Taux",
            "number": "Pièce",
        ])
        let result = CSVTestSupport.importCSV(csv, mapping: mapping)
        #expect(result.rejections.isEmpty)
        #expect(
            result.documents.first?.progress
                == ProgressBilling(
                    orderReference: "CH-4", orderTotal: Self.amount("1000.00"), cumulativePercent: Self.amount("10"), situationNumber: 1))
    }

    @Test func unreadableSituationNumberRejectsTheRow() {
        let csv = """
            N° facture;Date facture;Total TTC;N° commande;Situation n°
            SIT-1;10/02/2025;100,00;BC-1;deux

            """
        let result = CSVTestSupport.importCSV(csv)
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(
            result.rejections.first?.reason.en.contains(
                "unreadable situation number 'deux' in column 'Situation n°': write the situation's rank within its order, a whole number such as 3")
                == true)
    }

    @Test(arguments: [("3", 3), ("03", 3), ("n° 3", 3), ("Situation 3", 3), ("Situation n° 12", 12), ("S3", 3), ("#3", 3)])
    func situationNumbersRead(text: String, number: Int) {
        #expect(ProgressCells.situationNumber(text) == number)
    }

    @Test(arguments: ["3.5", "trois", "", "S", "-1", "1234567"])
    func situationNumbersRefused(text: String) {
        #expect(ProgressCells.situationNumber(text) == nil)
    }

    @Test func jsonRecordsReadTheSameKeys() {
        let json = #"""
            [{"number": "SIT-1", "date": "2025-02-10", "total": "300.00", "order_number": "BC-77", "order_total": "1000.00",
              "situation_number": 1, "progress": 30, "cumulative_amount": "300.00"},
             {"number": "SIT-2", "date": "2025-03-10", "total": "200.00", "order_number": "BC-77", "order_total": "1000.00",
              "situation_number": "x"}]
            """#
        let result = DocumentImporter.importBytes(Array(json.utf8), file: "export.json", options: ImportOptions())
        #expect(
            result.documents.map(\.progress) == [
                ProgressBilling(
                    orderReference: "BC-77", orderTotal: Self.amount("1000.00"), cumulativePercent: Self.amount("30"),
                    cumulativeAmount: Self.amount("300.00"), situationNumber: 1)
            ])
        #expect(result.documents.map(\.references.purchaseOrder) == ["BC-77"])
        #expect(result.rejections.map(\.location.element) == ["[1].situation_number"])
        #expect(
            result.rejections.first?.reason.en
                == "unreadable situation number 'x' at '[1].situation_number': write the situation's rank within its order, a whole number such as 3")
    }

    @Test(arguments: [
        ("Total commande HT", false), ("Order total (excl. VAT)", false), ("Total commande TTC", true),
        ("Order total including VAT", true), ("Montant commande", nil),
    ] as [(String, Bool?)])
    func orderTotalBasisComesFromTheColumnName(header: String, includesVAT: Bool?) {
        let result = CSVTestSupport.importCSV("N° facture;Date facture;Total TTC;N° commande;\(header)\nS-1;10/02/2025;100,00;BC-1;1 000,00\n")
        #expect(result.rejections.isEmpty)
        #expect(
            result.documents.map(\.progress) == [
                ProgressBilling(orderReference: "BC-1", orderTotal: Self.amount("1000.00"), orderTotalIncludesVAT: includesVAT)
            ])
    }

    @Test func jsonRecordTypedAsSituationIsAProgressInvoice() {
        let json = #"""
            [{"number": "SIT-4", "date": "2025-02-10", "total": "300.00", "type": "Facture de situation", "order_number": "BC-80"},
             {"number": "FA-5", "date": "2025-02-11", "total": "120.00", "type": "Facture", "order_number": "BC-81"}]
            """#
        let result = DocumentImporter.importBytes(Array(json.utf8), file: "export.json", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents.map(\.progress) == [ProgressBilling(orderReference: "BC-80"), nil])
    }

    @Test func canonicalJSONRoundTripsEveryProgressValue() throws {
        var document = Document(number: "SIT-3", issueDate: CivilDate(year: 2025, month: 4, day: 10), source: SourceLocation(file: "a.json"))
        document.references.purchaseOrder = "BC-77"
        document.progress = ProgressBilling(
            orderReference: "BC-77", orderTotal: Self.amount("10000.00"), cumulativePercent: Self.amount("80"),
            cumulativeAmount: Self.amount("8000.00"), situationNumber: 3)
        let bytes = try CanonicalJSON.encode([document])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""cumulativeAmount" : "8000.00""#))
        #expect(text.contains(#""situationNumber" : 3"#))
        let decoded = try CanonicalJSON.decode(bytes)
        #expect(decoded.first?.progress == document.progress)
        let validator = try JSONSchemaValidator(schemaAt: CanonicalSchemaTests.schemaPath)
        #expect(try validator.violations(of: Data(bytes)) == [])
    }

    @Test(arguments: [("875", "BC-77"), ("380", nil)])
    func partialConstructionInvoiceNamesItsOrder(typeCode: String, order: String?) throws {
        let xml = XMLFixtures.minimalUBL(
            body: """
                <cbc:ID>SIT-1</cbc:ID><cbc:IssueDate>2025-02-10</cbc:IssueDate><cbc:InvoiceTypeCode>\(typeCode)</cbc:InvoiceTypeCode>
                <cac:OrderReference><cbc:ID>BC-77</cbc:ID></cac:OrderReference>
                """)
        let result = DocumentImporter.importBytes(Array(xml.utf8), file: "sit.xml", options: ImportOptions())
        let document = try #require(result.documents.first)
        #expect(document.references.purchaseOrder == "BC-77")
        #expect(document.progress?.orderReference == order)
    }
}
