import InvoiceModel

extension SpecialMentionRules {
    /// Tells whether VAT shows on the breakdown entries of a margin scheme (picked by `isScheme`), or
    /// anywhere when all entries or none belong to it. A mixed invoice lawfully shows VAT on its
    /// other categories, such as a booking fee at 20 % beside a package under the scheme.
    static func vatShownUnderMarginScheme(_ document: Document, vatShown: Bool, isScheme: (VATBreakdown) -> Bool) -> Bool {
        let schemeEntries = document.vatBreakdown.filter(isScheme)
        if schemeEntries.contains(where: { ($0.taxAmount ?? .zero) > .zero }) { return true }
        let otherEntries = document.vatBreakdown.count - schemeEntries.count
        return vatShown && (schemeEntries.isEmpty || otherEntries == 0)
    }

    /// Tells whether the breakdown entry carries exemption code `code`, in any letter case.
    static func hasExemptionCode(_ entry: VATBreakdown, _ code: String) -> Bool {
        entry.exemptionReasonCode?.trimmingSpaces.uppercased() == code
    }
}
