import InvoiceAudit
import InvoiceModel
import Testing

/// FR-VAT-01 and FR-VAT-03 judge the seller, never the file format: a German seller's rates are
/// not French rates in any format, and a French seller's are in every format, overseas included.
@Suite struct VATRateSellerTests {
    typealias F = FrenchInvoice
    typealias T = TestDocuments

    /// The compliant invoice at `rate` % on every line and in its breakdown, read from `format`.
    static func invoice(rate: String, format: InputFormat, seller: Party?) -> Document {
        var document = F.compliant()
        document.sourceFormat = format
        document.seller = seller
        for index in document.lines.indices { document.lines[index].vatRate = T.amount(rate) }
        document.vatBreakdown[0].rate = T.amount(rate)
        return document
    }

    static let germanSeller = Party(
        name: "Leuchten Berlin GmbH", vatID: "DE136695976", address: F.address("Oranienstraße 12", "10999", "Berlin", country: "DE"))

    static func rateFindings(_ document: Document) -> [String] {
        VATRateRules.check(document, context: AuditContext()).map(\.message.en)
    }

    @Test(arguments: [InputFormat.csv, .cii, .ubl, .jsonRecords])
    func germanSellerIsNotJudgedByFrenchRates(format: InputFormat) {
        #expect(Self.rateFindings(Self.invoice(rate: "19", format: format, seller: Self.germanSeller)) == [])
    }

    @Test(arguments: [InputFormat.csv, .cii, .ubl])
    func frenchSellerIsJudgedInEveryFormat(format: InputFormat) {
        let seller = Party(name: "Atelier Lumière SARL", vatID: "FR82812476356")
        #expect(Self.rateFindings(Self.invoice(rate: "19", format: format, seller: seller)) == [
            "VAT rate of 19% does not apply in metropolitan France on 2025-07-08 (allowed: 20, 10, 5.5, 2.1): correct the rate"
        ])
    }

    @Test(arguments: ["RE", "re ", "FR"])
    func reunionSellerIsJudgedByItsCountryCode(country: String) {
        let seller = Party(name: "Atelier Créole", address: F.address("3 rue de Paris", "97400", "Saint-Denis", country: country))
        #expect(Self.rateFindings(Self.invoice(rate: "20", format: .ubl, seller: seller)) == [
            "VAT rate of 20% does not apply in La Réunion on 2025-07-08 (allowed: 8.5, 2.1, 1.75, 1.05): correct the rate"
        ])
    }

    @Test func reunionRateIsSilentForReunionSeller() {
        let seller = Party(name: "Atelier Créole", address: F.address("3 rue de Paris", "97400", "Saint-Denis", country: "RE"))
        #expect(Self.rateFindings(Self.invoice(rate: "8.5", format: .ubl, seller: seller)) == [])
    }

    @Test func unidentifiedSellerCountsAsFrench() {
        #expect(Self.rateFindings(Self.invoice(rate: "19", format: .ubl, seller: nil)).count == 1)
        #expect(Self.rateFindings(Self.invoice(rate: "19", format: .csv, seller: Party(name: "Atelier"))).count == 1)
    }

    @Test(arguments: [InputFormat.csv, .ubl])
    func overseasDestinationFollowsTheSeller(format: InputFormat) {
        var german = Self.invoice(rate: "20", format: format, seller: Self.germanSeller)
        german.delivery = Delivery(party: Party(address: F.address("3 rue de Paris", "97400", "Saint-Denis", country: "RE")))
        #expect(VATRateRules.checkOverseasDestination(german, context: AuditContext()).isEmpty)

        var french = german
        french.seller = Party(name: "Atelier Lumière SARL", vatID: "FR82812476356")
        #expect(VATRateRules.checkOverseasDestination(french, context: AuditContext()).map(\.ruleID) == ["FR-VAT-03"])
    }
}
