import InvoiceModel

/// FA-CALC-01 for line-level exports: a CSV export gives each line's rate but no VAT breakdown,
/// so the VAT total is checked against the line amounts grouped by rate.
extension ArithmeticRules {
    /// Compares the declared VAT total with Σ over rates of (Σ line net amounts × rate), each
    /// rate's VAT rounded to the cent. Silent unless every line gives its amount and rate, the
    /// lines add up to the total without VAT, and the document has no breakdown of its own and
    /// states its VAT total.
    static func lineRateFindings(_ document: Document) -> [Finding] {
        guard document.sourceFormat == .csv, document.vatBreakdown.isEmpty, let declared = document.totals.vat,
            document.totals.allowances == nil, document.totals.charges == nil
        else { return [] }
        let lines = document.lines.filter(\.countsInTotals)
        guard !lines.isEmpty else { return [] }
        var bases: [Amount: Amount] = [:]
        for line in lines {
            guard let amount = line.netAmount, let rate = line.vatRate else { return [] }
            guard let sum = (bases[rate] ?? .zero).addingReportingOverflow(amount) else { return [] }
            bases[rate] = sum
        }
        // Lines that do not add up to the total without VAT are FA-CALC-02's or FA-CALC-04's finding;
        // the VAT would differ for the same reason.
        let lineSum = bases.values.reduce(Amount.zero, +)
        if let net = document.totals.lineNet ?? document.totals.taxExclusive, net != lineSum.rounded(toScale: comparisonScale(of: net)) {
            return []
        }
        var expected = Amount.zero
        var terms: [(fr: String, en: String)] = []
        for (rate, base) in bases.sorted(by: { $0.key > $1.key }) {
            guard let product = base.productRoundedToFit(rate) else { return [] }
            guard let sum = expected.addingReportingOverflow(product.dividedByHundred.rounded(toScale: comparisonScale(of: declared))) else {
                return []
            }
            expected = sum
            terms.append(("\(base.frenchText) × \(rate.frenchText) %", "\(base) × \(rate)%"))
        }
        guard declared != expected else { return [] }
        // Under one currency unit the tool may have rounded per line: worth a look, not an error.
        let withinOneUnit = (declared - expected).magnitude < Amount(1)
        return [
            Finding(
                rule: vatPerCategory, location: document.source, documentNumber: document.number,
                message: LocalizedText(
                    fr: "TVA déclarée \(declared.frenchText), attendu d'après les taux des lignes \(terms.map(\.fr).joined(separator: " + ")) = \(expected.frenchText) : corrigez le taux d'une ligne ou le montant de TVA",
                    en: "VAT declared \(declared), expected from the line rates \(terms.map(\.en).joined(separator: " + ")) = \(expected): correct a line's rate or the VAT amount"),
                severity: withinOneUnit ? .warning : nil)
        ]
    }
}
