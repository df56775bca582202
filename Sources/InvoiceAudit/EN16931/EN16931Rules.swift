import InvoiceModel

/// The EN 16931 business rules (BR-*, BR-CO-*, BR-DEC-*, the VAT-category families and the
/// code-list rules BR-CL-*), checked natively over the canonical model with the semantics of the
/// official CEN validation artefacts 1.3.16, plus FA-CALC-03, our line-amount check.
///
/// The rules apply to documents read from a structured syntax (UBL, CII, ZUGFeRD, the XML of a
/// PDF, canonical JSON of those), not to CSV exports, which carry no EN 16931 invoice. Factur-X
/// MINIMUM, BASIC WL and EXTENDED documents are checked against the BR-* rules their own profile
/// schematron keeps, since the first two have no lines and the last replaces several rules;
/// EXTENDED documents also get the variants of its totals rules (BR-FXEXT-CO-*). FA-CALC-03 also
/// checks the lines of line-level CSV exports.
public enum EN16931Rules {
    public static let descriptors: [RuleDescriptor] = EN16931Catalogue.all

    /// True when the document comes from an EN 16931 syntax. ZUGFeRD 1.0 predates the standard
    /// and has no official EN 16931 artefact, so its documents are left out like CSV exports,
    /// Stripe's JSON and other tools' JSON records.
    public static func applies(to document: Document) -> Bool {
        switch document.sourceFormat {
        case .ubl, .cii, .pdf, .json: true
        case .zugferd1, .csv, .xlsx, .fec, .stripe, .jsonRecords, .unknown, nil: false
        }
    }

    public static func check(_ document: Document) -> [Finding] {
        guard applies(to: document) else {
            // A line-level CSV export gives quantity, price and line amount in its own columns:
            // FA-CALC-03 checks them, and stays silent on lines that lack one of the three.
            guard document.sourceFormat == .csv, !document.lines.isEmpty else { return [] }
            var check = EN16931Check(document)
            check.checkLineAmounts()
            return check.findings
        }
        var check = EN16931Check(document)
        check.checkCore()
        check.checkTotals()
        check.checkFacturXExtendedTotals()
        check.checkDecimals()
        check.checkVATCategories()
        check.checkCodeLists()
        check.checkLineAmounts()
        check.checkUBLSyntax()
        guard let allowed = check.ruleSubset else { return check.findings }
        // The profile's own variants (BR-FXEXT-*) are checked only for that profile and stay.
        return check.findings.filter {
            !$0.ruleID.hasPrefix("BR-") || $0.ruleID.hasPrefix("BR-FXEXT-") || allowed.contains($0.ruleID)
        }
    }
}

extension Profile {
    /// The BR-* rules the profile's own Factur-X schematron keeps, for the profiles that replace
    /// the CEN rule set, or `nil` for the full set.
    var en16931RuleSubset: Set<String>? {
        switch self {
        case .minimum: FacturXProfileRules.minimum
        case .basicWL: FacturXProfileRules.basicWL
        case .extended: FacturXProfileRules.extended
        case .basic, .en16931, .xRechnung: nil
        }
    }
}
