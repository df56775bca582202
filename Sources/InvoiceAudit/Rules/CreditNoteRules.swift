import InvoiceModel

/// Credit notes (avoirs) against the invoices they credit.
///
/// A credit note is itself an invoice that must refer to the original's number and date
/// (CGI art. 272-1 and 289-I-5), and it cannot credit more than the invoice it corrects.
public enum CreditNoteRules {
    public static let missingReference = RuleDescriptor(
        id: "FR-CORR-03", severity: .error,
        title: LocalizedText(
            fr: "avoir sans référence à la facture d'origine", en: "credit note without a reference to its invoice"),
        reference: "CGI art. 289-I-5; EN 16931-1 BG-3")

    public static let invalidReference = RuleDescriptor(
        id: "FR-CORR-04", severity: .error,
        title: LocalizedText(
            fr: "avoir référençant une facture inconnue ou postérieure",
            en: "credit note referencing an unknown or later invoice"),
        reference: "CGI art. 289-I-5; BOI-TVA-DECLA-30-20-20-20")

    public static let overCredit = RuleDescriptor(
        id: "FR-CORR-05", severity: .error,
        title: LocalizedText(
            fr: "avoirs cumulés supérieurs au total de la facture",
            en: "cumulative credits exceed the invoice total"),
        reference: "CGI art. 272-1")

    public static let descriptors = [missingReference, invalidReference, overCredit, creditRate]

    public static func check(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        var earliestDate: [PartyKey: CivilDate] = [:]
        for entry in ledger.entries where entry.isIssued {
            guard let date = entry.issueDate else { continue }
            earliestDate[entry.seller] = min(earliestDate[entry.seller] ?? date, date)
        }
        // Credited amounts so far, per credited invoice (seller and number), in source order.
        var credited: [PartyKey: [String: Amount]] = [:]

        for entry in ledger.entries where entry.isIssued && entry.kind.isCredit {
            let number = entry.number ?? ""
            guard !entry.precedingInvoices.isEmpty else {
                if entry.referencesNotInSource { continue }
                findings.append(
                    Finding(
                        rule: missingReference, location: entry.source, documentNumber: entry.number,
                        message: LocalizedText(
                            fr: "l'avoir '\(number)' ne cite pas la facture qu'il corrige (numéro et date, BT-25 et BT-26)",
                            en: "credit note '\(number)' does not cite the invoice it corrects (number and date, BT-25 and BT-26)"
                        )))
                continue
            }
            let sharedDate = sharedCitedDate(entry.precedingInvoices)
            if let sharedDate { findings += sharedDateFindings(entry, date: sharedDate, ledger: ledger) }
            for reference in entry.precedingInvoices {
                let invoice = ledger.issued(seller: entry.seller, number: reference.number)
                if sharedDate == nil { findings += citedDateFindings(entry, reference: reference, invoice: invoice) }
                guard let invoice else {
                    // An invoice dated before everything imported may simply lie outside the export.
                    let outsideWindow =
                        reference.issueDate.flatMap { date in earliestDate[entry.seller].map { date < $0 } } ?? false
                    if let embedded = embeddedNumber(reference.number, seller: entry.seller, ledger: ledger) {
                        findings.append(
                            Finding(
                                rule: invalidReference, location: entry.source, documentNumber: entry.number,
                                message: LocalizedText(
                                    fr: "l'avoir '\(number)' cite la facture '\(reference.number)', introuvable chez ce vendeur : la cellule entoure de texte le numéro '\(embedded)' d'une facture de ce vendeur, n'y écrivez que le numéro",
                                    en: "credit note '\(number)' cites invoice '\(reference.number)', which this seller never issued: the cell contains text around '\(embedded)', a number this seller issued, so write only the number there")))
                        continue
                    }
                    findings.append(
                        Finding(
                            rule: invalidReference, location: entry.source, documentNumber: entry.number,
                            message: outsideWindow
                                ? LocalizedText(
                                    fr: "l'avoir '\(number)' cite la facture '\(reference.number)', antérieure aux documents importés : vérifiez-la dans l'export précédent",
                                    en: "credit note '\(number)' cites invoice '\(reference.number)', older than the imported documents: check it in the earlier export"
                                )
                                : LocalizedText(
                                    fr: "l'avoir '\(number)' cite la facture '\(reference.number)', introuvable chez ce vendeur",
                                    en: "credit note '\(number)' cites invoice '\(reference.number)', which this seller never issued"),
                            severity: outsideWindow ? .warning : nil))
                    continue
                }
                findings += mismatchFindings(entry, invoice: invoice)
                findings += rateFindings(entry, invoice: invoice)
                if let creditDate = entry.issueDate, let invoiceDate = invoice.issueDate, creditDate < invoiceDate {
                    findings.append(
                        Finding(
                            rule: invalidReference, location: entry.source, documentNumber: entry.number,
                            message: LocalizedText(
                                fr: "l'avoir '\(number)' du \(creditDate.frenchText) est antérieur à la facture '\(reference.number)' du \(invoiceDate.frenchText) qu'il corrige",
                                en: "credit note '\(number)' dated \(creditDate) is earlier than invoice '\(reference.number)' dated \(invoiceDate) that it corrects"
                            )))
                }
            }
            findings += checkCumulativeCredit(entry, ledger: ledger, credited: &credited)
        }
        return findings
    }

