import InvoiceModel

/// The state of one EN 16931 check: the document, the syntax whose artefact semantics apply, and
/// the findings so far. Each rule family adds its checks in its own `EN16931Check+Family.swift`.
struct EN16931Check {
    /// The two bindings of EN 16931 whose artefacts differ in some tolerances.
    enum Syntax {
        case ubl
        case cii
    }

    let document: Document
    let syntax: Syntax
    /// The BR rules the document's Factur-X profile keeps, or `nil` for all of them. Profiles
    /// apply to CII only: a UBL document always gets the CEN rules, as with the official tools.
    let ruleSubset: Set<String>?
    private(set) var findings: [Finding] = []

    init(_ document: Document) {
        self.document = document
        self.syntax = document.sourceFormat == .ubl ? .ubl : .cii
        // Derived from BT-24 itself, so a specification changed after the document was built counts.
        let profile = document.specification.flatMap(Profile.init(specification:))
        self.ruleSubset = syntax == .ubl ? nil : profile?.en16931RuleSubset
    }

    /// Records a finding of rule `id`, with the detail as message, or else the rule's title and
    /// what to do.
    mutating func fire(
        _ id: String, _ detail: LocalizedText? = nil, at location: SourceLocation? = nil, severity: Severity? = nil
    ) {
        guard let rule = EN16931Catalogue.byID[id] else {
            preconditionFailure("unknown EN 16931 rule \(id)")
        }
        let message =
            detail
            ?? LocalizedText(
                fr: "\(rule.title.fr) : corrigez la facture dans l'outil qui l'émet",
                en: "\(rule.title.en): correct the invoice in the tool that issues it")
        findings.append(
            Finding(
                rule: rule, location: location ?? document.source, documentNumber: document.number, message: message,
                severity: severity))
    }

    /// Fires rule `id` unless `condition` holds.
    mutating func require(_ condition: Bool, _ id: String, _ detail: LocalizedText? = nil, at location: SourceLocation? = nil) {
        if !condition { fire(id, detail, at: location) }
    }
}
