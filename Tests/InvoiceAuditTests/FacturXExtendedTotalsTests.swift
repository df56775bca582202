import InvoiceAudit
@testable import InvoiceImport
import InvoiceModel
import Testing

/// BR-FXEXT-CO-10 … -16 on a Factur-X EXTENDED invoice of our own, with a subtotal line (GROUP)
/// detailed by two DETAIL lines, a plain line, one allowance, one charge and a prepayment.
/// Each changed copy gives the BR set the official EXTENDED schematron gives on it.
@Suite struct FacturXExtendedTotalsTests {
    /// Lines 1.1 (200.00) and 1.2 (100.00) detail the subtotal line 1 (300.00); line 2 is 50.00.
    /// BT-106 = 350.00, BT-109 = 350.00 − 10.00 + 5.00 = 345.00, VAT 69.00, BT-112 414.00,
    /// prepaid 14.00, amount due 400.00.
    static let invoice = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
            xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
            xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
          <rsm:ExchangedDocumentContext>
            <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
          </rsm:ExchangedDocumentContext>
          <rsm:ExchangedDocument>
            <ram:ID>EXT-2026-014</ram:ID>
            <ram:TypeCode>380</ram:TypeCode>
            <ram:IssueDateTime><udt:DateTimeString format="102">20260304</udt:DateTimeString></ram:IssueDateTime>
          </rsm:ExchangedDocument>
          <rsm:SupplyChainTradeTransaction>
            <ram:IncludedSupplyChainTradeLineItem>
              <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode></ram:AssociatedDocumentLineDocument>
              <ram:SpecifiedTradeProduct><ram:Name>Kit atelier</ram:Name></ram:SpecifiedTradeProduct>
              <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>300.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
              <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
              <ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>300.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
              </ram:SpecifiedLineTradeSettlement>
            </ram:IncludedSupplyChainTradeLineItem>
            <ram:IncludedSupplyChainTradeLineItem>
              <ram:AssociatedDocumentLineDocument><ram:LineID>1.1</ram:LineID><ram:ParentLineID>1</ram:ParentLineID><ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode></ram:AssociatedDocumentLineDocument>
              <ram:SpecifiedTradeProduct><ram:Name>Établi</ram:Name></ram:SpecifiedTradeProduct>
              <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>200.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
              <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
              <ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>200.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
              </ram:SpecifiedLineTradeSettlement>
            </ram:IncludedSupplyChainTradeLineItem>
            <ram:IncludedSupplyChainTradeLineItem>
              <ram:AssociatedDocumentLineDocument><ram:LineID>1.2</ram:LineID><ram:ParentLineID>1</ram:ParentLineID><ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode></ram:AssociatedDocumentLineDocument>
              <ram:SpecifiedTradeProduct><ram:Name>Étau</ram:Name></ram:SpecifiedTradeProduct>
              <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>50.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
              <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">2</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
              <ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>100.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
              </ram:SpecifiedLineTradeSettlement>
            </ram:IncludedSupplyChainTradeLineItem>
            <ram:IncludedSupplyChainTradeLineItem>
              <ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>
              <ram:SpecifiedTradeProduct><ram:Name>Livraison et montage</ram:Name></ram:SpecifiedTradeProduct>
              <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>50.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
              <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="HUR">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
              <ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>50.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
              </ram:SpecifiedLineTradeSettlement>
            </ram:IncludedSupplyChainTradeLineItem>
            <ram:ApplicableHeaderTradeAgreement>
              <ram:SellerTradeParty>
                <ram:Name>Menuiserie Arnaud</ram:Name>
                <ram:PostalTradeAddress><ram:CityName>Tours</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
                <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR40303265045</ram:ID></ram:SpecifiedTaxRegistration>
              </ram:SellerTradeParty>
              <ram:BuyerTradeParty>
                <ram:Name>Lycée des Métiers</ram:Name>
                <ram:PostalTradeAddress><ram:CityName>Blois</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
              </ram:BuyerTradeParty>
            </ram:ApplicableHeaderTradeAgreement>
            <ram:ApplicableHeaderTradeDelivery/>
            <ram:ApplicableHeaderTradeSettlement>
              <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
              <ram:ApplicableTradeTax>
                <ram:CalculatedAmount>69.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
                <ram:BasisAmount>345.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent>
              </ram:ApplicableTradeTax>
              <ram:SpecifiedTradeAllowanceCharge>
                <ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>
                <ram:ActualAmount>10.00</ram:ActualAmount><ram:Reason>Remise fidélité</ram:Reason>
                <ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:CategoryTradeTax>
              </ram:SpecifiedTradeAllowanceCharge>
              <ram:SpecifiedTradeAllowanceCharge>
                <ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator>
                <ram:ActualAmount>5.00</ram:ActualAmount><ram:Reason>Emballage</ram:Reason>
                <ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:CategoryTradeTax>
              </ram:SpecifiedTradeAllowanceCharge>
              <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20260403</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
              <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                <ram:LineTotalAmount>350.00</ram:LineTotalAmount>
                <ram:ChargeTotalAmount>5.00</ram:ChargeTotalAmount>
                <ram:AllowanceTotalAmount>10.00</ram:AllowanceTotalAmount>
                <ram:TaxBasisTotalAmount>345.00</ram:TaxBasisTotalAmount>
                <ram:TaxTotalAmount currencyID="EUR">69.00</ram:TaxTotalAmount>
                <ram:GrandTotalAmount>414.00</ram:GrandTotalAmount>
                <ram:TotalPrepaidAmount>14.00</ram:TotalPrepaidAmount>
                <ram:DuePayableAmount>400.00</ram:DuePayableAmount>
              </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
            </ram:ApplicableHeaderTradeSettlement>
          </rsm:SupplyChainTradeTransaction>
        </rsm:CrossIndustryInvoice>
        """

    /// The BR-* rules the audit reports on the invoice after replacing each pair's first text.
    static func fired(_ replacements: [(String, String)]) throws -> [String] {
        var xml = invoice
        for (old, new) in replacements {
            #expect(xml.contains(old), "fixture has no '\(old)'")
            xml = xml.replacingOccurrences(of: old, with: new)
        }
        let result = CIIImporter().importDocuments(Array(xml.utf8), file: "ext.xml", options: ImportOptions())
        let document = try #require(result.documents.first)
        return Set(Auditor().documentFindings(document).map(\.ruleID).filter { $0.hasPrefix("BR-") }).sorted()
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let replacements: [(String, String)]
        let expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "consistent invoice", replacements: [], expected: []),
        Case(
            name: "amount due 999.00", replacements: [("<ram:DuePayableAmount>400.00", "<ram:DuePayableAmount>999.00")],
            expected: ["BR-FXEXT-CO-16"]),
        Case(
            name: "line total 4 cents off, 4 lines", replacements: [("<ram:LineTotalAmount>350.00", "<ram:LineTotalAmount>350.04")],
            expected: []),
        Case(
            name: "line total 5 cents off, 4 lines", replacements: [("<ram:LineTotalAmount>350.00", "<ram:LineTotalAmount>350.05")],
            expected: ["BR-FXEXT-CO-10"]),
        Case(
            name: "allowance total 2 cents off, 1 allowance",
            replacements: [("<ram:AllowanceTotalAmount>10.00", "<ram:AllowanceTotalAmount>10.02")],
            expected: ["BR-FXEXT-CO-11"]),
        Case(
            name: "charge total 1 cent off, 1 charge",
            replacements: [("<ram:ChargeTotalAmount>5.00", "<ram:ChargeTotalAmount>5.01")], expected: []),
        Case(
            name: "charge total 2 cents off, 1 charge",
            replacements: [("<ram:ChargeTotalAmount>5.00", "<ram:ChargeTotalAmount>5.02")], expected: ["BR-FXEXT-CO-12"]),
        Case(
            name: "total without VAT 10.00 off",
            replacements: [("<ram:TaxBasisTotalAmount>345.00", "<ram:TaxBasisTotalAmount>355.00")],
            expected: ["BR-FXEXT-CO-13", "BR-FXEXT-CO-15"]),
        Case(
            name: "grand total 5 cents off, 5 amounts",
            replacements: [
                ("<ram:GrandTotalAmount>414.00", "<ram:GrandTotalAmount>414.05"),
                ("<ram:DuePayableAmount>400.00", "<ram:DuePayableAmount>400.05"),
            ], expected: []),
        Case(
            name: "grand total 6 cents off, 5 amounts",
            replacements: [
                ("<ram:GrandTotalAmount>414.00", "<ram:GrandTotalAmount>414.06"),
                ("<ram:DuePayableAmount>400.00", "<ram:DuePayableAmount>400.06"),
            ], expected: ["BR-FXEXT-CO-15"]),
        Case(
            name: "VAT total without currency",
            replacements: [("<ram:TaxTotalAmount currencyID=\"EUR\">", "<ram:TaxTotalAmount>")],
            expected: ["BR-FXEXT-CO-15"]),
        Case(
            name: "EN16931 profile gets the CEN rules instead",
            replacements: [
                ("#conformant#urn:factur-x.eu:1p0:extended", ""),
                ("<ram:DuePayableAmount>400.00", "<ram:DuePayableAmount>999.00"),
            ], expected: ["BR-CO-10", "BR-CO-16", "BR-S-08"]),
    ]

    @Test(arguments: cases)
    func firesAsTheExtendedSchematron(_ testCase: Case) throws {
        #expect(try Self.fired(testCase.replacements) == testCase.expected)
    }

    @Test func messageGivesTheAllowedDifference() throws {
        let xml = Self.invoice.replacingOccurrences(of: "<ram:LineTotalAmount>350.00", with: "<ram:LineTotalAmount>350.05")
        let result = CIIImporter().importDocuments(Array(xml.utf8), file: "ext.xml", options: ImportOptions())
        let document = try #require(result.documents.first)
        let messages = Auditor().documentFindings(document).filter { $0.ruleID == "BR-FXEXT-CO-10" }.map(\.message.en)
        #expect(messages == ["BT-106 declared '350.05', computed '350.00', allowed difference 0.04: correct the amount or its parts"])
    }

    @Test func ublDocumentNeverGetsTheExtendedRules() {
        var document = ExampleInvoice.compliant()
        document.specification = "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"
        document.totals.payable = ExampleInvoice.amount("999.00")
        let fired = EN16931Rules.check(document).map(\.ruleID)
        #expect(fired == ["BR-CO-16"])
    }
}
