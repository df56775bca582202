import InvoiceAudit
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Shapes met in invoices from other producers' tools, written here as small invoices of our own:
/// each test imports the XML and checks the exact findings the audit gives.
@Suite struct RealWorldXMLTests {
    /// Writes a Factur-X MINIMUM invoice from a French seller whose legal registration is
    /// `registration` under scheme 0002.
    static func minimumInvoice(sellerRegistration registration: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
            xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
            xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
          <rsm:ExchangedDocumentContext>
            <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
          </rsm:ExchangedDocumentContext>
          <rsm:ExchangedDocument>
            <ram:ID>MIN-7</ram:ID>
            <ram:TypeCode>380</ram:TypeCode>
            <ram:IssueDateTime><udt:DateTimeString format="102">20250210</udt:DateTimeString></ram:IssueDateTime>
          </rsm:ExchangedDocument>
          <rsm:SupplyChainTradeTransaction>
            <ram:ApplicableHeaderTradeAgreement>
              <ram:SellerTradeParty>
                <ram:Name>Boulangerie Lenoir</ram:Name>
                <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">\(registration)</ram:ID></ram:SpecifiedLegalOrganization>
                <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
              </ram:SellerTradeParty>
              <ram:BuyerTradeParty><ram:Name>Épicerie Vidal</ram:Name></ram:BuyerTradeParty>
            </ram:ApplicableHeaderTradeAgreement>
            <ram:ApplicableHeaderTradeDelivery/>
            <ram:ApplicableHeaderTradeSettlement>
              <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
              <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                <ram:TaxBasisTotalAmount>50.00</ram:TaxBasisTotalAmount>
                <ram:TaxTotalAmount currencyID="EUR">10.00</ram:TaxTotalAmount>
                <ram:GrandTotalAmount>60.00</ram:GrandTotalAmount>
                <ram:DuePayableAmount>60.00</ram:DuePayableAmount>
              </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
            </ram:ApplicableHeaderTradeSettlement>
          </rsm:SupplyChainTradeTransaction>
        </rsm:CrossIndustryInvoice>
        """
    }

    static func findings(_ xml: String, rule: String) throws -> [String] {
        let result = CIIImporter().importDocuments(Array(xml.utf8), file: "x.xml", options: ImportOptions())
        let document = try #require(result.documents.first)
        return Auditor().documentFindings(document).filter { $0.ruleID == rule }.map(\.message.en)
    }

    @Test func validSIRETUnderSIRENSchemeIsAccepted() throws {
        #expect(try Self.findings(Self.minimumInvoice(sellerRegistration: "40483304800022"), rule: "FR-MENT-04") == [])
    }

    @Test func invalidSIRETUnderSIRENSchemeIsNamedASIRET() throws {
        #expect(
            try Self.findings(Self.minimumInvoice(sellerRegistration: "40483304800023"), rule: "FR-MENT-04") == [
                "seller's SIRET '40483304800023' is invalid: it needs 14 digits that pass the Luhn check; check it against the INSEE register"
            ])
        #expect(
            try Self.findings(Self.minimumInvoice(sellerRegistration: "12345678900014"), rule: "FR-MENT-04") == [
                "seller's SIRET '12345678900014' is invalid: it needs 14 digits that pass the Luhn check; check it against the INSEE register"
            ])
        #expect(
            try Self.findings(Self.minimumInvoice(sellerRegistration: "404833049"), rule: "FR-MENT-04") == [
                "seller's SIREN '404833049' is invalid: it needs 9 digits that pass the Luhn check; check it against the INSEE register"
            ])
    }
}
