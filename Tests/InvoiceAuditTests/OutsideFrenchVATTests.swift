import InvoiceAudit
import InvoiceModel
import Testing

/// Sellers in the collectivities outside the French VAT territory (Saint-Barthélemy, Saint-Martin,
/// Saint-Pierre-et-Miquelon, Wallis-et-Futuna, French Polynesia, New Caledonia): found from the
/// postcode or the country code, their rates are not judged by FR-VAT-01 and FR-VAT-04 says so.
@Suite struct OutsideFrenchVATTests {
    typealias T = TestDocuments

    @Test(arguments: [
        ("97133", nil, Territory.saintBarthelemy), ("97150", "FR", .saintMartin), ("97100", nil, .guadeloupe),
        ("97500", "FR", .saintPierreEtMiquelon), ("98600", nil, .wallisEtFutuna), ("98714", "FR", .frenchPolynesia),
        ("98800", nil, .newCaledonia), ("75011", "FR", .metropolitan), ("20000", nil, .corsica),
    ] as [(String, String?, Territory)])
    func postcodeGivesTheTerritory(postcode: String, country: String?, territory: Territory) {
        #expect(Territory(postalCode: postcode, country: country) == territory)
    }

    @Test(arguments: [
        ("BL", Territory.saintBarthelemy), ("MF", .saintMartin), ("PM", .saintPierreEtMiquelon), ("WF", .wallisEtFutuna),
        ("PF", .frenchPolynesia), ("NC", .newCaledonia), ("GF", .guyane), ("DE", .metropolitan),
    ] as [(String, Territory)])
    func countryGivesTheTerritory(country: String, territory: Territory) {
        #expect(Territory(postalCode: nil, country: country) == territory)
        #expect(territory.isOutsideFrenchVAT == ["BL", "MF", "PM", "WF", "PF", "NC"].contains(country))
    }

    /// The compliant invoice (S at 20 %) from a seller at `postcode`, at `rate` percent.
    static func invoice(postcode: String, country: String = "FR", rate: String = "20") -> Document {
        var document = FrenchInvoice.compliant()
        document.seller?.address?.postalCode = postcode
        document.seller?.address?.country = country
        for index in document.vatBreakdown.indices { document.vatBreakdown[index].rate = T.amount(rate) }
        for index in document.lines.indices { document.lines[index].vatRate = T.amount(rate) }
        return document
    }

    static func vatFindings(_ document: Document, configuration: AuditConfiguration = AuditConfiguration()) -> [Finding] {
        Auditor(configuration: configuration).documentFindings(document).filter { $0.ruleID.hasPrefix("FR-VAT") }
    }

    @Test func saintBarthelemySellerIsWarned() {
        let findings = Self.vatFindings(Self.invoice(postcode: "97133", rate: "8.5"))
        #expect(findings.map(\.ruleID) == ["FR-VAT-04"])
        #expect(findings.first?.severity == .warning)
        #expect(
            findings.first?.message.en
                == "seller in Saint-Barthélemy ('97133, FR'), outside the French VAT territory: the VAT rate of 8.5% was not checked; check the local tax, or give its rates in tables.vatRates (territory 'BL')")
        #expect(
            findings.first?.message.fr
                == "vendeur à Saint-Barthélemy ('97133, FR'), hors du territoire de la TVA française : le taux de TVA de 8,5 % n'est pas vérifié ; vérifiez la taxe locale, ou donnez ses taux dans tables.vatRates (territoire 'BL')")
    }

    @Test func polynesianSellerByCountryCode() {
        let findings = Self.vatFindings(Self.invoice(postcode: "98714", country: "PF", rate: "16"))
        #expect(findings.map(\.ruleID) == ["FR-VAT-04"])
        #expect(findings.first?.message.fr.hasPrefix("vendeur en Polynésie française ('98714, PF')") == true)
    }

    @Test func saintPierreSellerIsNoLongerMetropolitan() {
        // 20 % is a metropolitan rate, but Saint-Pierre-et-Miquelon has no French VAT.
        #expect(Self.vatFindings(Self.invoice(postcode: "97500")).map(\.ruleID) == ["FR-VAT-04"])
    }

    @Test func sellerWithoutVATIsSilent() {
        var document = FrenchInvoice.zeroRated("E", reason: "Exonération, art. 261 du CGI")
        document.seller?.address?.postalCode = "97150"
        #expect(Self.vatFindings(document).isEmpty)
    }

    @Test func configuredLocalRatesAreChecked() throws {
        let configuration = try ConfigurationTestSupport.load(
            #"{"tables": {"vatRates": [{"territory": "PF", "from": "2025-01-01", "rates": ["16", "13", "5"]}]}}"#)
        #expect(Self.vatFindings(Self.invoice(postcode: "98714", rate: "16"), configuration: configuration).isEmpty)
        let wrong = Self.vatFindings(Self.invoice(postcode: "98714", rate: "20"), configuration: configuration)
        #expect(wrong.map(\.ruleID) == ["FR-VAT-01"])
    }

    @Test func issuerTerritoryAcceptsTheCollectivities() throws {
        let configuration = try ConfigurationTestSupport.load(#"{"issuer": {"territory": "NC"}}"#)
        #expect(configuration.issuer.territory == .newCaledonia)
        #expect(Self.vatFindings(Self.invoice(postcode: "75011", rate: "22"), configuration: configuration).map(\.ruleID) == ["FR-VAT-04"])
    }

    @Test func guyaneStillGetsFRVAT01() {
        #expect(Self.vatFindings(Self.invoice(postcode: "97300", rate: "8.5")).map(\.ruleID) == ["FR-VAT-01"])
    }
}
