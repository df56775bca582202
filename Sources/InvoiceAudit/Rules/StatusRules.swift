import InvoiceModel

/// Declared statuses against payments and credits, and refunds against credit notes.
///
/// A declared status describes the document on the day it was exported. It is therefore judged
/// against every payment of the export up to that status date, which is the latest issue or
/// payment date in the data, never after today (see ``Ledger/defaultAsOfDate(today:)``). An audit as of an earlier
/// date (`--as-of 2025-12-31` on an export taken in March) therefore does not blame a "paid"
/// status for a payment received after that date. The as-of date applies only to what is
/// computed as of a day: whether an open invoice was overdue (FR-STAT-07).
///
/// A payment with a negative amount is a refund to the customer. On a credit note every payment
/// is a refund, whatever its sign. A status is checked only when the document declares payments
/// or an amount due, so exports without a payment column are never judged on their status alone
/// (except for FR-STAT-07).
public enum StatusRules {
    public static let paidButNotFully = RuleDescriptor(
        id: "FR-STAT-02", severity: .error,
        title: LocalizedText(fr: "facture « payée » qui ne l'est pas entièrement", en: "invoice marked paid but not fully paid"),
        reference: LocalizedText(fr: "CGI art. 289-I-4; C. com. L123-22 (sincérité des comptes)", en: "CGI art. 289-I-4; C. com. L123-22 (true and fair accounts)"))

    public static let openButPaid = RuleDescriptor(
        id: "FR-STAT-03", severity: .warning,
        title: LocalizedText(fr: "facture ouverte mais entièrement payée", en: "invoice still open but fully paid"),
        reference: "C. com. L123-22")

    public static let paidBeforeIssue = RuleDescriptor(
        id: "FR-STAT-04", severity: .warning,
        title: LocalizedText(fr: "paiement antérieur à la facture", en: "payment dated before the invoice"),
        reference: LocalizedText(fr: "CGI art. 289-I-1-c (acomptes); C. com. L123-22", en: "CGI art. 289-I-1-c (deposits); C. com. L123-22"))

    public static let paymentOnDraft = RuleDescriptor(
        id: "FR-STAT-05", severity: .error,
        title: LocalizedText(fr: "paiement enregistré sur un brouillon", en: "payment recorded on a draft"),
        reference: "CGI art. 289-I; BOI-TVA-DECLA-30-20-20-10")

    public static let overpaid = RuleDescriptor(
        id: "FR-STAT-06", severity: .warning,
        title: LocalizedText(fr: "facture payée au-delà de son montant", en: "invoice paid beyond its amount"),
        reference: "C. com. L123-22")

    public static let overdue = RuleDescriptor(
        id: "FR-STAT-07", severity: .info,
        title: LocalizedText(fr: "facture échue non signalée en retard", en: "overdue invoice not flagged as overdue"),
        reference: LocalizedText(fr: "C. com. L441-10 II (pénalités dues dès le lendemain de l'échéance)", en: "C. com. L441-10 II (penalties due from the day after the due date)"))

    public static let depositPaidEarly = RuleDescriptor(
        id: "FR-DEP-06", severity: .warning,
        title: LocalizedText(
            fr: "acompte encaissé avant l'émission de sa facture", en: "deposit received before its invoice was issued"),
        reference: LocalizedText(fr: "CGI art. 289-I-1-c et 269-2", en: "CGI art. 289-I-1-c and 269-2"))

    public static let unlinkedRefund = RuleDescriptor(
        id: "FR-REF-01", severity: .warning,
        title: LocalizedText(
            fr: "remboursement sans avoir ni trop-perçu", en: "refund without a credit note or overpayment"),
        reference: LocalizedText(fr: "CGI art. 272-1 et 289-I-5", en: "CGI art. 272-1 and 289-I-5"))

    public static let refundTooLarge = RuleDescriptor(
        id: "FR-REF-02", severity: .error,
        title: LocalizedText(
            fr: "remboursement supérieur à l'avoir ou au trop-perçu", en: "refund larger than the credit note or overpayment"),
        reference: "CGI art. 272-1")

    public static let descriptors = [
        paidButNotFully, openButPaid, paidBeforeIssue, paymentOnDraft, overpaid, overdue, depositPaidEarly, unlinkedRefund,
        refundTooLarge,
    ]

    /// One cent: amounts compared between documents (payments, credits, refunds) may differ by up to
    /// 0.01 without a finding; FR-STAT-02, 03, 06, 07, FR-REF-02, 03 and FR-CORR-05 report only a
    /// difference beyond it.
    static let tolerance = Amount(units: 1, scale: 2)

