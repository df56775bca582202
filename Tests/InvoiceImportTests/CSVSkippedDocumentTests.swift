import InvoiceModel
import Testing

@testable import InvoiceImport

/// Estimates and quotes in a CSV export of all documents (Invoice2Go and others) are skipped with
/// one warning per file, neither imported nor rejected.
@Suite struct CSVSkippedDocumentTests {
    static let allDocuments = """
        Document Type,Document Number,Date,Client,Status,Total
        Invoice,00001,2025-01-10,Brasserie,Paid,120.00
        Estimate,E-1,2025-01-11,Brasserie,Unsent,60.00
        Invoice,00002,2025-01-12,Brasserie,Unsent,56.38
        Quote,Q-7,2025-01-13,Boulangerie,Unsent,10.00

        """

    @Test func estimatesAreSkippedWithOneWarning() {
        let result = CSVTestSupport.importCSV(Self.allDocuments)
        #expect(result.documents.map(\.number) == ["00001", "00002"])
        #expect(result.rejections == [])
        #expect(result.recordsRead == 4)
        #expect(result.skipped == 2)
        let warning = SkippedDocumentTally.message(.quote, count: 2, types: ["Estimate", "Quote"], firstLine: 3)
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 3), reason: warning)])
        #expect(
            warning.en
                == #"2 estimates or quotes skipped (type 'Estimate', 'Quote', the first at line 3): an estimate is not an invoice, so the audit leaves it out; if one of them is a sales invoice, give its type in a mapping file, for example {"values": {"type": {"Estimate": "invoice"}}}"#)
        #expect(
            warning.fr
                == #"2 devis ignorés (type 'Estimate', 'Quote', le premier à la ligne 3) : un devis n'est pas une facture, l'audit le laisse de côté ; si l'un d'eux est une facture de vente, donnez son type dans un fichier de correspondance, par exemple {"values": {"type": {"Estimate": "invoice"}}}"#)
    }

    @Test func lineRowsOfAnEstimateAreSkippedWithIt() {
        let text = """
            Type,Number,Date,Total,Description,Quantity,Unit price
            Invoice,F-1,2025-01-10,30.00,Câble,1,10.00
            ,,,,Prise,2,10.00
            Devis,D-1,2025-01-11,99.00,Audit,1,99.00
            ,,,,Conseil,1,0.00
            Invoice,F-2,2025-01-12,5.00,Vis,5,1.00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["F-1", "F-2"])
        #expect(result.documents.map { $0.lines.map(\.description) } == [["Câble", "Prise"], ["Vis"]])
        #expect(result.warnings.map(\.reason) == [SkippedDocumentTally.message(.quote, count: 1, types: ["Devis"], firstLine: 4)])
    }

    @Test func purchaseDocumentsAreSkipped() {
        let text = """
            Type,Number,Date,Total
            out_invoice,INV/2025/0001,2025-01-10,30.00
            in_invoice,BILL/2025/0001,2025-01-11,99.00
            Facture fournisseur,FF-12,2025-01-12,10.00
            out_refund,RINV/2025/0001,2025-01-13,5.00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["INV/2025/0001", "RINV/2025/0001"])
        #expect(result.documents.map(\.kind) == [.invoice, .creditNote])
        // The second warning is about the missing original-invoice column of the credit note.
        #expect(
            result.warnings.first?.reason
                == SkippedDocumentTally.message(.purchase, count: 2, types: ["in_invoice", "Facture fournisseur"], firstLine: 3))
    }

    @Test func otherUnknownTypesAreStillRejected() {
        let result = CSVTestSupport.importCSV("Type,Number,Date,Total\nNote interne,P-1,2025-01-10,30.00\n")
        #expect(result.documents == [])
        #expect(result.warnings == [])
        #expect(result.rejections.map(\.reason) == [CSVMessages.unknownType("Note interne", column: "Type")])
    }

    @Test func aMappedEstimateTypeIsRead() {
        let mapping = CSVMapping(values: CSVMapping.ValueTranslations(type: ["Estimate": .invoice]))
        let result = CSVTestSupport.importCSV(Self.allDocuments, mapping: mapping)
        #expect(result.documents.map(\.number) == ["00001", "E-1", "00002"])
        #expect(result.warnings.map(\.reason) == [SkippedDocumentTally.message(.quote, count: 1, types: ["Quote"], firstLine: 5)])
    }
}
