import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// A UBL element the schema allows once, written twice. The invoice's identity, parties and totals
/// reject the file, while secondary elements warn and keep their first value.
@Suite struct UBLRepeatedElementTests {
    /// The body of a small invoice; `minimalUBL` puts its first line on line 5.
    static let body = [
        "<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>",
        "<cbc:ID>FA-2025-0001</cbc:ID>",
        "<cbc:IssueDate>2025-03-10</cbc:IssueDate>",
        "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
        "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
        "<cbc:BuyerReference>REF-1</cbc:BuyerReference>",
        "<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Atelier Dupont</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>",
        "<cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Client Martin</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>",
        "<cac:LegalMonetaryTotal>",
        "<cbc:TaxExclusiveAmount currencyID=\"EUR\">100.00</cbc:TaxExclusiveAmount>",
        "<cbc:PayableAmount currencyID=\"EUR\">120.00</cbc:PayableAmount>",
        "</cac:LegalMonetaryTotal>",
    ]

    /// Imports the invoice with `extra` lines inserted so that each ends on file line `at`.
    static func importInvoice(inserting extra: [(at: Int, text: String)] = []) -> ImportResult {
        var lines = body
        for (at, text) in extra.sorted(by: { $0.at < $1.at }) { lines.insert(text, at: at - 5) }
        let text = XMLFixtures.minimalUBL(body: lines.joined(separator: "\n"))
        return UBLImporter().importDocuments(Array(text.utf8), file: "dup.xml", options: ImportOptions())
    }