    /// Checks statuses and refunds. `statusDate` is the day the declared statuses describe, the
    /// export's latest date. `asOf` is the audit date, which decides whether an invoice was overdue.
    public static func check(_ ledger: Ledger, asOf: CivilDate?, statusDate: CivilDate?) -> [Finding] {
        let credits = creditsByInvoice(in: ledger, asOf: statusDate)
        var findings: [Finding] = []
        for entry in ledger.entries {
            let payments = payments(of: entry, asOf: statusDate)
            if entry.isDraft {
                if payments.contains(where: { !$0.amount.isZero }) {
                    let draft = entry.number.map { (fr: "le brouillon '\($0)'", en: "draft '\($0)'") }
                        ?? (fr: "un brouillon sans numéro", en: "a draft without a number")
                    findings.append(
                        DepositRules.finding(
                            paymentOnDraft, entry,
                            fr: "un paiement est enregistré sur \(draft.fr) : émettez la facture avant d'encaisser, ou rattachez le paiement à la facture émise",
                            en: "a payment is recorded on \(draft.en): issue the invoice before taking payment, or attach the payment to the issued invoice"))
                }
                continue
            }
            guard entry.number != nil else { continue }
            findings += earlyPayments(entry, payments: payments)
            if entry.kind == .creditNote {
                findings += creditNoteRefunds(entry, payments: payments)
            } else {
                let settlement = Settlement(
                    credits: credits[entry.seller]?[entry.number ?? ""] ?? Credits(),
                    deposits: DepositRules.deductedAmount(by: entry, in: ledger))
                findings += invoiceStatus(entry, payments: payments, settlement: settlement, asOf: asOf)
            }
        }
        return findings
    }

    /// Returns the payments of `entry` dated by `asOf`, and the undated ones.
    static func payments(of entry: LedgerEntry, asOf: CivilDate?) -> [Payment] {
        entry.payments.filter { payment in
            guard let asOf, let date = payment.date else { return true }
            return date <= asOf
        }
    }

    private static func earlyPayments(_ entry: LedgerEntry, payments: [Payment]) -> [Finding] {
        guard let issue = entry.issueDate,
            let early = payments.filter({ $0.amount > .zero && ($0.date.map { $0 < issue } ?? false) }).first,
            let date = early.date
        else { return [] }
        let number = entry.number ?? ""
        if entry.kind == .deposit {
            // The deposit invoice must precede the payment between businesses only (CGI art.
            // 289-I-1-c): a buyer without SIREN, SIRET or VAT number counts as a consumer.
            guard entry.buyer.isRegistered else { return [] }
            return [
                DepositRules.finding(
                    depositPaidEarly, entry,
                    fr: "l'acompte '\(number)' a été encaissé le \(date.frenchText), avant sa facture du \(issue.frenchText) : entre professionnels la facture d'acompte précède l'encaissement",
                    en: "deposit '\(number)' was received on \(date), before its invoice of \(issue): between businesses the deposit invoice comes before the payment")
            ]
        }
        return [
            DepositRules.finding(
                paidBeforeIssue, entry,
                fr: "le paiement de \(early.amount.frenchText) du \(date.frenchText) précède la facture '\(number)' du \(issue.frenchText) : c'était un acompte, qui appelle une facture d'acompte",
                en: "the payment of \(early.amount) on \(date) precedes invoice '\(number)' of \(issue): it was a deposit, which calls for a deposit invoice")
        ]
    }

    private static func creditNoteRefunds(_ entry: LedgerEntry, payments: [Payment]) -> [Finding] {
        let refunded = payments.reduce(Amount.zero) { $0 + $1.amount.magnitude }
        guard let total = entry.taxInclusive?.magnitude, refunded > total + tolerance else { return [] }
        let number = entry.number ?? ""
        return [
            DepositRules.finding(
                refundTooLarge, entry,
                fr: "\(refunded.frenchText) remboursés sur l'avoir '\(number)', plus que son montant de \(total.frenchText) : vérifiez les remboursements",
                en: "\(refunded) refunded on credit note '\(number)', more than its amount of \(total): check the refunds")
        ]
    }

