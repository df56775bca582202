import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// A CreditNote whose lines are written as `cac:InvoiceLine` keeps its lines, with one warning.
@Suite struct UBLLineKindTests {
    static func importText(_ text: String) -> ImportResult {
        UBLImporter().importDocuments(Array(text.utf8), file: "cn.xml", options: ImportOptions())
    }

    @Test func invoiceLinesInCreditNoteAreRead() throws {
        let original = try XMLFixtures.text("ubl-creditnote-lines.xml")
        let text = original.replacing("CreditNoteLine", with: "InvoiceLine").replacing("CreditedQuantity", with: "InvoicedQuantity")
        let expected = try #require(Self.importText(original).documents.first)
        let result = Self.importText(text)
        let document = try #require(result.documents.first)
        #expect(document.lines.count == 2)
        #expect(document.lines.map(\.quantity) == expected.lines.map(\.quantity))
        #expect(document.lines.map(\.netAmount) == expected.lines.map(\.netAmount))
        #expect(document.lines.map(\.source?.element) == ["/CreditNote/InvoiceLine[1]", "/CreditNote/InvoiceLine[2]"])
        #expect(result.warnings.count == 1)
        let warning = try #require(result.warnings.first)
        #expect(warning.location.element == "/CreditNote/InvoiceLine[1]")
        #expect(warning.location.line == XMLFixtures.line(of: "<cac:CreditNoteLine>", in: original))
        #expect(
            warning.reason.en
                == "2 'InvoiceLine' element(s) in a 'CreditNote': read as its lines, but the UBL schema expects 'CreditNoteLine' and a receiving platform may reject the file; rename them to 'CreditNoteLine'")
        #expect(
            warning.reason.fr
                == "2 élément(s) 'InvoiceLine' dans un 'CreditNote' : lus comme ses lignes, mais le schéma UBL attend 'CreditNoteLine' et une plateforme de réception peut refuser le fichier ; renommez-les en 'CreditNoteLine'")
    }

    @Test func creditNoteLinesGiveNoWarning() throws {
        let result = Self.importText(try XMLFixtures.text("ubl-creditnote-lines.xml"))
        #expect(result.warnings == [])
        #expect(result.documents.first?.lines.map(\.source?.element) == ["/CreditNote/CreditNoteLine[1]", "/CreditNote/CreditNoteLine[2]"])
    }

    @Test func mixedLinesKeepDocumentOrder() throws {
        let original = try XMLFixtures.text("ubl-creditnote-lines.xml")
        // Only the second line is renamed, so the paths show each kind's own numbering.
        let second = try #require(original.range(of: "<cac:CreditNoteLine>", options: .backwards))
        var text = original
        text.replaceSubrange(second, with: "<cac:InvoiceLine>")
        let closing = try #require(text.range(of: "</cac:CreditNoteLine>", options: .backwards))
        text.replaceSubrange(closing, with: "</cac:InvoiceLine>")
        let result = Self.importText(text)
        #expect(result.documents.first?.lines.map(\.source?.element) == ["/CreditNote/CreditNoteLine", "/CreditNote/InvoiceLine"])
        #expect(result.documents.first?.lines.map(\.quantity) == [Amount(1), nil])
        #expect(result.warnings.map(\.location.element) == ["/CreditNote/InvoiceLine"])
    }
}