    /// Returns the one number this seller issued that `cited` contains as a word among other
    /// text, as `FA-2025-0001` in `Facture FA-2025-0001`. Returns `nil` for none or several.
    static func embeddedNumber(_ cited: String, seller: PartyKey, ledger: Ledger) -> String? {
        let words = cited.split { $0.isWhitespace || ",;:()[]«»\"'".contains($0) }
            .map { String($0.hasSuffix(".") ? $0.dropLast() : $0) }
        guard words.count > 1 else { return nil }
        let issued = Set(words.filter { ledger.issued(seller: seller, number: $0) != nil })
        return issued.count == 1 ? issued.first : nil
    }

    /// FR-CORR-04 when the credited invoice has another buyer or currency.
    private static func mismatchFindings(_ entry: LedgerEntry, invoice: LedgerEntry) -> [Finding] {
        let number = entry.number ?? ""
        let invoiceNumber = invoice.number ?? ""
        var findings: [Finding] = []
        if entry.buyer != invoice.buyer, entry.buyer != .unknown, invoice.buyer != .unknown {
            findings.append(
                Finding(
                    rule: invalidReference, location: entry.source, documentNumber: entry.number,
                    message: LocalizedText(
                        fr: "l'avoir '\(number)' est adressé à un autre acheteur que la facture '\(invoiceNumber)' qu'il corrige : un avoir crédite le client facturé",
                        en: "credit note '\(number)' is addressed to another buyer than invoice '\(invoiceNumber)' it corrects: a credit note credits the invoiced customer")))
        }
        if let currency = entry.currency, let invoiceCurrency = invoice.currency,
            !LedgerEntry.currenciesAgree(currency, invoiceCurrency)
        {
            findings.append(
                Finding(
                    rule: invalidReference, location: entry.source, documentNumber: entry.number,
                    message: LocalizedText(
                        fr: "l'avoir '\(number)' est en '\(currency)' alors que la facture '\(invoiceNumber)' est en '\(invoiceCurrency)' : émettez l'avoir dans la devise de la facture",
                        en: "credit note '\(number)' is in '\(currency)' while invoice '\(invoiceNumber)' is in '\(invoiceCurrency)': issue the credit note in the invoice's currency")))
        }
        return findings
    }

