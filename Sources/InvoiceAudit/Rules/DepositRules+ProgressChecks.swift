import InvoiceModel

extension DepositRules {
    /// Checks FR-DEP-07 on one order: cumulative progress and cumulative amounts never go back, progress
    /// stays within 100 %, each situation bills the difference of two cumulative amounts, and the
    /// invoices, net of their credit notes, never exceed the order's total.
    static func progressFindings(_ group: OrderSituations) -> [Finding] {
        var findings: [Finding] = []
        let order = group.order
        var lastPercent: (Amount, LedgerEntry)?
        var lastAmount: (Amount, LedgerEntry)?
        var previous: LedgerEntry?
        for entry in group.uncancelledInvoices {
            defer { previous = entry }
            let number = entry.number ?? ""
            if let percent = entry.progress?.cumulativePercent {
                if let (earlier, earlierEntry) = lastPercent, percent < earlier {
                    findings.append(
                        finding(
                            progress, entry,
                            fr: "la situation '\(number)' déclare \(percent.frenchText) % d'avancement cumulé pour la commande '\(order)', moins que les \(earlier.frenchText) % de '\(earlierEntry.number ?? "")' : l'avancement cumulé ne recule pas",
                            en: "progress invoice '\(number)' states \(percent)% cumulative progress on order '\(order)', less than the \(earlier)% of '\(earlierEntry.number ?? "")': cumulative progress never goes back"))
                }
                if percent > Amount(100) {
                    findings.append(
                        finding(
                            progress, entry,
                            fr: "la situation '\(number)' déclare \(percent.frenchText) % d'avancement pour la commande '\(order)' : l'avancement ne dépasse pas 100 %",
                            en: "progress invoice '\(number)' states \(percent)% progress on order '\(order)': progress cannot exceed 100%"))
                }
                lastPercent = (percent, entry)
            }
            guard let cumulative = entry.progress?.cumulativeAmount else { continue }
            if let (earlier, earlierEntry) = lastAmount, cumulative < earlier {
                findings.append(
                    finding(
                        progress, entry,
                        fr: "la situation '\(number)' déclare un cumul de \(cumulative.frenchText) pour la commande '\(order)', moins que les \(earlier.frenchText) de '\(earlierEntry.number ?? "")' : le montant cumulé ne recule pas",
                        en: "progress invoice '\(number)' states a cumulative amount of \(cumulative) on order '\(order)', less than the \(earlier) of '\(earlierEntry.number ?? "")': the cumulative amount never goes back"))
            } else if let total = billedAmount(entry, in: group) {
                // Each situation bills the cumulative amount less the previous one, and the first
                // one (situation 1) bills its cumulative amount.
                var expected: (amount: Amount, fr: String, en: String)?
                if let (earlier, earlierEntry) = lastAmount, earlierEntry == previous {
                    let name = earlierEntry.number ?? ""
                    expected = (cumulative - earlier, "le cumul \(cumulative.frenchText) moins les \(earlier.frenchText) de '\(name)'", "the cumulative \(cumulative) less the \(earlier) of '\(name)'")
                } else if lastAmount == nil, previous == nil, entry.progress?.situationNumber == 1 {
                    expected = (cumulative, "son cumul de première situation", "its cumulative amount as the first situation")
                }
                if let expected, (total - expected.amount).magnitude > StatusRules.tolerance {
                    findings.append(
                        finding(
                            progress, entry,
                            fr: "la situation '\(number)' de la commande '\(order)' facture \(total.frenchText) TTC au lieu de \(expected.amount.frenchText), \(expected.fr) : facturez la différence des montants cumulés",
                            en: "progress invoice '\(number)' of order '\(order)' bills \(total) with VAT instead of \(expected.amount), \(expected.en): bill the difference of the cumulative amounts"))
                }
            }
            // A cumulative amount is with VAT, so it is compared with an order total with VAT only.
            if let orderTotal = orderTotal(at: entry, in: group), orderTotal.includesVAT, cumulative > orderTotal.amount {
                findings.append(
                    finding(
                        progress, entry,
                        fr: "la situation '\(number)' déclare un cumul de \(cumulative.frenchText) pour la commande '\(order)', plus que son total de \(orderTotal.amount.frenchText) : vérifiez le cumul ou le total de la commande",
                        en: "progress invoice '\(number)' states a cumulative amount of \(cumulative) on order '\(order)', more than its total of \(orderTotal.amount): check the cumulative amount or the order total"))
            }
            lastAmount = (cumulative, entry)
        }
        if let finding = exceededTotal(group) { findings.append(finding) }
        return findings
    }

    /// Returns the order's total known at `entry`: the last one stated up to it (a later amendment may
    /// raise it), else the first one stated after it, and whether it is with VAT (true unless its source
    /// marks it as without VAT).
    static func orderTotal(at entry: LedgerEntry, in group: OrderSituations) -> (amount: Amount, includesVAT: Bool)? {
        guard let position = group.invoices.firstIndex(of: entry) else { return nil }
        let progress = group.invoices[...position].reversed().lazy.compactMap(\.progress).first { $0.orderTotal != nil }
            ?? group.invoices[position...].lazy.compactMap(\.progress).first { $0.orderTotal != nil }
        guard let progress, let amount = progress.orderTotal else { return nil }
        return (amount, progress.orderTotalIncludesVAT ?? true)
    }

