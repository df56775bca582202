import InvoiceModel

/// FR-REF-03: a credit note used twice, refunded to the customer and imputed on another invoice
/// for more than its amount.
///
/// A refund is a payment recorded on the credit note (every payment on a credit note is a
/// refund, whatever its sign). An imputation is an invoice of the same seller that cites the
/// credit note in BG-3 and deducts it in its prepaid amount (BT-113), as a final invoice deducts a
/// deposit: the part of BT-113 that the cited deposit invoices do not explain is imputed on the
/// cited credit notes in citation order, each up to its amount, and the last one takes what
/// remains.
///
/// Like declared statuses, the refunds and imputations are judged at the export's own date (see
/// ``Ledger/defaultAsOfDate(today:)``): refunds dated and invoices issued after it do not count.
/// The configured as-of date does not apply: it only decides which invoices are overdue
/// (FR-STAT-07), and an earlier one must not hide a credit note the export shows used twice.
public enum CreditImputationRules {
    public static let usedBeyondAmount = RuleDescriptor(
        id: "FR-REF-03", severity: .error,
        title: LocalizedText(
            fr: "avoir remboursé et imputé au-delà de son montant",
            en: "credit note refunded and imputed beyond its amount"),
        reference: LocalizedText(fr: "CGI art. 272-1 et 289-I-5; C. com. L123-22", en: "CGI art. 272-1 and 289-I-5; C. com. L123-22"))

    public static let descriptors = [usedBeyondAmount]

    /// The imputations of one credit note: their amount and the invoice numbers, in ledger order.
    private struct Imputation {
        var amount = Amount.zero
        var invoices: [String] = []
    }

    public static func check(_ ledger: Ledger, statusDate: CivilDate?) -> [Finding] {
        let imputations = imputedCreditNotes(ledger, statusDate: statusDate)
        guard !imputations.isEmpty else { return [] }
        var findings: [Finding] = []
        for position in imputations.keys.sorted() {
            let credit = ledger.entries[position]
            guard let imputation = imputations[position], let total = credit.taxInclusive?.magnitude else { continue }
            let refunded = credit.payments.filter { payment in
                guard let statusDate, let date = payment.date else { return true }
                return date <= statusDate
            }.reduce(Amount.zero) { $0 + $1.amount.magnitude }
            let used = refunded + imputation.amount
            guard used > total + StatusRules.tolerance else { continue }
            let number = credit.number ?? ""
            let invoices = imputation.invoices.map { "'\($0)'" }.joined(separator: ", ")
            findings.append(
                Finding(
                    rule: usedBeyondAmount, location: credit.source, documentNumber: credit.number,
                    message: LocalizedText(
                        fr: "l'avoir '\(number)' de \(total.frenchText) est remboursé \(refunded.frenchText) et imputé \(imputation.amount.frenchText) sur \(invoices), soit \((used - total).frenchText) de trop : annulez le remboursement ou l'imputation en excès",
                        en: "credit note '\(number)' of \(total) is refunded \(refunded) and imputed \(imputation.amount) on \(invoices), \(used - total) too much: cancel the refund or the imputation in excess")))
        }
        return findings
    }

    /// Returns the imputations on each issued credit note, by its position in the ledger.
    private static func imputedCreditNotes(_ ledger: Ledger, statusDate: CivilDate?) -> [Int: Imputation] {
        var result: [Int: Imputation] = [:]
        var positions: [PartyKey: [String: Int]]?
        for entry in ledger.entries where entry.isIssued && entry.kind != .creditNote {
            guard let prepaid = entry.prepaid?.magnitude, prepaid > .zero, !entry.precedingInvoices.isEmpty else { continue }
            if let statusDate, let date = entry.issueDate, date > statusDate { continue }
            let known = positions ?? creditNotePositions(ledger)
            positions = known
            var credits: [Int] = []
            var remaining = prepaid
            for reference in entry.precedingInvoices {
                let cited = reference.number.trimmingSpaces
                if let position = known[entry.seller]?[cited] {
                    if !credits.contains(position) { credits.append(position) }
                } else if let deposit = ledger.issued(seller: entry.seller, number: cited), deposit.kind == .deposit {
                    remaining -= deposit.taxInclusive?.magnitude ?? .zero
                }
            }
            for (index, position) in credits.enumerated() where remaining > .zero {
                let available = ledger.entries[position].taxInclusive?.magnitude ?? .zero
                let share = index == credits.count - 1 ? remaining : min(remaining, available)
                remaining -= share
                result[position, default: Imputation()].amount += share
                result[position, default: Imputation()].invoices.append(entry.number ?? "")
            }
        }
        return result
    }

    /// Returns the position of each issued credit note, by seller and number.
    private static func creditNotePositions(_ ledger: Ledger) -> [PartyKey: [String: Int]] {
        var positions: [PartyKey: [String: Int]] = [:]
        for position in ledger.entries.indices {
            let entry = ledger.entries[position]
            guard entry.isIssued, entry.kind == .creditNote, let number = entry.number else { continue }
            if positions[entry.seller]?[number] == nil { positions[entry.seller, default: [:]][number] = position }
        }
        return positions
    }
}
