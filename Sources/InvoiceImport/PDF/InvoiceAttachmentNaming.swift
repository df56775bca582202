import InvoiceModel

/// The file names that the hybrid-invoice specifications give the embedded XML, in one table.
///
/// | flavour | recognised by | expected attachment name |
/// |---|---|---|
/// | ZUGFeRD 1.0 | root `CrossIndustryDocument` | `ZUGFeRD-invoice.xml` |
/// | XRechnung (CII, ZUGFeRD 2.1+ profile XRECHNUNG) | guideline containing `xrechnung` | `xrechnung.xml` |
/// | ZUGFeRD 2.0 | guideline containing `urn:zugferd.de:2p0` | `zugferd-invoice.xml` |
/// | Factur-X 1.0 / ZUGFeRD 2.1+ (MINIMUM, BASIC WL, BASIC, EXTENDED) | guideline containing `urn:factur-x.eu:1p0` | `factur-x.xml` |
/// | EN 16931 profile | guideline exactly `urn:cen.eu:en16931:2017` | `factur-x.xml` (ZUGFeRD 2.0 used `zugferd-invoice.xml` for it) |
///
/// The first matching row wins; other XML (UBL, an unknown guideline) has no naming rule.
/// Names are compared exactly: receivers look the attachment up by its spelled name.
enum InvoiceAttachmentNaming {
    /// The attachment formats that are an invoice; anything else is ignored, whatever its name.
    static let invoiceFormats: Set<InputFormat> = [.ubl, .cii, .zugferd1]

    struct Rule {
        let flavour: String
        let format: InputFormat
        /// Matches the guideline (BT-24), or nil to match any guideline of `format`.
        let guideline: (@Sendable (String) -> Bool)?
        let expectedNames: [String]
    }

    static let rules: [Rule] = [
        Rule(flavour: "ZUGFeRD 1.0", format: .zugferd1, guideline: nil, expectedNames: ["ZUGFeRD-invoice.xml"]),
        Rule(
            flavour: "XRechnung", format: .cii, guideline: { $0.lowercased().contains("xrechnung") },
            expectedNames: ["xrechnung.xml"]),
        Rule(
            flavour: "ZUGFeRD 2.0", format: .cii, guideline: { $0.contains("urn:zugferd.de:2p0") },
            expectedNames: ["zugferd-invoice.xml"]),
        Rule(
            flavour: "Factur-X / ZUGFeRD 2.1+", format: .cii, guideline: { $0.contains("urn:factur-x.eu:1p0") },
            expectedNames: ["factur-x.xml"]),
        Rule(
            flavour: "Factur-X / ZUGFeRD EN 16931", format: .cii, guideline: { $0 == "urn:cen.eu:en16931:2017" },
            expectedNames: ["factur-x.xml", "zugferd-invoice.xml"]),
    ]

    /// The names every flavour uses, in the order they are looked for among the attachments
    /// (compared without regard to case there, so a misspelt case is still found and reported).
    static let knownNames = ["factur-x.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml", "xrechnung.xml"]

    /// Returns the rule for an XML of `format` with guideline `guideline`, or nil when none applies.
    static func rule(format: InputFormat, guideline: String?) -> Rule? {
        rules.first { rule in
            guard rule.format == format else { return false }
            guard let matches = rule.guideline else { return true }
            return guideline.map { matches($0.trimmingSpaces) } ?? false
        }
    }

    /// Returns the warning for an attachment called `name` when its flavour expects another name, else nil.
    static func nameWarning(name: String, format: InputFormat, guideline: String?) -> LocalizedText? {
        guard let rule = rule(format: format, guideline: guideline), !rule.expectedNames.contains(name) else {
            return nil
        }
        let expected = rule.expectedNames.map { "'\($0)'" }.joined(separator: rule.expectedNames.count == 2 ? " or " : ", ")
        let attendu = rule.expectedNames.map { "'\($0)'" }.joined(separator: rule.expectedNames.count == 2 ? " ou " : ", ")
        return LocalizedText(
            fr: "la pièce jointe XML s'appelle '\(name)' mais une facture \(rule.flavour) doit s'appeler \(attendu) : renommez-la à la prochaine production du PDF",
            en: "the XML attachment is named '\(name)' but a \(rule.flavour) invoice must be named \(expected): rename it when the PDF is next produced")
    }
}
