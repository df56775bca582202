import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// A CII or ZUGFeRD 1.0 element allowed once, written twice. A second `rsm:ExchangedDocument`, the
/// invoice's identity, parties and header totals reject the file, while secondary elements warn.
@Suite struct CIIRepeatedElementTests {
    /// A small CII invoice, one element or block per line, from line 1.
    static let lines = [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"",
        "    xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\"",
        "    xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">",
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>",
        "<rsm:ExchangedDocument><ram:ID>FA-2025-0011</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format=\"102\">20250310</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>",
        "<rsm:SupplyChainTradeTransaction>",
        "<ram:ApplicableHeaderTradeAgreement>",
        "<ram:SellerTradeParty><ram:Name>Atelier Dupont</ram:Name></ram:SellerTradeParty>",
        "<ram:BuyerTradeParty><ram:Name>Client Martin</ram:Name></ram:BuyerTradeParty>",
        "</ram:ApplicableHeaderTradeAgreement>",
        "<ram:ApplicableHeaderTradeDelivery/>",
        "<ram:ApplicableHeaderTradeSettlement>",
        "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
        "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        "<ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>",
        "<ram:GrandTotalAmount>120.00</ram:GrandTotalAmount>",
        "<ram:DuePayableAmount>120.00</ram:DuePayableAmount>",
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        "</ram:ApplicableHeaderTradeSettlement>",
        "</rsm:SupplyChainTradeTransaction>",
        "</rsm:CrossIndustryInvoice>",
    ]

    /// Imports the invoice with `extra` lines inserted so that each ends on file line `at`.
    static func importInvoice(inserting extra: [(at: Int, text: String)] = []) -> ImportResult {
        var text = lines
        for (at, line) in extra.sorted(by: { $0.at < $1.at }) { text.insert(line, at: at - 1) }
        return CIIImporter().importDocuments(Array(text.joined(separator: "\n").utf8), file: "dup.xml", options: ImportOptions())
    }

