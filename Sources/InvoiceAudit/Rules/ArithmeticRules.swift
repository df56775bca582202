import InvoiceModel

/// Document arithmetic: line sums, the totals chain and VAT per category.
///
/// FA-CALC-04 and FA-CALC-05 carry BR-CO-10 and BR-CO-15 over to exports that are not EN 16931
/// invoices (CSV), with the artefacts' rounding (cents, ties toward +∞, exact comparison); on
/// structured documents the EN 16931 family checks the standard's own rules. FA-CALC-05 also
/// checks Factur-X MINIMUM documents, whose profile schematron keeps no BR-CO-15. FA-CALC-01 and
/// FA-CALC-02 check what the EN rules leave open, with commercial rounding (half away from zero).
/// FA-CALC-01 is an error from one currency unit of difference and a warning below it; FA-CALC-02
/// has no tolerance. A computed amount is rounded to the cent, or to the declared amount's own
/// digits when it states more, so an exact amount with more than two decimals is consistent. On a line-level CSV export, which has no VAT breakdown, FA-CALC-01 checks the
/// VAT total against the line rates (ArithmeticRules+LineRates.swift).
public enum ArithmeticRules {
    public static let lineSum = RuleDescriptor(
        id: "FA-CALC-04", severity: .error,
        title: LocalizedText(
            fr: "la somme des montants nets des lignes de l'export est fausse",
            en: "sum of the export's line net amounts is wrong"),
        reference: "EN 16931-1 BR-CO-10 (CSV)")

    public static let grandTotal = RuleDescriptor(
        id: "FA-CALC-05", severity: .error,
        title: LocalizedText(
            fr: "le total TTC d'un export ou d'une facture MINIMUM n'est pas égal au total HT plus la TVA",
            en: "total with VAT of an export or MINIMUM invoice is not the total without VAT plus VAT"),
        reference: "EN 16931-1 BR-CO-15 (CSV, Factur-X MINIMUM)")

    public static let vatPerCategory = RuleDescriptor(
        id: "FA-CALC-01", severity: .error,
        title: LocalizedText(
            fr: "TVA d'une catégorie différente de base × taux arrondi (avertissement sous une unité monétaire)",
            en: "VAT of a category differs from base × rate, rounded (a warning under one currency unit)"),
        reference: "CGI ann. II art. 242 nonies A, I-11°; EN 16931-1 BT-117")

    public static let linesAgainstNetTotal = RuleDescriptor(
        id: "FA-CALC-02", severity: .error,
        title: LocalizedText(
            fr: "la somme des lignes ne donne pas le total HT",
            en: "lines do not add up to the total without VAT"),
        reference: "EN 16931-1 BR-CO-13")

    public static let descriptors = [lineSum, grandTotal, vatPerCategory, linesAgainstNetTotal]

    /// The minor-unit digits used for rounding totals; EN 16931 amounts carry at most two.
    static let centScale = 2

    /// The digits a computed amount is rounded to before it is compared with `declared`: cents,
    /// or the declared amount's own digits when it states more (`120.1481481468`), so a total
    /// that is exactly the sum is never compared with a rounded sum. Trailing zeros do not count:
    /// `120.150` is compared at the cent.
    static func comparisonScale(of declared: Amount) -> Int {
        max(centScale, declared.significantScale)
    }

