import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Checks that every EN 16931 group written in `ubl-invoice-full.xml` reaches the model.
@Suite struct UBLFullTermsTests {
    static let name = "ubl-invoice-full.xml"

    func document() throws -> Document {
        let result = DocumentImporter.importBytes(try XMLFixtures.bytes(Self.name), file: Self.name, options: ImportOptions())
        #expect(result.rejections == [])
        return try #require(result.documents.first)
    }

    func amount(_ text: String) -> Amount? { Amount(parsing: text) }

    @Test func headerTerms() throws {
        let document = try document()
        #expect(document.sourceFormat == .ubl)
        #expect(document.profile == .en16931)
        #expect(document.businessProcess == "M1")
        #expect(document.operationCategory == .mixed)
        #expect(document.vatAccountingCurrency == "USD")
        #expect(document.taxPointDate == CivilDate(year: 2025, month: 9, day: 29))
        #expect(document.taxPointDateCode == "35")
        #expect(document.buyerReference == "SERVICE-ACHATS-12")
        #expect(document.invoicePeriod == Period(start: CivilDate(year: 2025, month: 9, day: 1), end: CivilDate(year: 2025, month: 9, day: 30)))
        #expect(
            document.references
                == DocumentReferences(
                    project: "CHANTIER-LYON", contract: "CTR-2024-09", purchaseOrder: "BC-7781", salesOrder: "CV-2025-55",
                    receivingAdvice: "BR-118", despatchAdvice: "BL-3320", tender: "LOT-4",
                    invoicedObject: Identifier(value: "COMPTEUR-88", scheme: "AAG"), buyerAccounting: "6061-ATELIER"))
        #expect(
            document.precedingInvoices == [
                InvoiceReference(number: "VT-2025-0099", issueDate: CivilDate(year: 2025, month: 9, day: 2)),
                InvoiceReference(number: "", issueDate: CivilDate(year: 2025, month: 8, day: 14)),
            ])
        #expect(document.precedingInvoices[1].writtenNumber == nil)
        #expect(
            document.supportingDocuments == [
                SupportingDocument(
                    id: "PV-RECEPTION", description: "Procès-verbal de réception",
                    attachment: Attachment(mimeCode: "application/pdf", filename: "pv.pdf", encodedLength: 12)),
                SupportingDocument(id: "PLAN", externalURI: "https://example.com/plans/88"),
            ])
    }

    @Test func partiesAndContacts() throws {
        let document = try document()
        let seller = try #require(document.seller)
        #expect(seller.identifiers == [Identifier(value: "73282932000074", scheme: "0009")])
        #expect(seller.siret == "73282932000074")
        #expect(seller.siren == "732829320")
        #expect(seller.electronicAddress == Identifier(value: "732829320_FACT", scheme: "0225"))
        #expect(seller.additionalLegalInfo == "SARL au capital de 10 000 €")
        #expect(seller.address?.lines == ["12 rue des Lampes", "Bâtiment B", "Porte 3"])
        #expect(seller.contact == Contact(name: "Claire Martin", telephone: "+33 4 72 00 00 00", email: "compta@atelier-lumiere.example"))
        let buyer = try #require(document.buyer)
        #expect(buyer.electronicAddress == Identifier(value: "factures@client.example", scheme: "EM"))
        #expect(buyer.identifiers == [Identifier(value: "CLIENT-42")])
        #expect(buyer.contact == Contact(name: "Service comptable"))
        #expect(document.creditorReference == "FR12ZZZ123456")
        let payee = try #require(document.payee)
        #expect(payee.name == "Affacturage Rhône")
        #expect(payee.identifiers == [Identifier(value: "3012345678901", scheme: "0088")])
        #expect(payee.legalRegistration == Identifier(value: "403106537", scheme: "0002"))
        let representative = try #require(document.taxRepresentative)
        #expect(representative.name == "Représentation Fiscale SA")
        #expect(representative.vatID == "FR23403106537")
        #expect(representative.address?.city == "Paris")
    }

    @Test func deliveryAndPayment() throws {
        let document = try document()
        let delivery = try #require(document.delivery)
        #expect(delivery.actualDate == CivilDate(year: 2025, month: 9, day: 26))
        #expect(delivery.locationID == Identifier(value: "3012345000017", scheme: "0088"))
        #expect(delivery.party?.name == "Hôtel des Alpes, réception")
        #expect(document.deliveryAddress == PostalAddress(lines: ["5 quai Perrière"], city: "Grenoble", postalCode: "38000", country: "FR"))
        #expect(
            document.paymentMeans == [
                PaymentMeans(
                    typeCode: "58", text: "Virement SEPA",
                    account: FinancialAccount(id: "FR7630006000011234567890189", name: "Atelier Lumière", serviceProvider: "AGRIFRPP")),
                PaymentMeans(typeCode: "59", debitedAccount: "FR7610107001011234567890129"),
                PaymentMeans(typeCode: "48", card: PaymentCard(primaryAccountNumber: "XXXXXXXXXXXX4242", holderName: "H. Alpes")),
            ])
        #expect(document.remittanceInformation == "VT-2025-0107")
        #expect(document.mandateReference == "MANDAT-2024-17")
    }

    @Test func allowancesChargesAndTotals() throws {
        let document = try document()
        #expect(document.allowances.count == 1)
        #expect(document.charges.count == 1)
        let allowance = document.allowanceCharges[0]
        #expect(!allowance.isCharge)
        #expect(allowance.amount?.description == "50.00")
        #expect(allowance.baseAmount == amount("1000"))
        #expect(allowance.percentage == amount("5"))
        #expect(allowance.vatCategory == "S")
        #expect(allowance.vatRate == amount("20"))
        #expect(allowance.reason == "Remise fidélité")
        #expect(allowance.reasonCode == "95")
        #expect(allowance.source?.line == XMLFixtures.line(of: "<a:AllowanceCharge>", in: try XMLFixtures.text(Self.name)))
        let charge = document.allowanceCharges[1]
        #expect(charge.isCharge)
        #expect(charge.amount?.description == "35.000")
        #expect(charge.reasonCode == "FC")
        #expect(document.totals.vatInAccountingCurrency?.description == "230.49")
        #expect(document.totals.prepaid?.description == "300.00")
        #expect(document.totals.rounding?.description == "-0.004")
        #expect(document.totals.payable?.description == "1001.996")
        #expect(document.vatBreakdown[1].exemptionReasonCode == "VATEX-EU-132-1I")
        #expect(document.vatBreakdown[1].exemptionReason == "Exonération, article 261-4-4° du CGI")
    }

    @Test func lineTerms() throws {
        let document = try document()
        try #require(document.lines.count == 2)
        let line = document.lines[0]
        #expect(line.note == "Pose comprise")
        #expect(line.buyerAccountingReference == "6063")
        #expect(line.orderLineReference == "3")
        #expect(line.objectIdentifier == Identifier(value: "LOT-A12", scheme: "AFL"))
        #expect(line.period == Period(start: CivilDate(year: 2025, month: 9, day: 15), end: CivilDate(year: 2025, month: 9, day: 19)))
        #expect(line.allowanceCharges.map(\.isCharge) == [false, true])
        #expect(line.allowanceCharges[0].percentage == amount("10"))
        #expect(line.allowanceCharges[0].reason == "Remise volume")
        #expect(line.allowanceCharges[1].reasonCode == "ABL")
        #expect(line.netPrice?.description == "250.0000")
        #expect(line.priceDiscount?.description == "30.0000")
        #expect(line.grossPrice?.description == "280.0000")
        #expect(line.baseQuantity == amount("1"))
        #expect(line.baseQuantityUnit == "C62")
        #expect(
            line.item
                == Item(
                    description: "Suspension en laiton brossé, diamètre 40 cm", sellerID: "ORS-40-LAI", buyerID: "HA-LUM-40",
                    standardID: Identifier(value: "3760123450018", scheme: "0160"),
                    classifications: [Classification(value: "39111500", listID: "STI", listVersion: "2.1")],
                    originCountry: "FR",
                    attributes: [ItemAttribute(name: "Finition", value: "Laiton brossé"), ItemAttribute(name: "Ampoule", value: "E27")]))
        #expect(document.lines[1].item == nil)
        #expect(document.lines[1].vatCategory == "E")
        #expect(document.lines[1].source?.line == XMLFixtures.line(of: "<a:InvoiceLine>", in: try XMLFixtures.text(Self.name), occurrence: 2))
    }

    @Test func creditNoteLinesKeepSigns() throws {
        let name = "ubl-creditnote-lines.xml"
        let result = DocumentImporter.importBytes(try XMLFixtures.bytes(name), file: name, options: ImportOptions())
        let document = try #require(result.documents.first)
        #expect(document.kind == .creditNote)
        #expect(document.profile == .xRechnung)
        #expect(document.businessProcess == "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")
        #expect(document.operationCategory == nil)
        #expect(document.buyerReference == "04011000-12345-34")
        #expect(document.dueDate == CivilDate(year: 2025, month: 10, day: 10))
        #expect(document.lines.map(\.quantity) == [amount("1"), amount("-1")])
        #expect(document.lines[1].netAmount?.description == "-50.00")
        #expect(document.lines[1].source?.line == XMLFixtures.line(of: "<cac:CreditNoteLine>", in: try XMLFixtures.text(name), occurrence: 2))
    }

    @Test func invalidChargeIndicatorIgnored() throws {
        let text = XMLFixtures.minimalUBL(
            body: "<cac:AllowanceCharge><cbc:ChargeIndicator>maybe</cbc:ChargeIndicator></cac:AllowanceCharge>")
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "x.xml", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents.first?.allowanceCharges == [])
        let warning = try #require(result.warnings.first)
        #expect(warning.location.element == "/Invoice/AllowanceCharge/ChargeIndicator")
        #expect(
            warning.reason.fr
                == "valeur ignorée : indicateur de charge 'maybe' dans AllowanceCharge/ChargeIndicator, remise ou charge laissée de côté, écrivez 'true' (charge) ou 'false' (remise)")
        #expect(
            warning.reason.en
                == "value ignored: charge indicator 'maybe' in AllowanceCharge/ChargeIndicator, allowance or charge left out, write 'true' (charge) or 'false' (allowance)")
    }

    @Test func missingChargeIndicatorIgnored() throws {
        let text = XMLFixtures.minimalUBL(body: "<cac:AllowanceCharge><cbc:Amount currencyID=\"EUR\">5.00</cbc:Amount></cac:AllowanceCharge>")
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "x.xml", options: ImportOptions())
        #expect(result.documents.first?.allowanceCharges == [])
        let warning = try #require(result.warnings.first)
        #expect(warning.location.element == "/Invoice/AllowanceCharge/ChargeIndicator")
        #expect(
            warning.reason.en
                == "value ignored: charge indicator missing in AllowanceCharge/ChargeIndicator, allowance or charge left out, write 'true' (charge) or 'false' (allowance)")
    }
}