    @Test func singleElementsGiveNeitherRejectionNorWarning() throws {
        let result = Self.importInvoice()
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.number) == ["FA-2025-0011"])
        #expect(result.documents.first?.totals.payable == Amount(120))
    }

    @Test func secondExchangedDocumentRejectsTheFileNamingBothNumbers() throws {
        let second = "<rsm:ExchangedDocument><ram:ID>FA-2025-0999</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format=\"102\">20250311</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>"
        let result = Self.importInvoice(inserting: [(7, second)])
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location.element == "/CrossIndustryInvoice/ExchangedDocument[2]")
        #expect(rejection.location.line == 7)
        #expect(
            rejection.reason.en
                == "element '/CrossIndustryInvoice/ExchangedDocument' written 2 times, line 6 ('FA-2025-0011') and line 7 ('FA-2025-0999'): the CII D16B schema allows it once and a receiving platform rejects the file; which one is meant cannot be known, keep only the right one and export the invoice again")
        #expect(
            rejection.reason.fr
                == "élément '/CrossIndustryInvoice/ExchangedDocument' écrit 2 fois, ligne 6 ('FA-2025-0011') et ligne 7 ('FA-2025-0999') : le schéma CII D16B ne l'autorise qu'une fois et une plateforme de réception refuse le fichier ; impossible de savoir lequel vaut pour la facture, gardez le bon seul et exportez la facture de nouveau")
    }

    @Test func secondSellerRejectsTheFile() throws {
        let result = Self.importInvoice(inserting: [(10, "<ram:SellerTradeParty><ram:Name>Autre Vendeur</ram:Name></ram:SellerTradeParty>")])
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeAgreement/SellerTradeParty[2]"])
        #expect(
            result.rejections.first?.reason.en.hasPrefix(
                "element '/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeAgreement/SellerTradeParty' written 2 times, line 9 ('Atelier Dupont') and line 10 ('Autre Vendeur'): the CII D16B schema allows it once")
                == true)
    }

    @Test func secondGrandTotalCitesItsEN16931Rule() throws {
        let result = Self.importInvoice(inserting: [(18, "<ram:GrandTotalAmount>12.00</ram:GrandTotalAmount>")])
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.line) == [18])
        #expect(
            result.rejections.first?.reason.en
                == "element '/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementHeaderMonetarySummation/GrandTotalAmount' written 2 times, line 17 ('120.00') and line 18 ('12.00'): EN 16931 rule CII-SR-482 allows it once and a receiving platform rejects the file; which one is meant cannot be known, keep only the right one and export the invoice again")
        #expect(result.rejections.first?.reason.fr.contains(" : la règle EN 16931 CII-SR-482 ne l'autorise qu'une fois ") == true)
    }

    @Test func secondIssueDateStringRejectsTheFile() throws {
        var text = Self.lines
        text[5] = text[5].replacing(
            "</udt:DateTimeString>", with: "</udt:DateTimeString><udt:DateTimeString format=\"102\">20240101</udt:DateTimeString>")
        let result = CIIImporter().importDocuments(Array(text.joined(separator: "\n").utf8), file: "d.xml", options: ImportOptions())
        #expect(result.rejections.map(\.location.element) == ["/CrossIndustryInvoice/ExchangedDocument/IssueDateTime/DateTimeString[2]"])
        #expect(result.rejections.first?.reason.en.hasPrefix("element '/CrossIndustryInvoice/ExchangedDocument/IssueDateTime/DateTimeString' written 2 times, line 6 ('20250310') and line 6 ('20240101'): ") == true)
    }

    @Test func secondTaxCurrencyWarnsAndKeepsTheFirst() throws {
        let result = Self.importInvoice(inserting: [
            (15, "<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>"), (16, "<ram:TaxCurrencyCode>CHF</ram:TaxCurrencyCode>"),
        ])
        #expect(result.rejections == [])
        #expect(result.documents.map(\.vatAccountingCurrency) == ["EUR"])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.location.element == "/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/TaxCurrencyCode[2]")
        #expect(warning.location.line == 16)
        #expect(
            warning.reason.en
                == "element '/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/TaxCurrencyCode' written 2 times, line 15 ('EUR') and line 16 ('CHF'): the CII D16B schema allows it once and a receiving platform may reject the file; only the first one is read, keep one and export the invoice again")
    }

    @Test func repeatedTaxTotalsTheSchemaAllowsAreSilent() throws {
        let result = Self.importInvoice(inserting: [
            (17, "<ram:TaxTotalAmount currencyID=\"EUR\">20.00</ram:TaxTotalAmount>"),
            (18, "<ram:TaxTotalAmount currencyID=\"CHF\">19.00</ram:TaxTotalAmount>"),
        ])
        #expect(result.rejections == [])
        #expect(result.warnings == [])
    }

    @Test func secondNetPriceInALineCitesCIISR441() throws {
        let result = Self.importInvoice(inserting: [
            (8, "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>"),
            (9, "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>50.00</ram:ChargeAmount>"),
            (10, "<ram:ChargeAmount>5.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"),
            (11, "<ram:SpecifiedLineTradeSettlement/></ram:IncludedSupplyChainTradeLineItem>"),
        ])
        #expect(result.documents == [])
        #expect(
            result.rejections.map(\.location.element) == [
                "/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem/SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount[2]"
            ])
        #expect(result.rejections.map(\.location.line) == [10])
        #expect(
            result.rejections.first?.reason.en.contains(
                "/NetPriceProductTradePrice/ChargeAmount' written 2 times, line 9 ('50.00') and line 10 ('5.00'): EN 16931 rule CII-SR-441 allows it once and a receiving platform rejects the file")
                == true)
    }

    @Test func secondLineTotalWarnsAndKeepsTheFirst() throws {
        let result = Self.importInvoice(inserting: [
            (8, "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation>"),
            (9, "<ram:LineTotalAmount>100.00</ram:LineTotalAmount>"),
            (10, "<ram:LineTotalAmount>90.00</ram:LineTotalAmount>"),
            (11, "</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"),
        ])
        #expect(result.rejections == [])
        #expect(result.documents.first?.lines.map(\.netAmount) == [Amount(100)])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.location.line == 10)
        #expect(
            warning.reason.en
                == "element '/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem/SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount' written 2 times, line 9 ('100.00') and line 10 ('90.00'): the EN 16931 model (BT-131) allows it once and a receiving platform may reject the file; only the first one is read, keep one and export the invoice again")
        #expect(warning.reason.fr.contains(" : le modèle EN 16931 (BT-131) ne l'autorise qu'une fois et une plateforme de réception peut refuser le fichier ; ") == true)
    }

    @Test func zugferd1SecondInvoiceNumberRejectsTheFile() throws {
        let original = try XMLFixtures.text("zugferd1-extended.xml")
        let text = original.replacing("<ram:ID>ZF1-2014-77</ram:ID>", with: "<ram:ID>ZF1-2014-77</ram:ID>\n<ram:ID>ZF1-2014-78</ram:ID>")
        let result = ZUGFeRD1Importer().importDocuments(Array(text.utf8), file: "z.xml", options: ImportOptions())
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["/CrossIndustryDocument/HeaderExchangedDocument/ID[2]"])
        #expect(
            result.rejections.first?.reason.en.hasPrefix(
                "element '/CrossIndustryDocument/HeaderExchangedDocument/ID' written 2 times, line 12 ('ZF1-2014-77') and line 13 ('ZF1-2014-78'): ZUGFeRD 1.0 allows it once")
                == true)
    }

    @Test func zugferd1SecondGrandTotalOnlyWarns() throws {
        let original = try XMLFixtures.text("zugferd1-extended.xml")
        let total = "<ram:GrandTotalAmount currencyID=\"EUR\">310.30</ram:GrandTotalAmount>"
        let text = original.replacing(total, with: total + "<ram:GrandTotalAmount currencyID=\"EUR\">1.00</ram:GrandTotalAmount>")
        let result = ZUGFeRD1Importer().importDocuments(Array(text.utf8), file: "z.xml", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents.first?.totals.taxInclusive == Amount(parsing: "310.30"))
        #expect(result.warnings.map(\.location.line) == [XMLFixtures.line(of: total, in: original)])
        #expect(result.warnings.first?.reason.en.contains("line 120 ('310.30') and line 120 ('1.00'): the EN 16931 model (BT-112) allows it once and a receiving platform may reject the file") == true)
    }
}
