import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// Totals of Factur-X MINIMUM and BASIC WL documents: MINIMUM's schematron keeps no totals rule,
/// so FA-CALC-05 checks BT-112; BASIC WL keeps BR-CO-13 to BR-CO-16, so BR-CO-15 reports it.
@Suite struct FacturXProfileTotalsTests {
    /// Returns a header-only CII invoice of `profile` (`minimum`, `basicwl`) with the given totals.
    static func cii(profile: String, net: String, vat: String, grandTotal: String, due: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" \
        xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" \
        xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
        <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>\
        <ram:ID>urn:factur-x.eu:1p0:\(profile)</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>\
        </rsm:ExchangedDocumentContext>
        <rsm:ExchangedDocument><ram:ID>FA-2025-0042</ram:ID><ram:TypeCode>380</ram:TypeCode>
        <ram:IssueDateTime><udt:DateTimeString format="102">20250310</udt:DateTimeString></ram:IssueDateTime>
        </rsm:ExchangedDocument>
        <rsm:SupplyChainTradeTransaction>
        <ram:ApplicableHeaderTradeAgreement>
        <ram:SellerTradeParty><ram:Name>Ébénisterie Caron SARL</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">443061841</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR45443061841</ram:ID></ram:SpecifiedTaxRegistration>
        </ram:SellerTradeParty>
        <ram:BuyerTradeParty><ram:Name>Hôtel des Tilleuls SAS</ram:Name></ram:BuyerTradeParty>
        </ram:ApplicableHeaderTradeAgreement>
        <ram:ApplicableHeaderTradeDelivery/>
        <ram:ApplicableHeaderTradeSettlement>
        <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
        <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:TaxBasisTotalAmount>\(net)</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">\(vat)</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>\(grandTotal)</ram:GrandTotalAmount>
        <ram:DuePayableAmount>\(due)</ram:DuePayableAmount>
        </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        </ram:ApplicableHeaderTradeSettlement>
        </rsm:SupplyChainTradeTransaction>
        </rsm:CrossIndustryInvoice>
        """
    }

    /// Returns the findings of the totals rules (FA-CALC-05, BR-CO-*) on one imported document.
    static func totalsFindings(_ xml: String) throws -> [Finding] {
        let result = DocumentImporter.importBytes(Array(xml.utf8), file: "min.xml", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        return Auditor().documentFindings(document).filter { $0.ruleID == "FA-CALC-05" || $0.ruleID.hasPrefix("BR-CO-") }
    }

    @Test func minimumWrongTotalFiresFACALC05() throws {
        let findings = try Self.totalsFindings(
            Self.cii(profile: "minimum", net: "1000.00", vat: "200.00", grandTotal: "1250.00", due: "1250.00"))
        #expect(findings.map(\.ruleID) == ["FA-CALC-05"])
        #expect(findings.first?.message.en == "total with VAT (BT-112) declared 1250.00, expected 1000.00 + 200.00 = 1200.00")
        #expect(findings.first?.message.fr == "total TTC (BT-112) déclaré 1\u{202F}250,00, attendu 1\u{202F}000,00 + 200,00 = 1\u{202F}200,00")
        #expect(findings.first?.documentNumber == "FA-2025-0042")
    }

    @Test func minimumRightTotalIsSilent() throws {
        let findings = try Self.totalsFindings(
            Self.cii(profile: "minimum", net: "1000.00", vat: "200.00", grandTotal: "1200.00", due: "1200.00"))
        #expect(findings.isEmpty)
    }

    /// The CII artefact accepts BT-112 = BT-109, but FA-CALC-05 is our own rule and is strict.
    @Test func minimumTotalWithoutVATFires() throws {
        let findings = try Self.totalsFindings(
            Self.cii(profile: "minimum", net: "1000.00", vat: "200.00", grandTotal: "1000.00", due: "1000.00"))
        #expect(findings.map(\.message.en) == ["total with VAT (BT-112) declared 1000.00, expected 1000.00 + 200.00 = 1200.00"])
    }

    @Test func basicWLWrongTotalFiresBRCO15() throws {
        let findings = try Self.totalsFindings(
            Self.cii(profile: "basicwl", net: "1000.00", vat: "200.00", grandTotal: "1250.00", due: "1250.00"))
        // Without lines or a VAT breakdown, BR-CO-13 and BR-CO-14 fire too, as in the profile's schematron.
        #expect(findings.map(\.ruleID) == ["BR-CO-13", "BR-CO-14", "BR-CO-15"])
        #expect(
            findings.last?.message.en == "BT-112 declared '1250.00', computed '1200.00': correct the amount or its parts")
    }
}