    public static func check(_ document: Document) -> [Finding] {
        var findings: [Finding] = []
        let number = document.number
        let netAmounts = document.lines.compactMap(\.netAmount)
        let lineTotal = netAmounts.reduce(Amount.zero, +)
        // Structured documents get the standard's BR-CO-10 and BR-CO-15 from the EN 16931 family,
        // except Factur-X MINIMUM documents, which have no lines and whose profile keeps no BR-CO-15.
        let isExport = !EN16931Rules.applies(to: document)
        let checksGrandTotal = isExport || document.profile == .minimum

        if isExport, let declared = document.totals.lineNet, !document.lines.isEmpty {
            let expected = lineTotal.roundedTiesUp(toScale: comparisonScale(of: declared))
            if declared != expected {
                findings.append(
                    Finding(
                        rule: lineSum, location: document.source, documentNumber: number,
                        message: LocalizedText(
                            fr: "somme des lignes (BT-106) déclarée \(declared.frenchText), calculée \(expected.frenchText)",
                            en: "sum of line net amounts (BT-106) declared \(declared), computed \(expected)")))
            }
        }

        if checksGrandTotal, let netTotal = document.totals.taxExclusive, let grossTotal = document.totals.taxInclusive,
            let vat = exportVATTotal(document)
        {
            let expected = (netTotal + vat).roundedTiesUp(toScale: comparisonScale(of: grossTotal))
            if grossTotal != expected {
                findings.append(
                    Finding(
                        rule: grandTotal, location: document.source, documentNumber: number,
                        message: LocalizedText(
                            fr: "total TTC (BT-112) déclaré \(grossTotal.frenchText), attendu \(netTotal.frenchText) + \(vat.frenchText) = \(expected.frenchText)",
                            en: "total with VAT (BT-112) declared \(grossTotal), expected \(netTotal) + \(vat) = \(expected)")))
            }
        }

        for entry in document.vatBreakdown {
            guard let base = entry.taxableAmount, let rate = entry.rate, let declared = entry.taxAmount else { continue }
            let category = entry.category ?? "?"
            guard let product = base.productRoundedToFit(rate) else {
                findings.append(
                    Finding(
                        rule: vatPerCategory, location: document.source, documentNumber: number,
                        message: LocalizedText(
                            fr: "TVA de la catégorie \(category) non vérifiée : base '\(base.frenchPlainText)' × taux '\(rate.frenchPlainText)' dépasse les 38 chiffres d'un montant ; vérifiez la base et le taux",
                            en: "VAT of category \(category) not checked: base '\(base)' × rate '\(rate)' exceeds the 38 digits of an amount; check the base and rate"),
                        severity: .warning))
                continue
            }
            let expected = product.dividedByHundred.rounded(toScale: comparisonScale(of: declared))
            guard declared != expected else { continue }
            // Under one currency unit the total was rounded another way (whole units for some
            // currencies, per line for some tools): worth a look, not an error.
            let withinOneUnit = (declared - expected).magnitude < Amount(1)
            findings.append(
                Finding(
                    rule: vatPerCategory, location: document.source, documentNumber: number,
                    message: LocalizedText(
                        fr: "TVA de la catégorie \(category) à \(rate.frenchText) % déclarée \(declared.frenchText), attendu \(base.frenchText) × \(rate.frenchText) % = \(expected.frenchText)",
                        en: "VAT of category \(category) at \(rate)% declared \(declared), expected \(base) × \(rate)% = \(expected)"),
                    severity: withinOneUnit ? .warning : nil))
        }

        // Exports without a declared BT-106 still state the total without VAT: the lines must add up to it.
        if document.totals.lineNet == nil, !netAmounts.isEmpty, netAmounts.count == document.lines.count,
            document.totals.allowances == nil, document.totals.charges == nil,
            let netTotal = document.totals.taxExclusive
        {
            let expected = lineTotal.rounded(toScale: comparisonScale(of: netTotal))
            if netTotal != expected {
                let lines = netAmounts.count == 1
                    ? (fr: "montant de la ligne unique", en: "amount of the only line")
                    : (fr: "somme des \(LocalizedText.frenchInteger(netAmounts.count)) lignes", en: "sum of the \(netAmounts.count) lines")
                findings.append(
                    Finding(
                        rule: linesAgainstNetTotal, location: document.source, documentNumber: number,
                        message: LocalizedText(
                            fr: "total HT déclaré \(netTotal.frenchText), \(lines.fr) \(expected.frenchText)",
                            en: "total without VAT declared \(netTotal), \(lines.en) \(expected)")))
            }
        }
        return findings + lineRateFindings(document)
    }
}

extension ArithmeticRules {
    /// Returns the VAT total of an export, else the sum of its breakdown when every entry gives
    /// its amount, else `nil`: an export without a VAT total does not say the VAT is zero.
    static func exportVATTotal(_ document: Document) -> Amount? {
        if let vat = document.totals.vat { return vat }
        guard !document.vatBreakdown.isEmpty, document.vatBreakdown.allSatisfy({ $0.taxAmount != nil }) else { return nil }
        return document.vatBreakdown.reduce(Amount.zero) { $0 + ($1.taxAmount ?? .zero) }
    }
}
