import InvoiceAudit
import InvoiceModel
import Testing

/// Document rules on registration (FR-MENT-06), fiscal representative and VAT group
/// (FR-MENT-11, FR-SPEC-11), issue date (FR-MENT-12), deposit payment date (FR-MENT-14), travel
/// agents and new means of transport (FR-SPEC-07, 09), final invoice after deposits (FR-DEP-08)
/// and overseas buyers (FR-VAT-03). Each fires on its fault and stays silent on the fixed document.
@Suite struct DocumentMentionRulesTests {
    typealias F = FrenchInvoice
    typealias T = TestDocuments

    static func finding(_ id: String, _ document: Document, configuration: AuditConfiguration = AuditConfiguration()) -> Finding? {
        Auditor(configuration: configuration).documentFindings(document).first { $0.ruleID == id }
    }

    // MARK: FR-MENT-06

    @Test func companyStatesItsRegistration() {
        var document = F.compliant()
        document.seller?.additionalLegalInfo = "SARL au capital de 8 000 €"
        #expect(F.frenchRules(document) == ["FR-MENT-06"])
        #expect(Self.finding("FR-MENT-06", document)?.severity == .warning)
        #expect(
            Self.finding("FR-MENT-06", document)?.message.en
                == "company 'Atelier Lumière SARL' does not state its registration: add \"RCS\" and the registry city (or \"RM\" for an artisan) to its legal information (BT-33)")
        document.seller?.additionalLegalInfo = "SARL au capital de 8 000 €, R.C.S. Paris B 812 476 356"
        #expect(F.frenchRules(document).isEmpty)
        document.seller?.additionalLegalInfo = "SARL au capital de 8 000 €, immatriculée au RM sous le n° 812 476 356"
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func registrationNeedsTheRegistryCity() {
        var document = F.compliant()
        document.seller?.additionalLegalInfo = "SARL au capital de 8 000 €, RCS 812 476 356"
        #expect(
            Self.finding("FR-MENT-06", document)?.message.fr
                == "la société 'Atelier Lumière SARL' mentionne le RCS sans la ville de son greffe : écrivez « RCS » suivi de la ville, par exemple « RCS Paris »")
        document.seller?.additionalLegalInfo = "SARL au capital de 8 000 €, Nanterre RCS 812 476 356"
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func nameOnlyCountsFormsWrittenAsForms() {
        var document = F.compliant()
        document.seller?.additionalLegalInfo = nil
        document.seller?.name = "Fleur de Sel"
        #expect(!F.frenchRules(document).contains("FR-MENT-06"))
        document.seller?.name = "Sa maison de couture"
        #expect(!F.frenchRules(document).contains("FR-MENT-06"))
        document.seller?.name = "Fleur de Sel S.A.S."
        #expect(F.frenchRules(document).contains("FR-MENT-06"))
        document.seller?.name = "Compagnie des Sels, société anonyme"
        #expect(F.frenchRules(document).contains("FR-MENT-06"))
    }

    @Test func soleTradersAndCSVAreNotAskedForTheRCS() {
        var document = F.compliant()
        document.seller?.name = "Jeanne Martin EI"
        document.seller?.additionalLegalInfo = nil
        #expect(F.frenchRules(document).isEmpty)
        document = F.compliant()
        document.seller?.additionalLegalInfo = nil
        document.sourceFormat = .csv
        #expect(!F.frenchRules(document).contains("FR-MENT-06"))
    }

    // MARK: FR-MENT-11 and FR-SPEC-11

    @Test func fiscalRepresentativeAddressNeedsMoreThanCountry() {
        var document = F.compliant()
        document.taxRepresentative = Party(name: "Fiscalis Représentation", vatID: "FR40303265045", address: PostalAddress(country: "FR"))
        #expect(F.frenchRules(document) == ["FR-MENT-11"])
        #expect(Self.finding("FR-MENT-11", document)?.severity == .error)
        #expect(
            Self.finding("FR-MENT-11", document)?.message.en
                == "the address of fiscal representative 'Fiscalis Représentation' (BG-12) gives only the country: state its street, postcode and city")
        document.taxRepresentative?.address = F.address("2 rue de la Paix", "75002", "Paris")
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func missingRepresentativeFieldsAreLeftToEN16931() {
        var document = F.compliant()
        document.taxRepresentative = Party(name: "Fiscalis Représentation")
        #expect(F.frenchRules(document).isEmpty)
        let fired = Set(Auditor().documentFindings(document).map(\.ruleID))
        #expect(fired.contains("BR-56"))
        #expect(fired.contains("BR-19"))
    }

