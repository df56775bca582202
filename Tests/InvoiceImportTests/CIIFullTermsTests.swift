import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Checks the EN 16931 and Factur-X EXTENDED terms of the CII and ZUGFeRD 1.0 fixtures.
@Suite struct CIIFullTermsTests {
    func document(_ name: String) throws -> Document {
        let result = DocumentImporter.importBytes(try XMLFixtures.bytes(name), file: name, options: ImportOptions())
        #expect(result.rejections == [])
        return try #require(result.documents.first)
    }

    func amount(_ text: String) -> Amount? { Amount(parsing: text) }

    func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate? { CivilDate(year: year, month: month, day: day) }

    @Test(arguments: [
        ("cii-facturx-minimum.xml", Profile.minimum), ("cii-facturx-basicwl.xml", .basicWL),
        ("cii-facturx-basic.xml", .basic), ("cii-facturx-en16931.xml", .en16931),
        ("cii-facturx-extended.xml", .extended), ("cii-xrechnung.xml", .xRechnung), ("zugferd1-extended.xml", .extended),
    ])
    func profileFromGuideline(name: String, profile: Profile) throws {
        #expect(try document(name).profile == profile)
    }

    @Test func extendedHeaderAndReferences() throws {
        let document = try document("cii-facturx-extended.xml")
        #expect(document.sourceFormat == .cii)
        #expect(document.businessProcess == "B1")
        #expect(document.operationCategory == .goods)
        #expect(document.buyerReference == "DEP-LOGISTIQUE")
        #expect(document.taxPointDateCode == "5")
        #expect(document.invoicePeriod == Period(start: date(2025, 10, 1), end: date(2025, 10, 15)))
        #expect(
            document.references
                == DocumentReferences(
                    project: "PRJ-AJA", projectName: "Aménagement Ajaccio", contract: "MARCHE-12", purchaseOrder: "BC-2025-417",
                    salesOrder: "CV-88", receivingAdvice: "REC-77", despatchAdvice: "BL-5521", tender: "AO-2025-3",
                    invoicedObject: Identifier(value: "PARC-12", scheme: "AWV"), buyerAccounting: "411ROSSI"))
        #expect(
            document.supportingDocuments == [
                SupportingDocument(
                    id: "DEVIS-2025-09", typeCode: "916", description: "Devis signé",
                    attachment: Attachment(mimeCode: "application/pdf", filename: "devis.pdf", encodedLength: 12))
            ])
        #expect(document.precedingInvoices == [InvoiceReference(number: "ACPT-2025-0008", issueDate: date(2025, 9, 15), typeCode: "386")])
    }

    @Test func extendedParties() throws {
        let document = try document("cii-facturx-extended.xml")
        let seller = try #require(document.seller)
        #expect(seller.identifiers == [Identifier(value: "FOURN-001"), Identifier(value: "55210055400013", scheme: "0009")])
        #expect(seller.siret == "55210055400013")
        #expect(seller.taxRegistrationID == "33-552100554")
        #expect(seller.additionalLegalInfo == "SAS au capital de 50 000 €, RCS Bordeaux")
        #expect(seller.electronicAddress == Identifier(value: "552100554", scheme: "0225"))
        #expect(seller.contact == Contact(name: "Comptabilité clients", telephone: "+33 5 56 00 00 00", email: "clients@martin.example"))
        #expect(seller.address?.lines == ["8 cours de l'Intendance", "BP 42", "Cedex 1"])
        #expect(document.buyer?.contact == Contact(name: "Luca Rossi"))
        #expect(document.buyer?.electronicAddress == Identifier(value: "compta@rossi.example", scheme: "EM"))
        #expect(document.taxRepresentative?.vatID == "FR23403106537")
        #expect(document.taxRepresentative?.name == "Représentant Fiscal SARL")
        #expect(document.payee?.name == "Factor Sud")
        #expect(document.payee?.legalRegistration == Identifier(value: "403106537", scheme: "0002"))
        let delivery = try #require(document.delivery)
        #expect(delivery.actualDate == date(2025, 10, 10))
        #expect(delivery.despatchDate == date(2025, 10, 8))
        #expect(delivery.locationID == Identifier(value: "3012345000024", scheme: "0088"))
        #expect(delivery.party?.name == "Cabinet Rossi, entrepôt")
        #expect(delivery.party?.vatID == "FR32443061841")
        #expect(document.deliveryAddress == PostalAddress(lines: ["Zone du Vazzio"], city: "Ajaccio", postalCode: "20090", country: "FR"))
    }

    @Test func extendedPaymentAndAllowances() throws {
        let document = try document("cii-facturx-extended.xml")
        #expect(
            document.paymentMeans == [
                PaymentMeans(
                    typeCode: "30", text: "Virement",
                    account: FinancialAccount(id: "0012345678", isProprietary: true, name: "Martin Mobilier")),
                PaymentMeans(typeCode: "49", debitedAccount: "FR7630004000031234567890143"),
                PaymentMeans(typeCode: "54", card: PaymentCard(primaryAccountNumber: "5555", holderName: "L. Rossi")),
            ])
        #expect(document.mandateReference == "RUM-2025-044")
        #expect(document.creditorReference == "FR98ZZZ654321")
        #expect(document.remittanceInformation == "EXT-2025-0031")
        #expect(document.allowanceCharges.count == 1)
        #expect(document.allowanceCharges[0].reasonCode == "100")
        #expect(document.allowanceCharges[0].vatRate == amount("20"))
        #expect(document.totals.rounding?.description == "0.00")
        #expect(document.vatBreakdown[1].exemptionReasonCode == "VATEX-EU-132")
    }

    @Test func extendedSubLinesAreMarked() throws {
        let lines = try document("cii-facturx-extended.xml").lines
        try #require(lines.count == 4)
        #expect(lines.map(\.countsInTotals) == [true, false, false, true])
        #expect(lines.map(\.parentLineID) == [nil, "1", "1", nil])
        #expect(lines[0].statusReasonCode == "GROUP")
        #expect(lines[1].statusReasonCode == "DETAIL")
        let included = lines.filter(\.countsInTotals).compactMap(\.netAmount).reduce(Amount.zero, +)
        #expect(included == amount("1280.00"))
    }

    @Test func extendedLineTerms() throws {
        let lines = try document("cii-facturx-extended.xml").lines
        let line = lines[0]
        #expect(line.note == "Kit bureau complet")
        #expect(line.orderLineReference == "7")
        #expect(line.buyerAccountingReference == "6064")
        #expect(line.objectIdentifier == Identifier(value: "SN-4471", scheme: "AFL"))
        #expect(line.period == Period(start: date(2025, 10, 1)))
        #expect(line.grossPrice?.description == "650.00")
        #expect(line.priceDiscount?.description == "50.00")
        #expect(line.allowanceCharges == [
            AllowanceCharge(
                isCharge: true, amount: amount("30.00"), baseAmount: amount("1200.00"), percentage: amount("2.5"),
                reason: "Montage", reasonCode: "ABK",
                source: SourceLocation(
                    file: "cii-facturx-extended.xml",
                    line: XMLFixtures.line(of: "<ram:SpecifiedTradeAllowanceCharge>", in: try XMLFixtures.text("cii-facturx-extended.xml")),
                    element: "/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem[1]/SpecifiedLineTradeSettlement/SpecifiedTradeAllowanceCharge"))
        ])
        #expect(
            line.item
                == Item(
                    description: "Bureau, lampe et fauteuil", sellerID: "KIT-BUR", buyerID: "ACH-991",
                    standardID: Identifier(value: "3760000000017", scheme: "0160"),
                    classifications: [Classification(value: "56101500", listID: "TST")], originCountry: "IT",
                    attributes: [ItemAttribute(name: "Couleur", value: "Chêne clair")]))
        #expect(lines[3].netPrice?.description == "0.125")
        #expect(lines[3].baseQuantityUnit == "KMT")
        #expect(lines[3].vatExemptionReasonCode == "VATEX-EU-132")
        #expect(lines[3].vatExemptionReason == "Exonération, article 262 ter I du CGI")
    }

    @Test func basicWLAccountingCurrency() throws {
        let document = try document("cii-facturx-basicwl.xml")
        #expect(document.lines == [])
        #expect(document.kind == .deposit)
        #expect(document.currency == "GBP")
        #expect(document.vatAccountingCurrency == "EUR")
        #expect(document.totals.vat?.description == "190.00")
        #expect(document.totals.vatInAccountingCurrency?.description == "228.38")
        #expect(document.delivery == Delivery(actualDate: date(2025, 2, 28)))
        #expect(document.invoicePeriod == Period(start: date(2025, 2, 1), end: date(2025, 2, 28)))
        #expect(document.paymentMeans == [PaymentMeans(typeCode: "58", account: FinancialAccount(id: "FR7630006000011234567890189", serviceProvider: "AGRIFRPP"))])
        #expect(document.allowanceCharges.map(\.percentage) == [amount("5")])
        #expect(document.allowanceCharges.map(\.baseAmount) == [amount("1000.00")])
    }

    @Test func basicLinePriceDetails() throws {
        let document = try document("cii-facturx-basic.xml")
        #expect(document.operationCategory == .services)
        let line = try #require(document.lines.first)
        #expect(line.grossPrice == amount("110.00"))
        #expect(line.priceDiscount == amount("10.00"))
        #expect(line.period == Period(start: date(2025, 2, 10), end: date(2025, 2, 14)))
        #expect(line.item == Item(standardID: Identifier(value: "3760000000031", scheme: "0160")))
        #expect(line.allowanceCharges.map(\.reasonCode) == ["64"])
    }

    @Test func xRechnungBuyerReference() throws {
        let document = try document("cii-xrechnung.xml")
        #expect(document.buyerReference == "04011000-12345-34")
        #expect(document.businessProcess == "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")
        #expect(document.operationCategory == nil)
    }

    @Test func zugferd1Document() throws {
        let name = "zugferd1-extended.xml"
        let result = DocumentImporter.importBytes(try XMLFixtures.bytes(name), file: name, options: ImportOptions())
        #expect(result.format == .zugferd1)
        let document = try #require(result.documents.first)
        #expect(document.sourceFormat == .zugferd1)
        #expect(document.number == "ZF1-2014-77")
        #expect(document.issueDate == date(2014, 9, 15))
        #expect(document.dueDate == date(2014, 10, 15))
        #expect(document.notes == [Note(subject: "AAI", text: "Lieferung gemäß Bestellung")])
        #expect(document.seller?.vatID == "DE123456789")
        #expect(document.seller?.taxRegistrationID == "201/113/40209")
        #expect(document.references == DocumentReferences(purchaseOrder: "B-2014-118", despatchAdvice: "LS-5511"))
        #expect(document.delivery == Delivery(actualDate: date(2014, 9, 12), despatchDate: date(2014, 9, 12)))
        #expect(document.vatBreakdown == [VATBreakdown(category: "S", rate: amount("7.00"), taxableAmount: amount("290.00"), taxAmount: amount("20.30"), taxScheme: "VAT")])
        #expect(document.allowanceCharges.map(\.isCharge) == [false, true])
        #expect(document.allowanceCharges[1].reason == "Versandkosten")
        #expect(document.allowanceCharges[1].amount?.description == "5.00")
        #expect(document.allowanceCharges[1].vatRate?.description == "7.00")
        #expect(document.totals.payable?.description == "310.30")
        #expect(document.paymentMeans.first?.account == FinancialAccount(id: "DE08700901001234567890", serviceProvider: "GENODEF1M04"))
        try #require(document.lines.count == 2)
        #expect(document.lines[0].id == nil)
        #expect(document.lines[0].note == "Positionen aus Lieferschein LS-5511:")
        let line = document.lines[1]
        #expect(line.quantity?.description == "20.0000")
        #expect(line.netPrice?.description == "15.0000")
        #expect(line.grossPrice?.description == "16.0000")
        #expect(line.priceDiscount?.description == "1.0000")
        #expect(line.vatRate?.description == "7.00")
        #expect(line.period == Period(start: date(2014, 9, 8), end: date(2014, 9, 14)))
        #expect(line.item?.sellerID == "SFK5")
        #expect(line.source?.line == XMLFixtures.line(of: "<ram:IncludedSupplyChainTradeLineItem>", in: try XMLFixtures.text(name), occurrence: 2))
    }

    @Test func zugferd1WrongNamespaceRejected() throws {
        let text = "<CrossIndustryDocument xmlns=\"urn:example\"><ID>1</ID></CrossIndustryDocument>"
        let result = ZUGFeRD1Importer().importDocuments(Array(text.utf8), file: "z.xml", options: ImportOptions())
        #expect(result.documents == [])
        #expect(
            result.rejections.first?.reason.en
                == "unexpected root element '{urn:example}CrossIndustryDocument': expected '{urn:ferd:CrossIndustryDocument:invoice:1p0}CrossIndustryDocument'")
    }

    @Test(arguments: [(37, 2014, "2014-09-08"), (1, 2015, "2014-12-29"), (53, 2020, "2020-12-28")])
    func isoWeekMonday(week: Int, year: Int, monday: String) {
        #expect(XMLNode.mondayOfISOWeek(week, year: year)?.description == monday)
    }

    @Test func isoWeekOutOfRange() {
        #expect(XMLNode.mondayOfISOWeek(53, year: 2021) == nil)
        #expect(XMLNode.mondayOfISOWeek(0, year: 2021) == nil)
    }
}
