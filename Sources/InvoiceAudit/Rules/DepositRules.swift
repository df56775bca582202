import InvoiceModel

/// Deposit invoices (factures d'acompte) against the final invoices that deduct them, and partial
/// or progress invoices against their order (CGI art. 289-I-1-c, 269-2; BOI n° 136 § 120).
///
/// A final invoice deducts a deposit by citing it in BG-3 (number and date) and by declaring the
/// deducted amount as prepaid (BT-113).
public enum DepositRules {
    public static let unreferencedDeposit = RuleDescriptor(
        id: "FR-DEP-02", severity: .error,
        title: LocalizedText(
            fr: "acompte déduit sans référence valable sur la facture finale",
            en: "deposit deducted without a valid reference on the final invoice"),
        reference: LocalizedText(fr: "CGI art. 289-I-1-c; BOI n° 136 du 7 août 2003 § 120", en: "CGI art. 289-I-1-c; BOI no. 136 of 7 August 2003 § 120"))

    public static let depositsExceedTotal = RuleDescriptor(
        id: "FR-DEP-03", severity: .error,
        title: LocalizedText(
            fr: "acomptes déduits supérieurs au total de la facture finale", en: "deducted deposits exceed the final invoice total"),
        reference: LocalizedText(fr: "CGI art. 269-2 et 289-I-1-c", en: "CGI art. 269-2 and 289-I-1-c"))

    public static let depositDeductedTwice = RuleDescriptor(
        id: "FR-DEP-04", severity: .error,
        title: LocalizedText(fr: "acompte déduit deux fois", en: "deposit deducted twice"),
        reference: "CGI art. 289-I-1-c")

    public static let depositNeverConsumed = RuleDescriptor(
        id: "FR-DEP-05", severity: .warning,
        title: LocalizedText(
            fr: "facture d'acompte jamais déduite d'une facture finale", en: "deposit invoice never deducted by a final invoice"),
        reference: LocalizedText(fr: "CGI art. 289-I-1-c; BOI n° 136 du 7 août 2003 § 120", en: "CGI art. 289-I-1-c; BOI no. 136 of 7 August 2003 § 120"))

    public static let progress = RuleDescriptor(
        id: "FR-DEP-07", severity: .error,
        title: LocalizedText(
            fr: "situations de travaux incohérentes (avancement ou total de la commande)",
            en: "progress invoices inconsistent (progress or order total)"),
        reference: LocalizedText(fr: "CGI art. 289-I; pratique des factures de situation (marchés de travaux)", en: "CGI art. 289-I; progress invoicing practice (construction contracts)"))

    public static let descriptors = [
        depositPaymentDate, unreferencedDeposit, depositsExceedTotal, depositDeductedTwice, depositNeverConsumed, progress,
        situationSequence,
    ]

