@testable import InvoiceImport
import InvoiceModel
import Testing

/// The naming table of ``InvoiceAttachmentNaming``: which name each flavour expects.
@Suite struct InvoiceAttachmentNamingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let format: InputFormat
        let guideline: String?
        /// The flavour named in the warning, or nil when the name is right or no rule applies.
        let warnedFlavour: String?

        var testDescription: String { "\(name) for \(guideline ?? format.rawValue)" }
    }

    static let cases: [Case] = [
        Case(name: "factur-x.xml", format: .cii, guideline: "urn:factur-x.eu:1p0:minimum", warnedFlavour: nil),
        Case(
            name: "zugferd-invoice.xml", format: .cii,
            guideline: "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
            warnedFlavour: "Factur-X / ZUGFeRD 2.1+"),
        Case(name: "Factur-X.xml", format: .cii, guideline: "urn:factur-x.eu:1p0:basicwl", warnedFlavour: "Factur-X / ZUGFeRD 2.1+"),
        Case(name: "factur-x.xml", format: .cii, guideline: "urn:cen.eu:en16931:2017", warnedFlavour: nil),
        Case(name: "zugferd-invoice.xml", format: .cii, guideline: "urn:cen.eu:en16931:2017", warnedFlavour: nil),
        Case(name: "invoice.xml", format: .cii, guideline: "urn:cen.eu:en16931:2017", warnedFlavour: "Factur-X / ZUGFeRD EN 16931"),
        Case(
            name: "zugferd-invoice.xml", format: .cii, guideline: "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic",
            warnedFlavour: nil),
        Case(
            name: "factur-x.xml", format: .cii, guideline: "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended",
            warnedFlavour: "ZUGFeRD 2.0"),
        Case(
            name: "xrechnung.xml", format: .cii, guideline: "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
            warnedFlavour: nil),
        Case(
            name: "factur-x.xml", format: .cii,
            guideline: "urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.3", warnedFlavour: "XRechnung"),
        Case(name: "ZUGFeRD-invoice.xml", format: .zugferd1, guideline: nil, warnedFlavour: nil),
        Case(name: "zugferd-invoice.xml", format: .zugferd1, guideline: nil, warnedFlavour: "ZUGFeRD 1.0"),
        Case(name: "anything.xml", format: .ubl, guideline: "urn:cen.eu:en16931:2017", warnedFlavour: nil),
        Case(name: "anything.xml", format: .cii, guideline: "urn:example:private-guideline", warnedFlavour: nil),
        Case(name: "anything.xml", format: .cii, guideline: nil, warnedFlavour: nil),
    ]

    @Test(arguments: cases)
    func nameRule(_ testCase: Case) {
        let warning = InvoiceAttachmentNaming.nameWarning(
            name: testCase.name, format: testCase.format, guideline: testCase.guideline)
        if let flavour = testCase.warnedFlavour {
            #expect(warning?.en.contains("but a \(flavour) invoice must be named") == true, "\(String(describing: warning))")
            #expect(warning?.fr.contains("mais une facture \(flavour) doit s'appeler") == true)
        } else {
            #expect(warning == nil)
        }
    }

    @Test func twoAcceptedNamesAreBothListed() {
        let warning = InvoiceAttachmentNaming.nameWarning(name: "x.xml", format: .cii, guideline: "urn:cen.eu:en16931:2017")
        #expect(
            warning?.en
                == "the XML attachment is named 'x.xml' but a Factur-X / ZUGFeRD EN 16931 invoice must be named 'factur-x.xml' or 'zugferd-invoice.xml': rename it when the PDF is next produced"
        )
        #expect(
            warning?.fr
                == "la pièce jointe XML s'appelle 'x.xml' mais une facture Factur-X / ZUGFeRD EN 16931 doit s'appeler 'factur-x.xml' ou 'zugferd-invoice.xml' : renommez-la à la prochaine production du PDF"
        )
    }
}
