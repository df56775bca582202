import InvoiceModel

/// FR-VAT-02: one item billed at several VAT rates across one seller's documents.
///
/// Items are compared by ``ItemRate`` key, per seller, over issued documents and drafts alike
/// (a draft's rate is a choice the seller made too). One finding per item names each rate, its
/// number of lines and one document billed at it. It is information: the same name may cover
/// two supplies (a book and its e-book, a meal eaten in or taken away), so only a person can
/// tell whether a rate is wrong.
public enum ItemRateRules {
    public static let mixedRates = RuleDescriptor(
        id: "FR-VAT-02", severity: .info,
        title: LocalizedText(
            fr: "même article facturé à des taux de TVA différents", en: "same item billed at different VAT rates"),
        reference: "CGI art. 278 to 281 nonies (CIBS L. 213-x)")

    public static let descriptors = [mixedRates]

    private struct ItemKey: Hashable, Comparable {
        let seller: PartyKey
        let origin: ItemRate.Origin
        let key: String

        static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
            (lhs.seller, lhs.origin, lhs.key) < (rhs.seller, rhs.origin, rhs.key)
        }
    }

    /// How one item was billed at one rate: the lines, and the first document (in ledger order).
    private struct RateUse {
        var lines: Int
        let firstPosition: Int
    }

    public static func check(_ ledger: Ledger) -> [Finding] {
        var uses: [ItemKey: [Amount: RateUse]] = [:]
        var mixed: Set<ItemKey> = []
        for position in ledger.entries.indices {
            let entry = ledger.entries[position]
            for item in entry.itemRates {
                let key = ItemKey(seller: entry.seller, origin: item.origin, key: item.key)
                if uses[key]?[item.rate] != nil {
                    uses[key]?[item.rate]?.lines += item.lines
                    continue
                }
                uses[key, default: [:]][item.rate] = RateUse(lines: item.lines, firstPosition: position)
                if (uses[key]?.count ?? 0) > 1 { mixed.insert(key) }
            }
        }
        return mixed.sorted().compactMap { key in
            finding(key, rates: uses[key] ?? [:], ledger: ledger)
        }
    }

    private static func finding(_ key: ItemKey, rates: [Amount: RateUse], ledger: Ledger) -> Finding? {
        // The most used rate first, then by rate, so the order never depends on hashing.
        let ordered = rates.sorted { lhs, rhs in
            lhs.value.lines != rhs.value.lines ? lhs.value.lines > rhs.value.lines : lhs.key < rhs.key
        }
        guard ordered.count > 1 else { return nil }
        // The finding points at the first document of the second rate: the one to look at.
        let located = ledger.entries[ordered[1].value.firstPosition]
        func parts(french: Bool) -> String {
            ordered.map { rate, use in
                let value = rate.rescaled(to: rate.significantScale)
                let number = ledger.entries[use.firstPosition].number ?? "?"
                return french
                    ? "\(value.frenchText) % sur \(use.lines) ligne(s), par exemple '\(number)'"
                    : "\(value)% on \(use.lines) line(s), for example '\(number)'"
            }.joined(separator: french ? " ; " : "; ")
        }
        let item: (fr: String, en: String)
        switch key.origin {
        case .sellerID: item = ("l'article de référence '\(key.key)'", "item with seller id '\(key.key)'")
        case .standardID: item = ("l'article d'identifiant '\(key.key)'", "item with standard id '\(key.key)'")
        case .name: item = ("l'article '\(key.key)'", "item '\(key.key)'")
        }
        return Finding(
            rule: mixedRates, location: located.source, documentNumber: located.number,
            message: LocalizedText(
                fr: "\(item.fr) est facturé à \(ordered.count) taux de TVA (\(parts(french: true))) : vérifiez que chaque taux correspond à la nature de la livraison ou de la prestation",
                en: "\(item.en) is billed at \(ordered.count) VAT rates (\(parts(french: false))): check that each rate fits what was supplied"))
    }
}