    @Test func vatGroupMemberSaysSo() {
        var document = F.compliant()
        let configuration = AuditConfiguration(issuer: IssuerConfiguration(vatGroupMember: true))
        #expect(F.frenchRules(document, configuration: configuration) == ["FR-SPEC-11"])
        #expect(F.frenchRules(document).isEmpty)
        document.notes.append(Note(text: "MEMBRE D’UN ASSUJETTI UNIQUE"))
        #expect(F.frenchRules(document, configuration: configuration).isEmpty)
        document.notes.removeLast()
        document.seller?.additionalLegalInfo? += ", membre d'un assujetti unique"
        #expect(F.frenchRules(document, configuration: configuration).isEmpty)
    }

    // MARK: FR-MENT-12

    @Test func issueDateAfterTheAsOfDate() {
        var document = F.compliant()
        let asOf = AuditConfiguration(asOf: T.date("2025-07-07"), today: T.date("2026-12-04"))
        #expect(F.frenchRules(document, configuration: asOf) == ["FR-MENT-12"])
        #expect(
            Self.finding("FR-MENT-12", document, configuration: asOf)?.message.en
                == "document 'FA-2025-0009' is dated 2025-07-08, after the as-of date 2025-07-07: correct the issue date or the as-of date")
        #expect(F.frenchRules(document, configuration: AuditConfiguration(asOf: T.date("2025-07-08"))).isEmpty)
        document.isDraft = true
        #expect(!F.frenchRules(document, configuration: asOf).contains("FR-MENT-12"))
    }

    @Test func issueDateAfterToday() {
        let document = F.compliant()
        let today = AuditConfiguration(today: T.date("2025-07-07"))
        #expect(F.frenchRules(document, configuration: today) == ["FR-MENT-12"])
        #expect(
            Self.finding("FR-MENT-12", document, configuration: today)?.message.fr
                == "le document 'FA-2025-0009' est daté du 08/07/2025, après aujourd'hui (07/07/2025) : corrigez la date d'émission")
        #expect(F.frenchRules(document, configuration: AuditConfiguration(today: T.date("2025-07-08"))).isEmpty)
        #expect(F.frenchRules(document).isEmpty)
    }

    // MARK: FR-MENT-14

    @Test func receivedDepositStatesItsDate() {
        var document = F.compliant()
        document.kind = .deposit
        document.typeCode = "386"
        document.totals.prepaid = T.amount("1477.92")
        document.totals.payable = T.amount("0.00")
        #expect(F.frenchRules(document) == ["FR-MENT-14"])
        #expect(
            Self.finding("FR-MENT-14", document)?.message.en
                == "deposit invoice 'FA-2025-0009' shows a received deposit (prepaid amount 1477.92) without its date: state the payment date (BT-7 or the payment's date) when it differs from the issue date")
        document.taxPointDate = T.date("2025-07-03")
        #expect(F.frenchRules(document).isEmpty)
        document.taxPointDate = nil
        document.payments = [Payment(date: T.date("2025-07-03"), amount: T.amount("1477.92"))]
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func unpaidDepositAndPaidStatusAreLeftToOtherRules() {
        var document = F.compliant()
        document.kind = .deposit
        document.typeCode = "386"
        #expect(F.frenchRules(document).isEmpty)
        document.businessProcess = "M2"
        #expect(F.frenchRules(document) == ["FR-MENT-14"])
        document.status = .paid
        #expect(F.frenchRules(document) == ["FR-DEP-01"])
    }

    // MARK: FR-SPEC-07

    @Test func travelAgentsSchemeNeedsItsLabel() {
        var document = F.zeroRated("E", code: "VATEX-EU-D")
        #expect(F.frenchRules(document) == ["FR-SPEC-07"])
        #expect(
            Self.finding("FR-SPEC-07", document)?.message.en
                == "travel agents' margin scheme (VATEX-EU-D) without the \"Régime particulier – Agences de voyages\" mention: add it as a note")
        document.notes.append(Note(text: "Régime particulier - agences de voyages"))
        #expect(F.frenchRules(document).isEmpty)
        document = F.zeroRated("E", reason: "Marge des agences de voyages")
        #expect(F.frenchRules(document) == ["FR-SPEC-07"])
        document = F.zeroRated("E", reason: "Régime particulier – Agences de voyages")
        #expect(F.frenchRules(document).isEmpty)
    }

    /// A package under the travel agents' scheme beside a booking fee at 20 %, as a tool writes it
    /// (lower-case code): the fee's VAT is lawful, VAT on the package is not.
    @Test func mixedTravelAgentsInvoiceShowsVATOnItsOtherCategory() {
        var document = F.compliant()
        document.notes.append(Note(text: "Régime particulier – Agences de voyages"))
        document.vatBreakdown.append(
            VATBreakdown(category: "E", rate: T.amount("0"), taxableAmount: T.amount("500.00"), taxAmount: T.amount("0.00"), exemptionReasonCode: "vatex-eu-d"))
        #expect(F.frenchRules(document) == [])
        document.vatBreakdown[1].taxAmount = T.amount("100.00")
        #expect(F.frenchRules(document) == ["FR-MENT-22"])
        #expect(Self.finding("FR-MENT-22", document)?.message.en == "VAT shown under the travel agents' margin scheme: VAT must not appear separately")
        document.vatBreakdown.removeFirst()
        document.vatBreakdown[0].taxAmount = T.amount("0.00")
        #expect(F.frenchRules(document) == ["FR-MENT-22"])
    }

    @Test func mixedSecondHandInvoiceShowsVATOnItsOtherCategory() {
        var document = F.compliant()
        document.notes.append(Note(text: "Régime particulier – Biens d'occasion"))
        document.vatBreakdown.append(
            VATBreakdown(category: "E", rate: T.amount("0"), taxableAmount: T.amount("800.00"), taxAmount: T.amount("0.00"), exemptionReasonCode: "VATEX-EU-F"))
        #expect(F.frenchRules(document) == [])
        document.vatBreakdown.removeFirst()
        #expect(F.frenchRules(document) == ["FR-MENT-22"])
        #expect(Self.finding("FR-MENT-22", document)?.message.en == "VAT shown under the margin scheme (VATEX-EU-F): VAT must not appear separately")
    }

    // MARK: FR-SPEC-09

    static func carSoldToGermany() -> Document {
        var document = F.zeroRated("K", code: "VATEX-EU-IC")
        document.buyer = Party(
            name: "Autohaus Brandt GmbH", vatID: "DE136695976", address: F.address("Hauptstraße 5", "10827", "Berlin", country: "DE"))
        document.delivery = Delivery(party: Party(address: F.address("Hauptstraße 5", "10827", "Berlin", country: "DE")))
        document.lines[0].item = Item(classifications: [Classification(value: "8703 23", listID: "HS")])
        return document
    }

    @Test func newMeansOfTransportNeedsItsCharacteristics() {
        var document = Self.carSoldToGermany()
        #expect(F.frenchRules(document) == ["FR-SPEC-09"])
        let finding = Self.finding("FR-SPEC-09", document)
        #expect(finding?.severity == .warning)
        #expect(
            finding?.message.en
                == "line 1: intra-EU supply of a means of transport (heading 8703) without the date of first entry into service or the distance travelled or hours of use: if it is new, state its characteristics (CGI art. 298 sexies) as item attributes")
        document.lines[0].item?.attributes = [
            ItemAttribute(name: "Date de première mise en service", value: "2025-06-02"),
            ItemAttribute(name: "Kilométrage", value: "1 250 km"),
        ]
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func otherGoodsAndSchemesAreNotMeansOfTransport() {
        var document = Self.carSoldToGermany()
        document.lines[0].item?.classifications = [Classification(value: "9405 11", listID: "HS")]
        #expect(F.frenchRules(document).isEmpty)
        document.lines[0].item?.classifications = [Classification(value: "87032300", listID: "MP")]
        #expect(F.frenchRules(document).isEmpty)
    }

    // MARK: FR-DEP-08

    @Test func depositCannotUseTheFinalInvoiceProcess() {
        var document = F.compliant()
        document.kind = .deposit
        document.typeCode = "386"
        document.businessProcess = "B4"
        #expect(F.frenchRules(document) == ["FR-DEP-08"])
        #expect(Self.finding("FR-DEP-08", document)?.severity == .error)
        document.businessProcess = "B1"
        #expect(F.frenchRules(document).isEmpty)
    }

    static func finalInvoice() -> Document {
        var document = F.compliant()
        document.issueDate = T.date("2026-10-06")
        document.dueDate = T.date("2026-11-05")
        document.precedingInvoices = [InvoiceReference(number: "AC-2026-0003", issueDate: T.date("2026-09-15"))]
        document.totals.prepaid = T.amount("500.00")
        document.totals.payable = T.amount("977.92")
        return document
    }

    @Test func finalInvoiceUsesTheFinalProcess() {
        var document = Self.finalInvoice()
        #expect(F.frenchRules(document) == ["FR-DEP-08"])
        let finding = Self.finding("FR-DEP-08", document)
        #expect(finding?.severity == .warning)
        #expect(
            finding?.message.en
                == "invoice 'FA-2025-0009' deducts deposit 'AC-2026-0003' (500.00 prepaid) with business process M1: a final invoice after deposits uses B4, S4 or M4 since 2026-09-01")
        let large = AuditConfiguration(issuer: IssuerConfiguration(category: .large))
        #expect(Self.finding("FR-DEP-08", document, configuration: large)?.severity == .error)
        document.businessProcess = "M4"
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func finalProcessNotAskedBeforeTheObligationOrWithoutADeposit() {
        var document = Self.finalInvoice()
        document.issueDate = T.date("2026-08-31")
        document.dueDate = T.date("2026-09-30")
        #expect(F.frenchRules(document).isEmpty)
        document = Self.finalInvoice()
        document.precedingInvoices[0].typeCode = "380"
        #expect(F.frenchRules(document).isEmpty)
    }

    // MARK: FR-VAT-03

    @Test func metropolitanVATToAnOverseasBuyer() {
        var document = F.compliant()
        let guadeloupe = F.address("12 rue Frébault", "97110", "Pointe-à-Pitre")
        document.buyer?.address = guadeloupe
        document.delivery = Delivery(party: Party(address: guadeloupe))
        #expect(F.frenchRules(document) == ["FR-VAT-03"])
        let finding = Self.finding("FR-VAT-03", document)
        #expect(finding?.severity == .warning)
        #expect(
            finding?.message.fr
                == "TVA de 20 % facturée par un vendeur de France métropolitaine à destination de l'outre-mer (Guadeloupe, '97110, FR') : des biens livrés outre-mer sont une exportation exonérée (art. 294 du CGI) et les services suivent leurs propres règles de lieu, vérifiez la catégorie de TVA")
        document.delivery = nil
        document.buyer?.address = F.address("3 rue de Paris", "97600", "Mamoudzou", country: "YT")
        #expect(F.frenchRules(document) == ["FR-VAT-03"])
    }

    @Test func deliveryInMetropolitanFranceIsSilent() {
        var document = F.compliant()
        document.buyer?.address = F.address("12 rue Frébault", "97110", "Pointe-à-Pitre")
        #expect(F.frenchRules(document).isEmpty)
        document.buyer?.address = F.address("58 quai de Jemmapes", "75010", "Paris")
        document.delivery = Delivery(party: Party(address: F.address("1 rue Victor Hugo", "97400", "Saint-Denis", country: "RE")))
        #expect(F.frenchRules(document) == ["FR-VAT-03"])
    }

    @Test func exportToAnOverseasBuyerIsSilent() {
        var document = F.zeroRated("G", code: "VATEX-EU-G")
        document.buyer?.address = F.address("12 rue Frébault", "97110", "Pointe-à-Pitre")
        document.delivery = Delivery(party: Party(address: document.buyer?.address))
        #expect(F.frenchRules(document).isEmpty)
    }
}
