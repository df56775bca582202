import InvoiceModel

extension XMLNode {
    /// Reads a charge indicator at `localNames`: `true` for a charge, `false` for an allowance.
    ///
    /// - Throws: ``XMLImportFailure`` when the indicator is missing or is not an `xs:boolean`,
    ///   because an allowance read as a charge would flip its sign in every sum.
    func chargeIndicator(_ localNames: String...) throws(XMLImportFailure) -> Bool {
        let indicator = child(at: localNames[...])
        let text = indicator?.trimmedText ?? ""
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default:
            let name = localNames.joined(separator: "/")
            throw XMLImportFailure(
                element: indicator?.path ?? path + "/" + name, line: indicator?.line ?? line,
                reason: LocalizedText(
                    fr: "indicateur de charge invalide '\(text)' dans \(relativePath)/\(name) : attendu 'true' (charge) ou 'false' (remise)",
                    en: "invalid charge indicator '\(text)' in \(relativePath)/\(name): expected 'true' (charge) or 'false' (allowance)"))
        }
    }
}