    private static func invoiceStatus(_ entry: LedgerEntry, payments: [Payment], settlement: Settlement, asOf: CivilDate?) -> [Finding] {
        guard let total = entry.taxInclusive else { return [] }
        let number = entry.number ?? ""
        let credited = settlement.credits.amount
        let received = payments.filter { $0.amount > .zero }.reduce(Amount.zero) { $0 + $1.amount }
        let refunded = payments.filter(\.amount.isNegative).reduce(Amount.zero) { $0 + $1.amount.magnitude }
        // Payments the document declares, even if none is dated by the as-of date.
        let paymentsKnown = !entry.payments.isEmpty || entry.payable != nil
        // The settled amount is the payments net of refunds (on the invoice and on the credit notes
        // citing it), plus credit notes and deducted deposits. Without payments it is the total less
        // the declared amount due, or else the credit notes and deducted deposits alone.
        let settled: Amount
        if !entry.payments.isEmpty {
            settled = received - refunded - settlement.credits.refunded + credited + settlement.deposits
        } else if let payable = entry.payable {
            settled = total - payable
        } else {
            settled = credited + settlement.deposits
        }
        var findings: [Finding] = []
        if paymentsKnown, entry.status == .paid, settled + tolerance < total {
            findings.append(
                DepositRules.finding(
                    paidButNotFully, entry,
                    fr: "la facture '\(number)' est « payée » mais seuls \(settled.frenchText) sur \(total.frenchText) sont réglés ou crédités : corrigez le statut ou enregistrez le paiement manquant",
                    en: "invoice '\(number)' is marked paid but only \(settled) of \(total) is paid or credited: correct the status or record the missing payment"))
        }
        if paymentsKnown, [.issued, .partiallyPaid, .overdue].contains(entry.status), total > .zero, settled + tolerance >= total {
            findings.append(
                DepositRules.finding(
                    openButPaid, entry,
                    fr: "la facture '\(number)' est encore ouverte alors que \(settled.frenchText) sur \(total.frenchText) sont réglés ou crédités : passez-la au statut payée",
                    en: "invoice '\(number)' is still open although \(settled) of \(total) is paid or credited: mark it paid"))
        }
        // Credits beyond the total are FR-CORR-05's fault: the excess cannot be judged before the
        // credit notes are corrected.
        if !payments.isEmpty, settled - total > tolerance, credited <= total.magnitude {
            findings.append(
                DepositRules.finding(
                    overpaid, entry,
                    fr: "la facture '\(number)' est payée \((settled - total).frenchText) au-delà de son montant net des avoirs : remboursez le trop-perçu ou imputez-le",
                    en: "invoice '\(number)' is paid \(settled - total) beyond its amount net of credit notes: refund or allocate the excess"))
        }
        if refunded > .zero {
            findings += invoiceRefunds(entry, refunded: refunded, received: received, settlement: settlement)
        }
        // Nothing is owed when payments, credit notes and deposits reach the total, or when the
        // total is not positive (a negative invoice is FR-CORR-09's fault).
        if let asOf, let due = entry.dueDate, due < asOf, let status = entry.status, [.issued, .partiallyPaid].contains(status),
            total > .zero, settled + tolerance < total
        {
            let days = asOf.dayNumber - due.dayNumber
            findings.append(
                DepositRules.finding(
                    overdue, entry,
                    fr: "la facture '\(number)' est échue depuis le \(due.frenchText) (\(LocalizedText.countFR(days, "jour", "jours")) au \(asOf.frenchText)) mais n'est pas signalée en retard : relancez le client, les pénalités courent",
                    en: "invoice '\(number)' has been due since \(due) (\(LocalizedText.countEN(days, "day", "days")) as of \(asOf)) but is not flagged overdue: remind the customer, penalties are running"))
        }
        return findings
    }
}

extension StatusRules {
    /// Judges the refunds recorded on an invoice. What may go back to the customer is what it paid
    /// (payments and deducted deposits) beyond what it owes once its credit notes are deducted,
    /// less what was already refunded on those credit notes. A credit note thus counts once: it
    /// lowers what is owed, and is not added again as a second allowance.
    static func invoiceRefunds(_ entry: LedgerEntry, refunded: Amount, received: Amount, settlement: Settlement) -> [Finding] {
        guard let total = entry.taxInclusive else { return [] }
        let number = entry.number ?? ""
        let credited = settlement.credits.amount
        let paid = received + settlement.deposits
        let owed = total - credited

        if credited.isZero, paid - total <= .zero {
            return [
                DepositRules.finding(
                    unlinkedRefund, entry,
                    fr: "\(refunded.frenchText) remboursés sur la facture '\(number)' sans avoir ni trop-perçu : un remboursement se justifie par un avoir",
                    en: "\(refunded) refunded on invoice '\(number)' with neither a credit note nor an overpayment: a refund is backed by a credit note")
            ]
        }
        let excess = paid - owed - settlement.credits.refunded
        let allowance = max(excess, Amount(units: 0, scale: excess.scale))
        guard refunded > allowance + tolerance else { return [] }

        var basis = (fr: "\(paid.frenchText) payés, \(owed.frenchText) dus", en: "\(paid) paid, \(owed) owed")
        if !credited.isZero {
            basis.fr += " après \(credited.frenchText) d'avoirs"
            basis.en += " after \(credited) of credit notes"
        }
        if !settlement.credits.refunded.isZero {
            basis.fr += ", \(settlement.credits.refunded.frenchText) déjà remboursés sur les avoirs"
            basis.en += ", \(settlement.credits.refunded) already refunded on the credit notes"
        }
        return [
            DepositRules.finding(
                refundTooLarge, entry,
                fr: "\(refunded.frenchText) remboursés sur la facture '\(number)' mais seuls \(allowance.frenchText) peuvent être rendus (\(basis.fr)) : vérifiez les remboursements",
                en: "\(refunded) refunded on invoice '\(number)' but only \(allowance) may go back (\(basis.en)): check the refunds")
        ]
    }
}

/// The amounts that settle an invoice besides its own payments: its credit notes and the deposits it deducts.
struct Settlement {
    let credits: Credits
    let deposits: Amount
}
