import InvoiceModel
import Testing

@Suite struct ProfileTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let specification: String
        let profile: Profile?
        var testDescription: String { specification }
    }

    @Test(arguments: [
        Case(specification: "urn:factur-x.eu:1p0:minimum", profile: .minimum),
        Case(specification: "urn:factur-x.eu:1p0:basicwl", profile: .basicWL),
        Case(specification: "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", profile: .basic),
        Case(specification: "urn:cen.eu:en16931:2017", profile: .en16931),
        Case(specification: " urn:cen.eu:en16931:2017 ", profile: .en16931),
        Case(specification: "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", profile: .extended),
        Case(specification: "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended", profile: .extended),
        Case(specification: "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", profile: .xRechnung),
        Case(specification: "urn:ferd:CrossIndustryDocument:invoice:1p0:comfort", profile: .en16931),
        Case(specification: "urn:ferd:CrossIndustryDocument:invoice:1p0:basic", profile: .basic),
        Case(specification: "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", profile: nil),
        Case(specification: "urn:factur-x.eu:1p0:premium", profile: nil),
    ])
    func derivedFromSpecification(_ testCase: Case) {
        #expect(Profile(specification: testCase.specification) == testCase.profile)
    }

    @Test func documentDerivesProfileFromSpecification() {
        let document = Document(specification: "urn:factur-x.eu:1p0:basicwl", source: SourceLocation(file: "a.xml"))
        #expect(document.profile == .basicWL)
        #expect(Document(source: SourceLocation(file: "a.csv")).profile == nil)
    }

    @Test(arguments: [("B1", OperationCategory.goods), ("S4", .services), ("M2", .mixed)])
    func operationCategoryFromBillingFramework(_ code: String, _ category: OperationCategory) {
        #expect(OperationCategory(billingFramework: code) == category)
    }

    @Test(arguments: ["A1", "B", "B10", "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", ""])
    func otherBusinessProcessesHaveNoCategory(_ code: String) {
        #expect(OperationCategory(billingFramework: code) == nil)
    }

    @Test func subLinesStayOutOfTotals() {
        #expect(Line(id: "1").countsInTotals)
        #expect(Line(id: "1", statusReasonCode: "GROUP").countsInTotals)
        #expect(!Line(id: "1.1", parentLineID: "1", statusReasonCode: "DETAIL").countsInTotals)
        #expect(Line(id: "1.1", parentLineID: "1").isSubLine)
        #expect(!Line(id: "2", statusReasonCode: "INFORMATION").countsInTotals)
    }
}
