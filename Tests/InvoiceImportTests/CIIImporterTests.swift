import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

@Suite struct CIIImporterTests {
    func importInvoice(_ name: String = "cii-facturx-en16931.xml") throws -> Document {
        let result = CIIImporter().importDocuments(try XMLFixtures.bytes(name), file: name, options: ImportOptions())
        #expect(result.format == .cii)
        #expect(result.rejections == [])
        return try #require(result.documents.first)
    }

    @Test func invoiceHeader() throws {
        let document = try importInvoice()
        #expect(document.number == "FX-2025-118")
        #expect(document.typeCode == "384")
        #expect(document.kind == .corrective)
        #expect(document.issueDate == CivilDate(year: 2025, month: 6, day: 30))
        #expect(document.dueDate == CivilDate(year: 2025, month: 7, day: 30))
        #expect(document.currency == "EUR")
        #expect(document.specification == "urn:cen.eu:en16931:2017")
        #expect(document.paymentTerms == "Paiement à réception")
        #expect(
            document.notes == [
                Note(subject: "PMD", text: "Pénalités de retard : trois fois le taux d'intérêt légal"),
                Note(subject: nil, text: "Facture rectificative"),
            ])
        #expect(document.precedingInvoices == [InvoiceReference(number: "FX-2025-097", issueDate: CivilDate(year: 2025, month: 6, day: 12))])
        #expect(document.source.line == XMLFixtures.line(of: "xmlns:udt=", in: try XMLFixtures.text("cii-facturx-en16931.xml")))
    }

    @Test func sellerAndBuyer() throws {
        let document = try importInvoice()
        let seller = try #require(document.seller)
        #expect(seller.name == "Formations Martin SARL")
        #expect(seller.tradingName == "Martin Formation")
        #expect(seller.siren == "552100554")
        #expect(seller.siret == nil)
        #expect(seller.legalRegistration == Identifier(value: "552100554", scheme: "0002"))
        #expect(seller.vatID == "FR61552100554")
        #expect(
            seller.address
                == PostalAddress(
                    lines: ["8 cours de l'Intendance", "BP 42"], city: "Bordeaux", postalCode: "33000",
                    subdivision: "Gironde", country: "FR"))
        let buyer = try #require(document.buyer)
        #expect(buyer.name == "Mairie de Talence")
        #expect(buyer.siret == "44306184100047")
        #expect(buyer.siren == "443061841")
        #expect(buyer.legalRegistration == nil)
    }

    @Test func invoiceLines() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
        let lines = try importInvoice().lines
        try #require(lines.count == 2)
        #expect(lines[0].id == "10")
        #expect(lines[0].description == "Formation sécurité")
        #expect(lines[0].quantity == Amount(parsing: "2"))
        #expect(lines[0].unit == "DAY")
        #expect(lines[0].netPrice?.description == "450.00")
        #expect(lines[0].baseQuantity == Amount(parsing: "1"))
        #expect(lines[0].netAmount == Amount(parsing: "900.00"))
        #expect(lines[0].vatCategory == "E")
        #expect(lines[0].vatRate == Amount.zero)
        #expect(
            lines[0].source
                == SourceLocation(
                    file: "cii-facturx-en16931.xml", line: XMLFixtures.line(of: "<ram:IncludedSupplyChainTradeLineItem>", in: text),
                    element: "/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem[1]"))
        #expect(lines[1].id == "20")
        #expect(lines[1].netPrice?.description == "35.5")
        #expect(lines[1].quantity == Amount(parsing: "10"))
        #expect(lines[1].unit == "C62")
        #expect(lines[1].vatRate?.description == "20.00")
        #expect(lines[1].source?.line == XMLFixtures.line(of: "<ram:IncludedSupplyChainTradeLineItem>", in: text, occurrence: 2))
    }

    @Test func vatBreakdownAndTotals() throws {
        let document = try importInvoice()
        #expect(
            document.vatBreakdown == [
                VATBreakdown(
                    category: "E", rate: Amount.zero, taxableAmount: Amount(parsing: "900.00"), taxAmount: Amount(parsing: "0.00"),
                    exemptionReason: "Exonération de TVA, article 261-4-4° du CGI", exemptionReasonCode: "VATEX-FR-FRANCHISE", taxScheme: "VAT"),
                VATBreakdown(
                    category: "S", rate: Amount(parsing: "20.00"), taxableAmount: Amount(parsing: "355.00"), taxAmount: Amount(parsing: "71.00"),
                    taxScheme: "VAT"),
            ])
        let totals = document.totals
        #expect(totals.lineNet == Amount(parsing: "1255.00"))
        #expect(totals.allowances == nil)
        #expect(totals.charges == nil)
        #expect(totals.taxExclusive == Amount(parsing: "1255.00"))
        #expect(totals.vat == Amount(parsing: "71.00"))
        #expect(totals.vatInAccountingCurrency == nil)
        #expect(totals.taxInclusive == Amount(parsing: "1326.00"))
        #expect(totals.prepaid?.description == "0.00")
        #expect(totals.payable?.description == "1326.00")
    }

    @Test func minimumProfileHasNoLines() throws {
        let document = try importInvoice("cii-facturx-minimum.xml")
        #expect(document.number == "M-0001")
        #expect(document.specification == "urn:factur-x.eu:1p0:minimum")
        #expect(document.lines == [])
        #expect(document.vatBreakdown == [])
        #expect(document.dueDate == nil)
        #expect(document.seller?.siren == "404833048")
        #expect(document.buyer?.name == "Client Final")
        #expect(document.totals.vat == Amount(parsing: "20.00"))
        #expect(document.totals.payable == Amount(parsing: "120.00"))
    }

    @Test func siretUnderSIRENSchemeIsASIRET() throws {
        // Many Factur-X producers write the 14-digit SIRET under scheme 0002 (the SIRENE register).
        let text = try XMLFixtures.text("cii-facturx-minimum.xml")
            .replacingOccurrences(of: ">404833048</ram:ID>", with: ">40483304800022</ram:ID>")
        let document = try #require(CIIImporter().importDocuments(Array(text.utf8), file: "x.xml", options: ImportOptions()).documents.first)
        #expect(document.seller?.siret == "40483304800022")
        #expect(document.seller?.siren == "404833048")
        #expect(document.seller?.legalRegistration == Identifier(value: "40483304800022", scheme: "0002"))
    }

    @Test func accountingCurrencyVAT() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
            .replacingOccurrences(
                of: "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
                with: "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:TaxCurrencyCode>SEK</ram:TaxCurrencyCode>")
            .replacingOccurrences(
                of: "<ram:TaxTotalAmount currencyID=\"EUR\">71.00</ram:TaxTotalAmount>",
                with: "<ram:TaxTotalAmount currencyID=\"SEK\">812.34</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID=\"EUR\">71.00</ram:TaxTotalAmount>")
        let document = try #require(CIIImporter().importDocuments(Array(text.utf8), file: "x.xml", options: ImportOptions()).documents.first)
        #expect(document.totals.vat == Amount(parsing: "71.00"))
        #expect(document.totals.vatInAccountingCurrency == Amount(parsing: "812.34"))
    }

    @Test func otherPrefixesGiveSameDocument() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
        let variant = text
            .replacingOccurrences(of: "xmlns:rsm=", with: "xmlns=").replacingOccurrences(of: "rsm:", with: "")
            .replacingOccurrences(of: "xmlns:ram=", with: "xmlns:a=").replacingOccurrences(of: "ram:", with: "a:")
            .replacingOccurrences(of: "xmlns:udt=", with: "xmlns:n1=").replacingOccurrences(of: "udt:", with: "n1:")
        #expect(variant.contains("<CrossIndustryInvoice xmlns="))
        let result = CIIImporter().importDocuments(Array(variant.utf8), file: "cii-facturx-en16931.xml", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents == [try importInvoice()])
    }

    @Test func invalidDateImportedAsMissing() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
            .replacingOccurrences(of: ">20250630<", with: ">20251301<")
        let result = CIIImporter().importDocuments(Array(text.utf8), file: "bad.xml", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        #expect(document.issueDate == nil)
        #expect(document.sourceFacts?.ignoredValues == ["ExchangedDocument/IssueDateTime/DateTimeString"])
        let warning = try #require(result.warnings.first)
        #expect(warning.location == SourceLocation(file: "bad.xml", line: XMLFixtures.line(of: "20251301", in: text), element: "/CrossIndustryInvoice/ExchangedDocument/IssueDateTime/DateTimeString"))
        #expect(warning.reason.fr == "valeur ignorée : date '20251301' dans ExchangedDocument/IssueDateTime/DateTimeString traité comme absent, écrivez une date existante au format 102 aaaammjj")
        #expect(warning.reason.en == "value ignored: date '20251301' in ExchangedDocument/IssueDateTime/DateTimeString treated as missing, write an existing date in format 102 yyyymmdd")
    }

    @Test func invalidRateImportedAsMissing() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
            .replacingOccurrences(of: "<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>\n            </ram:ApplicableTradeTax>\n            <ram:SpecifiedTradePaymentTerms>", with: "<ram:RateApplicablePercent>20 %</ram:RateApplicablePercent>\n            </ram:ApplicableTradeTax>\n            <ram:SpecifiedTradePaymentTerms>")
        let result = CIIImporter().importDocuments(Array(text.utf8), file: "bad.xml", options: ImportOptions())
        #expect(result.documents.first?.vatBreakdown[1].rate == nil)
        let warning = try #require(result.warnings.first)
        #expect(warning.location.element == "/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/ApplicableTradeTax[2]/RateApplicablePercent")
        #expect(warning.reason.en == "value ignored: rate '20 %' in SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/ApplicableTradeTax[2]/RateApplicablePercent treated as missing, write digits with a decimal point")
    }

    @Test func wrongRootNamespaceRejected() throws {
        let xml = "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:ferd:CrossIndustryDocument:invoice:1p0\"/>"
        let result = CIIImporter().importDocuments(Array(xml.utf8), file: "x.xml", options: ImportOptions())
        #expect(result.documents == [])
        #expect(result.rejections.first?.reason.en.hasPrefix("unexpected root element '{urn:ferd:CrossIndustryDocument:invoice:1p0}CrossIndustryInvoice'") == true)
    }

    @Test func dispatcherRoutesCII() throws {
        let result = DocumentImporter.importBytes(try XMLFixtures.bytes("cii-facturx-minimum.xml"), file: "in.xml", options: ImportOptions())
        #expect(result.format == .cii)
        #expect(result.documents.first?.number == "M-0001")
    }
}
