import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// Imports small UBL invoices end to end and checks the EN 16931 rules on values the importer
/// ignored (imported as missing, with a warning) and on codes written where the model has no term.
@Suite struct EN16931SyntaxValuesTests {
    static func ubl(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        \(body)
        </Invoice>
        """
    }

    /// The import warnings and the EN 16931 findings of `rule`, with their lines.
    static func check(_ body: String, rule: String) throws -> (warnings: [String], lines: [Int?]) {
        let result = DocumentImporter.importBytes(Array(ubl(body).utf8), file: "t.xml", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        let findings = EN16931Rules.check(document).filter { $0.ruleID == rule }
        return (result.warnings.map(\.reason.en), findings.map(\.location.line))
    }

    @Test func unreadableIssueDateSatisfiesBR03() throws {
        let written = try EN16931SyntaxValuesTests.check("<cbc:IssueDate>123</cbc:IssueDate>", rule: "BR-03")
        #expect(written.warnings == ["value ignored: date '123' in IssueDate treated as missing, write an existing date in format yyyy-mm-dd"])
        #expect(written.lines == [])
        let empty = try EN16931SyntaxValuesTests.check("<cbc:IssueDate> </cbc:IssueDate>", rule: "BR-03")
        #expect(empty.warnings.count == 1)
        // BR-03 is reported on the root element, whose opening tag ends on line 4.
        #expect(empty.lines == [4])
    }

    @Test func emptyQuantityFiresBR22() throws {
        let body = "<cac:InvoiceLine><cbc:ID>1</cbc:ID>\n<cbc:InvoicedQuantity unitCode=\"C62\"></cbc:InvoicedQuantity></cac:InvoiceLine>"
        let result = try EN16931SyntaxValuesTests.check(body, rule: "BR-22")
        #expect(result.warnings == ["value ignored: quantity '' in InvoiceLine/InvoicedQuantity treated as missing, write digits with a decimal point"])
        #expect(result.lines == [5])
        let valid = body.replacingOccurrences(of: "></cbc:InvoicedQuantity>", with: ">2</cbc:InvoicedQuantity>")
        #expect(try EN16931SyntaxValuesTests.check(valid, rule: "BR-22").lines == [])
    }

    @Test func amountsWithThreeDecimalsFireUBLDT01() throws {
        let body = """
            <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">10.005</cbc:PayableAmount>
            <cbc:PrepaidAmount currencyID="EUR">1.50</cbc:PrepaidAmount></cac:LegalMonetaryTotal>
            <cac:InvoiceLine><cac:Price><cbc:PriceAmount currencyID="EUR">1.2345</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
            """
        #expect(try EN16931SyntaxValuesTests.check(body, rule: "UBL-DT-01").lines == [5])
    }

    @Test func currencyAttributesFireBRCL03() throws {
        let body = """
            <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EURO">10.00</cbc:PayableAmount>
            <cbc:PrepaidAmount currencyID="EUR">1.50</cbc:PrepaidAmount></cac:LegalMonetaryTotal>
            """
        #expect(try EN16931SyntaxValuesTests.check(body, rule: "BR-CL-03").lines == [5])
    }

    @Test func registrationAddressCountryFiresBRCL14() throws {
        let body = """
            <cac:AccountingSupplierParty><cac:Party><cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cac:RegistrationAddress><cac:Country><cbc:IdentificationCode>XY</cbc:IdentificationCode></cac:Country></cac:RegistrationAddress></cac:PartyLegalEntity>
            </cac:Party></cac:AccountingSupplierParty>
            """
        #expect(try EN16931SyntaxValuesTests.check(body, rule: "BR-CL-14").lines == [6])
    }

    @Test func sepaSchemeOnlyForSeller() throws {
        let seller = "<cac:AccountingSupplierParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID=\"SEPA\">FR12ZZZ123456</cbc:ID></cac:PartyIdentification></cac:Party></cac:AccountingSupplierParty>"
        #expect(try EN16931SyntaxValuesTests.check(seller, rule: "BR-CL-10").lines == [])
        let buyer = seller.replacingOccurrences(of: "AccountingSupplierParty", with: "AccountingCustomerParty")
        #expect(try EN16931SyntaxValuesTests.check(buyer, rule: "BR-CL-10").lines == [5])
    }
}
