import InvoiceModel

/// The code-list rules that the UBL artefact applies to an element wherever it occurs. The
/// importer records those values (``SourceFacts/syntaxValues``), so they are checked in the same
/// places as the artefact, including places the model has no term for. Without them the rules
/// check the model's terms (EN16931Check+CodeLists).
extension EN16931Check {
    /// The rules checked from the recorded values, with the list each value must belong to.
    private static let syntaxLists: [(rule: String, list: Set<String>)] = [
        ("BR-CL-03", EN16931CodeLists.currencies),
        ("BR-CL-11", EN16931CodeLists.identifierSchemes),
        ("BR-CL-14", EN16931CodeLists.countriesUBL),
        ("BR-CL-17", EN16931CodeLists.vatCategories),
        ("BR-CL-18", EN16931CodeLists.vatCategories),
        ("BR-CL-21", EN16931CodeLists.identifierSchemes),
        ("BR-CL-23", EN16931CodeLists.unitCodes),
    ]

    /// True when `rule` is checked from the recorded syntax values rather than the model's terms.
    func scanned(_ rule: String) -> Bool {
        syntax == .ubl && document.sourceFacts?.syntaxValues != nil
            && (rule == "BR-CL-10" || EN16931Check.syntaxLists.contains { $0.rule == rule })
    }

    mutating func checkSyntaxValues() {
        guard syntax == .ubl, let values = document.sourceFacts?.syntaxValues else { return }
        for (rule, list) in EN16931Check.syntaxLists {
            for value in values[rule] ?? [] { coded(value.value, in: list, rule, at: value.location) }
        }
        // A SEPA creditor identifier is allowed for the seller and the payee only.
        for value in values["BR-CL-10"] ?? [] {
            let scheme = value.value.trimmingSpaces
            let path = value.location.element ?? ""
            let sepaAllowed = path.contains("/AccountingSupplierParty/") || path.contains("/PayeeParty/")
            if scheme == "SEPA" && sepaAllowed { continue }
            coded(scheme, in: EN16931CodeLists.identifierSchemes, "BR-CL-10", at: value.location)
        }
    }
}
