import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Tests of the invoice lines mapped while the document is parsed (``XMLLineStream``). Each test
/// imports the same bytes again through the whole tree, as before streaming, and expects equal
/// documents, warnings and rejections.
@Suite struct XMLLineStreamTests {
    /// Imports `bytes` through the whole element tree, without a stream.
    static func treeImport(_ bytes: [UInt8], format: InputFormat, file: String = "t.xml") -> ImportResult {
        XMLDocumentImport.importDocument(bytes, file: file, format: format) { root throws(XMLImportFailure) in
            switch format {
            case .ubl:
                return try UBLImporter.document(from: root, file: file)
            case .zugferd1:
                try XMLNamespaceCheck.zugferd1.verify(root)
                try XMLCardinalityCheck.zugferd1.verify(root)
                return CIIImporter.document(from: root, file: file, vocabulary: .zugferd1)
            default:
                guard root.element.localName == "CrossIndustryInvoice", root.element.namespaceURI == CIIImporter.namespace
                else { throw XMLDocumentImport.unexpectedRoot(root, expected: "CrossIndustryInvoice") }
                try XMLNamespaceCheck.cii.verify(root)
                try XMLCardinalityCheck.cii.verify(root)
                return CIIImporter.document(from: root, file: file, vocabulary: .d16b)
            }
        }
    }

    static func streamedImport(_ bytes: [UInt8], format: InputFormat, file: String = "t.xml") -> ImportResult {
        switch format {
        case .ubl: UBLImporter().importDocuments(bytes, file: file, options: ImportOptions())
        case .zugferd1: ZUGFeRD1Importer().importDocuments(bytes, file: file, options: ImportOptions())
        default: CIIImporter().importDocuments(bytes, file: file, options: ImportOptions())
        }
    }

    static func ubl(_ text: String) -> (streamed: ImportResult, tree: ImportResult) {
        let bytes = Array(XMLFixtures.minimalUBL(body: text).utf8)
        return (streamedImport(bytes, format: .ubl), treeImport(bytes, format: .ubl))
    }

    static func line(_ id: Int, amount: String = "10.00", extra: String = "") -> String {
        """
        <cac:InvoiceLine><cbc:ID>\(id)</cbc:ID>
          <cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
          <cbc:LineExtensionAmount currencyID="EUR">\(amount)</cbc:LineExtensionAmount>\(extra)
          <cac:Item><cbc:Name>Article \(id)</cbc:Name></cac:Item>
        </cac:InvoiceLine>
        """
    }

    @Test(arguments: [
        ("ubl-invoice-fr.xml", InputFormat.ubl), ("ubl-invoice-full.xml", .ubl), ("ubl-creditnote.xml", .ubl),
        ("ubl-creditnote-lines.xml", .ubl), ("cii-facturx-en16931.xml", .cii), ("cii-facturx-extended.xml", .cii),
        ("cii-facturx-basic.xml", .cii), ("cii-xrechnung.xml", .cii), ("zugferd1-extended.xml", .zugferd1),
    ])
    func fixturesMatchTreeImport(name: String, format: InputFormat) throws {
        let bytes = try XMLFixtures.bytes(name)
        let streamed = Self.streamedImport(bytes, format: format)
        #expect(streamed.documents.count == 1)
        #expect(streamed == Self.treeImport(bytes, format: format))
    }

    @Test func loneLineHasNoPosition() throws {
        let (streamed, tree) = Self.ubl(Self.line(1, amount: "1x"))
        #expect(streamed == tree)
        let document = try #require(streamed.documents.first)
        #expect(document.lines.map(\.source?.element) == ["/Invoice/InvoiceLine"])
        #expect(streamed.warnings.map(\.location.element) == ["/Invoice/InvoiceLine/LineExtensionAmount"])
    }