    public static func check(_ ledger: Ledger, asOf: CivilDate?, consumptionMonths: Int) -> [Finding] {
        var findings: [Finding] = []
        // The final invoice that first deducted each deposit, by seller and deposit number.
        var deductedBy: [PartyKey: [String: LedgerEntry]] = [:]
        for entry in ledger.entries where entry.isIssued && !entry.sellerIsForeign && (entry.kind == .invoice || entry.kind == .corrective) {
            let number = entry.number ?? ""
            var deducted = Amount.zero
            // Credit notes imputed on the invoice also explain its prepaid amount (FR-REF-03).
            var imputedCredits = Amount.zero
            for reference in entry.precedingInvoices {
                guard let deposit = deductedDeposit(reference, by: entry, in: ledger) else {
                    if let credit = ledger.issued(seller: entry.seller, number: reference.number), credit.kind == .creditNote {
                        imputedCredits += credit.taxInclusive?.magnitude ?? .zero
                    }
                    continue
                }
                let depositNumber = deposit.number ?? reference.number
                deducted += deposit.taxInclusive?.magnitude ?? .zero
                if let first = deductedBy[entry.seller]?[depositNumber] {
                    findings.append(
                        finding(
                            depositDeductedTwice, entry,
                            fr: "la facture '\(number)' déduit l'acompte '\(depositNumber)', déjà déduit par la facture '\(first.number ?? "")' : retirez l'une des deux déductions",
                            en: "invoice '\(number)' deducts deposit '\(depositNumber)', already deducted by invoice '\(first.number ?? "")': remove one of the deductions"))
                } else {
                    deductedBy[entry.seller, default: [:]][depositNumber] = entry
                }
                if deposit.buyer != entry.buyer, deposit.buyer != .unknown, entry.buyer != .unknown {
                    findings.append(
                        finding(
                            unreferencedDeposit, entry,
                            fr: "la facture '\(number)' déduit l'acompte '\(depositNumber)' d'un autre acheteur : une facture ne déduit que les acomptes de son client",
                            en: "invoice '\(number)' deducts deposit '\(depositNumber)' of another buyer: an invoice deducts only its own customer's deposits"))
                }
                // The deposit is cited by number and date (BT-25, BT-26), as a credit note cites its
                // invoice (FR-CORR-04): a cited date other than the deposit's does not match it.
                if let cited = reference.issueDate, let depositDate = deposit.issueDate, cited != depositDate {
                    findings.append(
                        finding(
                            unreferencedDeposit, entry,
                            fr: "la facture '\(number)' cite l'acompte '\(depositNumber)' au \(cited.frenchText), alors qu'il est du \(depositDate.frenchText) : citez la date de la facture d'acompte (BT-26)",
                            en: "invoice '\(number)' cites deposit '\(depositNumber)' as dated \(cited), but it is dated \(depositDate): cite the deposit invoice's date (BT-26)"))
                }
                if let depositDate = deposit.issueDate, let date = entry.issueDate, date < depositDate {
                    findings.append(
                        finding(
                            unreferencedDeposit, entry,
                            fr: "la facture '\(number)' du \(date.frenchText) déduit l'acompte '\(depositNumber)' émis plus tard, le \(depositDate.frenchText) : vérifiez les dates",
                            en: "invoice '\(number)' dated \(date) deducts deposit '\(depositNumber)' issued later, on \(depositDate): check the dates"))
                }
            }
            // A source with no place for BG-3 (Stripe, where BT-113 is the customer's credit
            // balance) cannot cite the deposits it deducts.
            if let prepaid = entry.prepaid?.magnitude, prepaid > deducted + imputedCredits, entry.kind == .invoice,
                !(entry.referencesNotInSource && entry.precedingInvoices.isEmpty)
            {
                // BT-113 may also hold a payment received without a deposit invoice: without any
                // cited deposit this is a warning, with some cited deposits an error.
                let hasDepositLikeReference = deducted > .zero
                findings.append(
                    finding(
                        unreferencedDeposit, entry,
                        fr: hasDepositLikeReference
                            ? "la facture '\(number)' déduit \(prepaid.frenchText) d'acomptes mais les acomptes qu'elle cite totalisent \(deducted.frenchText) : citez chaque facture d'acompte déduite (numéro et date)"
                            : "la facture '\(number)' déduit \(prepaid.frenchText) d'acomptes sans citer de facture d'acompte : citez chaque facture d'acompte déduite (numéro et date)",
                        en: hasDepositLikeReference
                            ? "invoice '\(number)' deducts \(prepaid) of deposits but the deposits it cites total \(deducted): cite every deducted deposit invoice (number and date)"
                            : "invoice '\(number)' deducts \(prepaid) of deposits without citing a deposit invoice: cite every deducted deposit invoice (number and date)",
                        severity: hasDepositLikeReference ? nil : .warning))
            }
            if let total = entry.taxInclusive?.magnitude, deducted > total {
                findings.append(
                    finding(
                        depositsExceedTotal, entry,
                        fr: "la facture '\(number)' déduit \(deducted.frenchText) d'acomptes, plus que son total TTC \(total.frenchText) : l'excédent doit être remboursé par un avoir",
                        en: "invoice '\(number)' deducts \(deducted) of deposits, more than its total \(total): the excess must be refunded through a credit note"))
            }
        }
        findings += unconsumed(ledger, deductedBy: deductedBy, asOf: asOf, months: consumptionMonths)
        findings += progressFindings(ledger)
        return findings
    }

    private static func unconsumed(
        _ ledger: Ledger, deductedBy: [PartyKey: [String: LedgerEntry]], asOf: CivilDate?, months: Int
    ) -> [Finding] {
        guard let asOf else { return [] }
        var findings: [Finding] = []
        for entry in ledger.entries where entry.isIssued && !entry.sellerIsForeign && entry.kind == .deposit {
            guard let number = entry.number, deductedBy[entry.seller]?[number] == nil, let date = entry.issueDate else { continue }
            let limit = date.adding(months: months)
            guard asOf > limit else { continue }
            findings.append(
                finding(
                    depositNeverConsumed, entry,
                    fr: "l'acompte '\(number)' du \(date.frenchText) n'est déduit par aucune facture finale au \(asOf.frenchText), plus de \(LocalizedText.countFR(months, "mois", "mois")) après : émettez la facture finale ou un avoir de remboursement",
                    en: "deposit '\(number)' dated \(date) is deducted by no final invoice as of \(asOf), more than \(LocalizedText.countEN(months, "month", "months")) later: issue the final invoice or a refund credit note"))
        }
        return findings
    }

    static func finding(_ rule: RuleDescriptor, _ entry: LedgerEntry, fr: String, en: String, severity: Severity? = nil) -> Finding {
        Finding(
            rule: rule, location: entry.source, documentNumber: entry.number, message: LocalizedText(fr: fr, en: en),
            severity: severity)
    }
}

extension CivilDate {
    /// Returns the same day `months` months later, or the month's last day when that day does not exist.
    func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, CivilDate.daysInMonth(year: newYear, month: newMonth))
        return CivilDate(year: newYear, month: newMonth, day: newDay) ?? self
    }
}
