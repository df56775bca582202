import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Elements below the root in a namespace the syntax does not use reject the invoice, naming the
/// element and both namespaces; any prefix bound to the right URI is still read.
@Suite struct XMLNamespaceCheckTests {
    static let cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    static let ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"

    static func importUBL(_ text: String) -> ImportResult {
        UBLImporter().importDocuments(Array(text.utf8), file: "ns.xml", options: ImportOptions())
    }

    @Test func misspeltBasicNamespaceIsRejected() throws {
        let original = try XMLFixtures.text("ubl-invoice-fr.xml")
        let text = original.replacing("xmlns:cbc=\"\(Self.cbc)\"", with: "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponent-2\"")
        let result = Self.importUBL(text)
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location.element == "/Invoice/CustomizationID")
        #expect(rejection.location.line == XMLFixtures.line(of: "<cbc:CustomizationID>", in: original))
        #expect(
            rejection.reason.en
                == "element 'CustomizationID' in namespace 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponent-2' instead of '\(Self.cbc)': a validator or receiving platform sees no invoice content there, correct the namespace URI and export the invoice again")
        #expect(
            rejection.reason.fr
                == "élément 'CustomizationID' dans l'espace de noms 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponent-2' au lieu de '\(Self.cbc)' : un validateur ou une plateforme de réception n'y voit aucun contenu de facture, corrigez l'URI d'espace de noms et exportez la facture de nouveau")
    }

    @Test func oneReboundElementIsRejected() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
            .replacing("<cbc:PayableAmount currencyID=\"EUR\">1375.00</cbc:PayableAmount>",
                with: "<cbc:PayableAmount xmlns:cbc=\"urn:example:other\" currencyID=\"EUR\">1375.00</cbc:PayableAmount>")
        let result = Self.importUBL(text)
        #expect(result.rejections.map(\.location.element) == ["/Invoice/LegalMonetaryTotal/PayableAmount"])
        #expect(result.rejections.first?.reason.en.hasPrefix("element 'PayableAmount' in namespace 'urn:example:other' instead of '\(Self.cbc)'") == true)
    }

    @Test func elementWithoutNamespaceIsRejected() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml").replacing("<cbc:ID>F2025-0042</cbc:ID>", with: "<ID xmlns=\"\">F2025-0042</ID>")
        let result = Self.importUBL(text)
        #expect(result.rejections.first?.reason.en.hasPrefix("element 'ID' in namespace none instead of '\(Self.cbc)'") == true)
    }

    @Test func zugferd1AggregateNamespaceUnderCIIRootIsRejected() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
            .replacing("xmlns:ram=\"\(Self.ram)\"", with: "xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12\"")
        let result = CIIImporter().importDocuments(Array(text.utf8), file: "ns.xml", options: ImportOptions())
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["/CrossIndustryInvoice/ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter"])
        #expect(
            result.rejections.first?.reason.en.hasPrefix(
                "element 'GuidelineSpecifiedDocumentContextParameter' in namespace 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12' instead of '\(Self.ram)'")
                == true)
    }

    @Test func ciiAggregateNamespaceUnderZUGFeRD1RootIsRejected() throws {
        let original = try XMLFixtures.text("zugferd1-extended.xml")
        #expect(ZUGFeRD1Importer().importDocuments(Array(original.utf8), file: "z.xml", options: ImportOptions()).rejections == [])
        let text = original.replacing(
            "xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12\"",
            with: "xmlns:ram=\"\(Self.ram)\"")
        let result = ZUGFeRD1Importer().importDocuments(Array(text.utf8), file: "z.xml", options: ImportOptions())
        #expect(result.documents == [])
        #expect(
            result.rejections.first?.reason.en.hasSuffix(
                "in namespace '\(Self.ram)' instead of 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12': a validator or receiving platform sees no invoice content there, correct the namespace URI and export the invoice again")
                == true)
    }

    @Test func otherPrefixesAndExtensionsAreAccepted() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
            .replacing("xmlns:cbc=", with: "xmlns:b=").replacing("<cbc:", with: "<b:").replacing("</cbc:", with: "</b:")
            .replacing(
                "<b:CustomizationID>",
                with: "<ext:UBLExtensions xmlns:ext=\"urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2\"><ext:UBLExtension><ext:ExtensionContent><x:Any xmlns:x=\"urn:example:x\"/></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions><b:CustomizationID>")
        let result = Self.importUBL(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["F2025-0042"])
    }
}
