import InvoiceModel

extension XMLNode {
    /// Reads a charge indicator at `localNames`: `true` for a charge, `false` for an allowance.
    ///
    /// Returns `nil`, with a warning, when the indicator is missing or is not an `xs:boolean`: the
    /// caller leaves the allowance or charge out, as the official artefacts do, rather than guess a
    /// sign that would be wrong in every sum.
    func chargeIndicator(_ localNames: String...) -> Bool? {
        let indicator = child(at: localNames[...])
        let text = indicator?.element.text.trimmingSpaces
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default:
            let name = localNames.joined(separator: "/")
            notes.ignoreAdjustment(
                element: indicator?.path ?? path + "/" + name, line: indicator?.line ?? line,
                indicatorPath: relativePath.isEmpty ? name : relativePath + "/" + name, value: text)
            return nil
        }
    }
}