    @Test func severalLinesKeepPositions() throws {
        let body = "<cbc:IssueDate>bad</cbc:IssueDate>\n" + Self.line(1) + Self.line(2, amount: "x") + Self.line(3, amount: "y")
        let (streamed, tree) = Self.ubl(body)
        #expect(streamed == tree)
        let document = try #require(streamed.documents.first)
        #expect(document.lines.map(\.source?.element) == ["/Invoice/InvoiceLine[1]", "/Invoice/InvoiceLine[2]", "/Invoice/InvoiceLine[3]"])
        #expect(
            streamed.warnings.map(\.location.element) == [
                "/Invoice/IssueDate", "/Invoice/InvoiceLine[2]/LineExtensionAmount", "/Invoice/InvoiceLine[3]/LineExtensionAmount",
            ])
        #expect(document.sourceFacts?.ignoredValues == ["IssueDate", "InvoiceLine[2]/LineExtensionAmount", "InvoiceLine[3]/LineExtensionAmount"])
    }

    @Test func creditNoteLineInInvoiceIsAlone() throws {
        let other = Self.line(2).replacing("InvoiceLine", with: "CreditNoteLine").replacing("InvoicedQuantity", with: "CreditedQuantity")
        let (streamed, tree) = Self.ubl(Self.line(1) + other + Self.line(3))
        #expect(streamed == tree)
        let document = try #require(streamed.documents.first)
        #expect(document.lines.map(\.source?.element) == ["/Invoice/InvoiceLine[1]", "/Invoice/CreditNoteLine", "/Invoice/InvoiceLine[2]"])
        #expect(streamed.warnings.map(\.location.element) == ["/Invoice/CreditNoteLine"])
    }

    @Test func syntaxValuesKeepDocumentOrder() throws {
        let total = "<cac:TaxTotal><cbc:TaxAmount currencyID=\"USD\">2.001</cbc:TaxAmount></cac:TaxTotal>\n"
        let body = "<cac:TaxTotal><cbc:TaxAmount currencyID=\"EUR\">1.00</cbc:TaxAmount></cac:TaxTotal>\n"
            + Self.line(1, amount: "3.333") + total + Self.line(2)
        let (streamed, tree) = Self.ubl(body)
        #expect(streamed == tree)
        let values = try #require(streamed.documents.first?.sourceFacts?.syntaxValues)
        #expect(values["BR-CL-03"]?.map(\.value) == ["EUR", "EUR", "USD", "EUR"])
        #expect(values["UBL-DT-01"]?.map(\.value) == ["3.333", "2.001"])
        #expect(values["UBL-DT-01"]?.map(\.location.element) == ["/Invoice/InvoiceLine/LineExtensionAmount", "/Invoice/TaxTotal/TaxAmount"])
        let text = XMLFixtures.minimalUBL(body: body)
        let quantityLines = [1, 2].map { XMLFixtures.line(of: "InvoicedQuantity", in: text, occurrence: $0) }
        #expect(quantityLines[0] > 0)
        #expect(values["BR-CL-23"]?.map(\.location.line) == quantityLines)
    }

    @Test func firstNamespaceFailureWins() throws {
        let wrongLine = Self.line(2, extra: "\n<x:Note xmlns:x=\"urn:wrong\">n</x:Note>")
        let lineFirst = Self.ubl(Self.line(1) + wrongLine + "<x:Note xmlns:x=\"urn:other\">h</x:Note>")
        #expect(lineFirst.streamed == lineFirst.tree)
        #expect(lineFirst.streamed.rejections.map(\.location.element) == ["/Invoice/InvoiceLine/Note"])
        let headerFirst = Self.ubl("<x:Note xmlns:x=\"urn:other\">h</x:Note>" + Self.line(1) + wrongLine)
        #expect(headerFirst.streamed == headerFirst.tree)
        #expect(headerFirst.streamed.rejections.map(\.location.element) == ["/Invoice/Note"])
        #expect(headerFirst.streamed.documents.isEmpty)
    }

    @Test func secondTransactionRejectedAsBefore() throws {
        var text = try XMLFixtures.text("cii-facturx-en16931.xml")
        let start = try #require(text.range(of: "<rsm:SupplyChainTradeTransaction>"))
        let end = try #require(text.range(of: "</rsm:SupplyChainTradeTransaction>"))
        text.insert(contentsOf: String(text[start.lowerBound..<end.upperBound]), at: end.upperBound)
        let bytes = Array(text.utf8)
        let streamed = Self.streamedImport(bytes, format: .cii)
        #expect(streamed == Self.treeImport(bytes, format: .cii))
        #expect(streamed.documents.isEmpty)
        #expect(streamed.rejections.map(\.location.element) == ["/CrossIndustryInvoice/SupplyChainTradeTransaction[2]"])
    }

    @Test func repeatedLineElementsMatchTreeImport() throws {
        let secondItem = "\n<cac:Item><cbc:Name>Autre</cbc:Name></cac:Item>"
        let lone = Self.ubl(Self.line(1, extra: secondItem))
        #expect(lone.streamed == lone.tree)
        #expect(lone.streamed.warnings.map(\.location.element) == ["/Invoice/InvoiceLine/Item[2]"])
        let several = Self.ubl(
            Self.line(1, extra: secondItem) + Self.line(2, extra: "\n<cbc:ID>2b</cbc:ID>") + Self.line(3, extra: secondItem))
        #expect(several.streamed == several.tree)
        #expect(several.streamed.rejections.map(\.location.element) == ["/Invoice/InvoiceLine[2]/ID[2]"])
        let warned = Self.ubl(Self.line(1, extra: secondItem) + Self.line(2) + Self.line(3, extra: secondItem))
        #expect(warned.streamed == warned.tree)
        #expect(warned.streamed.warnings.map(\.location.element) == ["/Invoice/InvoiceLine[1]/Item[2]", "/Invoice/InvoiceLine[3]/Item[2]"])
    }

    @Test func malformedEndRejectsStreamedFile() {
        let text = XMLFixtures.minimalUBL(body: Self.line(1) + Self.line(2, amount: "x")).replacing("</Invoice>", with: "</Invoic>")
        let bytes = Array(text.utf8)
        let streamed = Self.streamedImport(bytes, format: .ubl)
        #expect(streamed == Self.treeImport(bytes, format: .ubl))
        #expect(streamed.documents.isEmpty)
        #expect(streamed.warnings.isEmpty)
        #expect(streamed.rejections.count == 1)
    }

    @Test func manyLinesMatchTreeImport() throws {
        let body = (1...300).map { Self.line($0, amount: $0 % 50 == 0 ? "bad" : "1.005") }.joined(separator: "\n")
        let (streamed, tree) = Self.ubl(body)
        #expect(streamed == tree)
        #expect(streamed.documents.first?.lines.count == 300)
        #expect(streamed.warnings.count == 6)
    }
}