    @Test func singleElementsGiveNeitherRejectionNorWarning() throws {
        let result = Self.importInvoice()
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.number) == ["FA-2025-0001"])
    }

    @Test func secondInvoiceNumberRejectsTheFile() throws {
        let result = Self.importInvoice(inserting: [(7, "<cbc:ID>FA-2025-0777</cbc:ID>")])
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location.element == "/Invoice/ID[2]")
        #expect(rejection.location.line == 7)
        #expect(
            rejection.reason.en
                == "element '/Invoice/ID' written 2 times, line 6 ('FA-2025-0001') and line 7 ('FA-2025-0777'): the UBL 2.1 schema allows it once and a receiving platform rejects the file; which one is meant cannot be known, keep only the right one and export the invoice again")
        #expect(
            rejection.reason.fr
                == "élément '/Invoice/ID' écrit 2 fois, ligne 6 ('FA-2025-0001') et ligne 7 ('FA-2025-0777') : le schéma UBL 2.1 ne l'autorise qu'une fois et une plateforme de réception refuse le fichier ; impossible de savoir lequel vaut pour la facture, gardez le bon seul et exportez la facture de nouveau")
    }

    @Test func thirdEmptyIssueDateIsListed() throws {
        let result = Self.importInvoice(inserting: [(8, "<cbc:IssueDate>2024-01-01</cbc:IssueDate>"), (9, "<cbc:IssueDate/>")])
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["/Invoice/IssueDate[2]"])
        #expect(result.rejections.map(\.location.line) == [8])
        #expect(
            result.rejections.first?.reason.en.hasPrefix(
                "element '/Invoice/IssueDate' written 3 times, line 7 ('2025-03-10'), line 8 ('2024-01-01') and line 9 (empty): ")
                == true)
        #expect(result.rejections.first?.reason.fr.hasPrefix(
            "élément '/Invoice/IssueDate' écrit 3 fois, ligne 7 ('2025-03-10'), ligne 8 ('2024-01-01') et ligne 9 (vide) : ") == true)
    }

    @Test func secondSupplierIsNamedByItsRegistrationName() throws {
        let second = "<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Autre Vendeur</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>"
        let result = Self.importInvoice(inserting: [(12, second)])
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["/Invoice/AccountingSupplierParty[2]"])
        #expect(
            result.rejections.first?.reason.en.hasPrefix(
                "element '/Invoice/AccountingSupplierParty' written 2 times, line 11 ('Atelier Dupont') and line 12 ('Autre Vendeur'): the UBL 2.1 schema allows it once")
                == true)
    }

    @Test func secondPayableAmountRejectsTheFile() throws {
        let result = Self.importInvoice(inserting: [(16, "<cbc:PayableAmount currencyID=\"EUR\">0.00</cbc:PayableAmount>")])
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["/Invoice/LegalMonetaryTotal/PayableAmount[2]"])
        #expect(result.rejections.map(\.location.line) == [16])
        #expect(
            result.rejections.first?.reason.en.hasPrefix(
                "element '/Invoice/LegalMonetaryTotal/PayableAmount' written 2 times, line 15 ('120.00') and line 16 ('0.00'): ")
                == true)
    }

    @Test func earliestRepetitionInTheFileIsTheOneReported() throws {
        let result = Self.importInvoice(inserting: [
            (16, "<cbc:PayableAmount currencyID=\"EUR\">0.00</cbc:PayableAmount>"), (10, "<cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>"),
        ])
        #expect(result.rejections.map(\.location.element) == ["/Invoice/DocumentCurrencyCode[2]"])
        #expect(result.rejections.map(\.location.line) == [10])
    }

    @Test func secondCreditNoteTypeCodeRejectsTheFile() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
            <cbc:ID>AV-2025-0001</cbc:ID>
            <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
            <cbc:CreditNoteTypeCode>380</cbc:CreditNoteTypeCode>
            </CreditNote>
            """
        let result = UBLImporter().importDocuments(Array(text.utf8), file: "cn.xml", options: ImportOptions())
        #expect(result.rejections.map(\.location.element) == ["/CreditNote/CreditNoteTypeCode[2]"])
        #expect(result.rejections.first?.reason.en.hasPrefix("element '/CreditNote/CreditNoteTypeCode' written 2 times, line 5 ('381') and line 6 ('380'): ") == true)
    }

    /// Two invoice lines after the totals, from line 17; the second writes its quantity on lines 19 and 20.
    static let lines: [(at: Int, text: String)] = [
        (17, "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID=\"EUR\">40.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Conseil</cbc:Name></cac:Item></cac:InvoiceLine>"),
        (18, "<cac:InvoiceLine><cbc:ID>2</cbc:ID>"),
        (19, "<cbc:InvoicedQuantity unitCode=\"C62\">2</cbc:InvoicedQuantity>"),
        (20, "<cbc:InvoicedQuantity unitCode=\"C62\">3</cbc:InvoicedQuantity>"),
        (21, "<cbc:LineExtensionAmount currencyID=\"EUR\">60.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Audit</cbc:Name></cac:Item></cac:InvoiceLine>"),
    ]

    @Test func secondQuantityInALineRejectsTheFile() throws {
        let result = Self.importInvoice(inserting: Self.lines)
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["/Invoice/InvoiceLine[2]/InvoicedQuantity[2]"])
        #expect(result.rejections.map(\.location.line) == [20])
        #expect(
            result.rejections.first?.reason.en.hasPrefix(
                "element '/Invoice/InvoiceLine[2]/InvoicedQuantity' written 2 times, line 19 ('2') and line 20 ('3'): the UBL 2.1 schema allows it once and a receiving platform rejects the file")
                == true)
    }

    @Test func linesWithSingleElementsAreSilent() throws {
        let single = Self.lines.filter { $0.at != 20 }.map { (at: $0.at == 21 ? 20 : $0.at, text: $0.text) }
        let result = Self.importInvoice(inserting: single)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.first?.lines.map(\.quantity) == [Amount(1), Amount(2)])
    }

    @Test func secondItemInALineWarnsAndKeepsTheFirst() throws {
        let result = Self.importInvoice(inserting: Array(Self.lines[0...2]) + [
            (20, "<cbc:LineExtensionAmount currencyID=\"EUR\">60.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Audit</cbc:Name></cac:Item>"),
            (21, "<cac:Item><cbc:Name>Autre article</cbc:Name></cac:Item></cac:InvoiceLine>"),
        ])
        #expect(result.rejections == [])
        #expect(result.documents.first?.lines.map(\.description) == ["Conseil", "Audit"])
        #expect(result.warnings.map(\.location.element) == ["/Invoice/InvoiceLine[2]/Item[2]"])
        #expect(result.warnings.map(\.location.line) == [21])
        #expect(
            result.warnings.first?.reason.en.hasPrefix(
                "element '/Invoice/InvoiceLine[2]/Item' written 2 times, line 20 ('Audit') and line 21 ('Autre article'): the UBL 2.1 schema allows it once and a receiving platform may reject the file")
                == true)
    }

    @Test func secondBuyerReferenceWarnsAndKeepsTheFirst() throws {
        let result = Self.importInvoice(inserting: [(11, "<cbc:BuyerReference>REF-2</cbc:BuyerReference>")])
        #expect(result.rejections == [])
        #expect(result.documents.map(\.buyerReference) == ["REF-1"])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.location.element == "/Invoice/BuyerReference[2]")
        #expect(warning.location.line == 11)
        #expect(
            warning.reason.en
                == "element '/Invoice/BuyerReference' written 2 times, line 10 ('REF-1') and line 11 ('REF-2'): the UBL 2.1 schema allows it once and a receiving platform may reject the file; only the first one is read, keep one and export the invoice again")
        #expect(
            warning.reason.fr
                == "élément '/Invoice/BuyerReference' écrit 2 fois, ligne 10 ('REF-1') et ligne 11 ('REF-2') : le schéma UBL 2.1 ne l'autorise qu'une fois et une plateforme de réception peut refuser le fichier ; seul le premier est lu, gardez-en un seul et exportez la facture de nouveau")
    }

    @Test func repeatedElementsTheSchemaAllowsAreSilent() throws {
        let result = Self.importInvoice(inserting: [
            (11, "<cbc:Note>première note</cbc:Note>"), (12, "<cbc:Note>seconde note</cbc:Note>"),
        ])
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.first?.notes.count == 2)
    }
}
