import InvoiceModel

/// Partial and progress invoices (factures de situation) against their order.
///
/// The invoices of one order, per seller, are those whose ``ProgressBilling`` names the order.
/// They are read in situation order: by situation number when each of them gives one, else by
/// issue date, then by invoice number. An invoice that credit notes cancel in full leaves the
/// sequence. Credit notes that cite an invoice of the order, or that name the order themselves,
/// reduce what the order billed.
extension DepositRules {
    public static let situationSequence = RuleDescriptor(
        id: "FA-PROG-01", severity: .warning,
        title: LocalizedText(
            fr: "numéro de situation manquant ou répété dans une commande",
            en: "situation number missing or repeated within an order"),
        reference: "pratique des factures de situation (marchés de travaux)")

    /// The invoices of one order and the credit notes on them.
    struct OrderSituations {
        var order: String
        /// Invoices other than credit notes, in situation order.
        var invoices: [LedgerEntry]
        /// Amounts cancelled on each invoice by the credit notes that cite only that invoice, by invoice number.
        var creditedByInvoice: [String: Amount] = [:]
        /// Every credit note on the order, with VAT.
        var credited = Amount.zero
        /// Every credit note on the order, without VAT, for an order total without VAT.
        var creditedExcludingVAT = Amount.zero

        /// The invoices that credit notes do not cancel in full.
        var uncancelledInvoices: [LedgerEntry] {
            invoices.filter { entry in
                guard let number = entry.number, let credit = creditedByInvoice[number], let total = entry.taxInclusive else { return true }
                return credit < total.magnitude
            }
        }
    }

    /// Checks FR-DEP-07 and FA-PROG-01 on every order of every seller.
    static func progressFindings(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        for group in orderSituations(ledger) {
            findings += progressFindings(group)
            findings += sequenceFindings(group)
        }
        return findings
    }

    /// Returns the order a document bills part of, trimmed, when it names one.
    static func order(of entry: LedgerEntry) -> String? {
        guard let order = entry.progress?.orderReference?.trimmingSpaces, !order.isEmpty else { return nil }
        return order
    }

    /// Groups the issued documents of French sellers by seller and order, sorted by both.
    static func orderSituations(_ ledger: Ledger) -> [OrderSituations] {
        var groups: [PartyKey: [String: OrderSituations]] = [:]
        var credits: [LedgerEntry] = []
        for entry in ledger.entries where entry.isIssued && !entry.sellerIsForeign {
            if entry.kind == .creditNote {
                credits.append(entry)
                continue
            }
            guard let order = order(of: entry) else { continue }
            groups[entry.seller, default: [:]][order, default: OrderSituations(order: order, invoices: [])].invoices.append(entry)
        }
        var orderOfInvoice: [PartyKey: [String: String]] = [:]
        for (seller, orders) in groups {
            for (order, group) in orders {
                for number in group.invoices.compactMap(\.number) where orderOfInvoice[seller]?[number] == nil {
                    orderOfInvoice[seller, default: [:]][number] = order
                }
            }
        }
        for credit in credits {
            let cited = credit.precedingInvoices.map { $0.number.trimmingSpaces }
            guard let order = cited.lazy.compactMap({ orderOfInvoice[credit.seller]?[$0] }).first ?? order(of: credit),
                groups[credit.seller]?[order] != nil
            else { continue }
            let amount = credit.taxInclusive?.magnitude ?? .zero
            groups[credit.seller]?[order]?.credited += amount
            groups[credit.seller]?[order]?.creditedExcludingVAT += credit.taxExclusive?.magnitude ?? .zero
            if cited.count == 1, orderOfInvoice[credit.seller]?[cited[0]] == order {
                groups[credit.seller]?[order]?.creditedByInvoice[cited[0], default: .zero] += amount
            }
        }
        var result: [OrderSituations] = []
        for seller in groups.keys.sorted() {
            for (_, group) in (groups[seller] ?? [:]).sorted(by: { $0.key < $1.key }) {
                var sorted = group
                sorted.invoices = inSituationOrder(group.invoices)
                result.append(sorted)
            }
        }
        return result
    }

    /// Sorts by situation number when every invoice gives one, else by issue date, then by number.
    static func inSituationOrder(_ entries: [LedgerEntry]) -> [LedgerEntry] {
        let numbered = entries.allSatisfy { $0.progress?.situationNumber != nil }
        return entries.sorted { lhs, rhs in
            if numbered, let left = lhs.progress?.situationNumber, let right = rhs.progress?.situationNumber, left != right {
                return left < right
            }
            let left = lhs.issueDate?.dayNumber ?? 0
            let right = rhs.issueDate?.dayNumber ?? 0
            if left != right { return left < right }
            let order = NaturalOrder.compare(lhs.number ?? "", rhs.number ?? "")
            return order != 0 ? order < 0 : lhs.source < rhs.source
        }
    }
}