    /// Returns what `entry` bills on its order, with VAT unless `includingVAT` is false: its total,
    /// less the totals of the earlier invoices of the order it cites in BG-3. A final invoice (such
    /// as a final construction invoice, 877) bills the whole work again and deducts the situations it cites.
    static func billedAmount(_ entry: LedgerEntry, in group: OrderSituations, includingVAT: Bool = true) -> Amount? {
        let total: (LedgerEntry) -> Amount? = { includingVAT ? $0.taxInclusive : $0.taxExclusive }
        guard var amount = total(entry) else { return nil }
        var deducted = Set<String>()
        for reference in entry.precedingInvoices {
            let number = reference.number.trimmingSpaces
            guard number != entry.number, !deducted.contains(number),
                let cited = group.invoices.first(where: { $0.number == number }), cited.kind != .deposit
            else { continue }
            deducted.insert(number)
            amount -= total(cited) ?? .zero
        }
        return amount
    }

    /// Returns the finding on the invoice with which the order's invoices, net of every credit note on the order, first
    /// exceed its total, compared with VAT or without as the order total is. Deposit invoices are
    /// left out: the invoice that deducts them bills the whole amount again (FR-DEP-02 to 05 check them).
    private static func exceededTotal(_ group: OrderSituations) -> Finding? {
        var billed = Amount.zero
        var billedExcludingVAT = Amount.zero
        for entry in group.invoices where entry.kind != .deposit {
            billed += billedAmount(entry, in: group) ?? .zero
            billedExcludingVAT += billedAmount(entry, in: group, includingVAT: false) ?? .zero
            guard let stated = orderTotal(at: entry, in: group) else { continue }
            let orderTotal = stated.amount
            guard stated.includesVAT else {
                let net = billedExcludingVAT - group.creditedExcludingVAT
                guard net > orderTotal else { continue }
                return exceededTotalWithoutVAT(group, entry, net: net, orderTotal: orderTotal)
            }
            let net = billed - group.credited
            guard net > orderTotal else { continue }
            let number = entry.number ?? ""
            let order = group.order
            if group.credited.isZero {
                return finding(
                    progress, entry,
                    fr: "avec '\(number)', les factures de la commande '\(order)' atteignent \(net.frenchText), plus que son total de \(orderTotal.frenchText) : vérifiez les montants facturés",
                    en: "with '\(number)', the invoices of order '\(order)' reach \(net), more than its total of \(orderTotal): check the billed amounts")
            }
            return finding(
                progress, entry,
                fr: "avec '\(number)', les factures de la commande '\(order)' atteignent \(net.frenchText) après \(group.credited.frenchText) d'avoirs, plus que son total de \(orderTotal.frenchText) : vérifiez les montants facturés",
                en: "with '\(number)', the invoices of order '\(order)' reach \(net) after \(group.credited) of credit notes, more than its total of \(orderTotal): check the billed amounts")
        }
        return nil
    }

    /// Returns the finding of ``exceededTotal(_:)`` for an order total without VAT.
    private static func exceededTotalWithoutVAT(_ group: OrderSituations, _ entry: LedgerEntry, net: Amount, orderTotal: Amount) -> Finding {
        let number = entry.number ?? ""
        let credits = group.creditedExcludingVAT.isZero
        return finding(
            progress, entry,
            fr: "avec '\(number)', les factures de la commande '\(group.order)' atteignent \(net.frenchText) HT\(credits ? "" : " après \(group.creditedExcludingVAT.frenchText) HT d'avoirs"), plus que son total HT de \(orderTotal.frenchText) : vérifiez les montants facturés",
            en: "with '\(number)', the invoices of order '\(group.order)' reach \(net) without VAT\(credits ? "" : " after \(group.creditedExcludingVAT) of credit notes without VAT"), more than its total without VAT of \(orderTotal): check the billed amounts")
    }

    /// Checks FA-PROG-01 on one order: two uncancelled invoices with the same situation number, or a number
    /// skipped between two numbers given. A first number above 1 is not reported: the earlier
    /// situations may belong to an earlier export.
    static func sequenceFindings(_ group: OrderSituations) -> [Finding] {
        var findings: [Finding] = []
        let order = group.order
        var byNumber: [Int: [LedgerEntry]] = [:]
        for entry in group.uncancelledInvoices {
            guard let situation = entry.progress?.situationNumber else { continue }
            byNumber[situation, default: []].append(entry)
        }
        let numbers = byNumber.keys.sorted()
        for (index, situation) in numbers.enumerated() {
            guard let entries = byNumber[situation], let first = entries.first else { continue }
            for repeated in entries.dropFirst() {
                findings.append(
                    finding(
                        situationSequence, repeated,
                        fr: "les factures '\(first.number ?? "")' et '\(repeated.number ?? "")' sont toutes deux la situation \(situation) de la commande '\(order)' : numérotez chaque situation une seule fois, ou annulez la facture répétée par un avoir",
                        en: "invoices '\(first.number ?? "")' and '\(repeated.number ?? "")' are both situation \(situation) of order '\(order)': number each situation once, or cancel the repeated invoice with a credit note"))
            }
            guard index > 0, situation > numbers[index - 1] + 1, let before = byNumber[numbers[index - 1]]?.first else { continue }
            let missingFirst = numbers[index - 1] + 1
            let missingLast = situation - 1
            let single = missingFirst == missingLast
            let missingFR = single ? "la situation \(missingFirst) manque ; importez-la" : "les situations \(missingFirst) à \(missingLast) manquent ; importez-les"
            let missingEN = single ? "situation \(missingFirst) is missing; import it" : "situations \(missingFirst) to \(missingLast) are missing; import them"
            findings.append(
                finding(
                    situationSequence, first,
                    fr: "la facture '\(first.number ?? "")', situation \(situation) de la commande '\(order)', suit la situation \(numbers[index - 1]) '\(before.number ?? "")' : \(missingFR) ou corrigez la numérotation des situations",
                    en: "invoice '\(first.number ?? "")', situation \(situation) of order '\(order)', follows situation \(numbers[index - 1]) '\(before.number ?? "")': \(missingEN) or correct the situation numbers"))
        }
        return findings
    }
}