    /// FR-CORR-05 for a credit note citing exactly one invoice in the same currency (a CSV export
    /// often has no currency column, so an unknown currency agrees with any).
    private static func checkCumulativeCredit(
        _ entry: LedgerEntry, ledger: Ledger, credited: inout [PartyKey: [String: Amount]]
    ) -> [Finding] {
        guard entry.precedingInvoices.count == 1, let reference = entry.precedingInvoices.first,
            let invoice = ledger.issued(seller: entry.seller, number: reference.number),
            let invoiceTotal = invoice.taxInclusive, let creditTotal = entry.taxInclusive,
            LedgerEntry.currenciesAgree(invoice.currency, entry.currency)
        else { return [] }
        let invoiceNumber = invoice.number ?? reference.number
        let previous = credited[entry.seller]?[invoiceNumber] ?? .zero
        let cumulative = previous + creditTotal.magnitude
        credited[entry.seller, default: [:]][invoiceNumber] = cumulative
        var findings = perRateFindings(entry, invoice: invoice, credited: &credited)
        // A cent beyond the total is rounding, as for payments (StatusRules.tolerance).
        let limit = invoiceTotal.magnitude + StatusRules.tolerance
        guard cumulative > limit, previous <= limit else { return findings }
        let number = entry.number ?? ""
        let message =
            previous.isZero
            ? LocalizedText(
                fr: "l'avoir '\(number)' crédite \(creditTotal.magnitude.frenchText), plus que le total TTC \(invoiceTotal.magnitude.frenchText) de la facture '\(invoiceNumber)'",
                en: "credit note '\(number)' credits \(creditTotal.magnitude), more than the total \(invoiceTotal.magnitude) of invoice '\(invoiceNumber)'"
            )
            : LocalizedText(
                fr: "avec l'avoir '\(number)', les avoirs sur la facture '\(invoiceNumber)' atteignent \(cumulative.frenchText), plus que son total TTC \(invoiceTotal.magnitude.frenchText)",
                en: "with credit note '\(number)', credits on invoice '\(invoiceNumber)' reach \(cumulative), more than its total \(invoiceTotal.magnitude)"
            )
        findings.append(Finding(rule: overCredit, location: entry.source, documentNumber: entry.number, message: message))
        return findings
    }

    /// FR-CORR-05 per VAT rate: credited VAT of a rate never exceeds the invoice's VAT of that rate.
    /// A rate the invoice's breakdown lacks is left to FR-CORR-06.
    private static func perRateFindings(
        _ entry: LedgerEntry, invoice: LedgerEntry, credited: inout [PartyKey: [String: Amount]]
    ) -> [Finding] {
        guard !entry.vatByRate.isEmpty, !invoice.vatByRate.isEmpty else { return [] }
        let invoiceNumber = invoice.number ?? ""
        let number = entry.number ?? ""
        var findings: [Finding] = []
        for credit in entry.vatByRate where invoice.vatByRate.contains(where: { $0.rate == credit.rate }) {
            let key = "\(invoiceNumber)@\(credit.rate)"
            let invoiceTax = invoice.vatByRate.filter { $0.rate == credit.rate }.reduce(Amount.zero) { $0 + $1.tax.magnitude }
            let previous = credited[entry.seller]?[key] ?? .zero
            let cumulative = previous + credit.tax.magnitude
            credited[entry.seller, default: [:]][key] = cumulative
            let limit = invoiceTax + StatusRules.tolerance
            guard cumulative > limit, previous <= limit else { continue }
            findings.append(
                Finding(
                    rule: overCredit, location: entry.source, documentNumber: entry.number,
                    message: LocalizedText(
                        fr: "avec l'avoir '\(number)', la TVA créditée à \(credit.rate.frenchText) % sur la facture '\(invoiceNumber)' atteint \(cumulative.frenchText), plus que les \(invoiceTax.frenchText) facturés à ce taux",
                        en: "with credit note '\(number)', VAT credited at \(credit.rate)% on invoice '\(invoiceNumber)' reaches \(cumulative), more than the \(invoiceTax) invoiced at that rate")))
        }
        return findings
    }
}
