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
        reference: LocalizedText(fr: "CGI art. 278 à 281 nonies (CIBS L. 213-x)", en: "CGI art. 278 to 281 nonies (CIBS L. 213-x)"))

    public static let descriptors = [mixedRates]

    public static func check(_ ledger: Ledger) -> [Finding] {
        var rates: [ItemRateIndex.ItemKey: [Amount: ItemRateIndex.RateUse]] = [:]
        for (key, uses) in ledger.itemRates.uses {
            // A seller known only by name counts with the registered seller it was joined to.
            guard let alias = ledger.sellerAliases[key.seller] else {
                rates[key, default: [:]].merge(uses, uniquingKeysWith: earlierFirst)
                continue
            }
            let joined = ItemRateIndex.ItemKey(seller: alias, origin: key.origin, key: key.key)
            rates[joined, default: [:]].merge(uses, uniquingKeysWith: earlierFirst)
        }
        return rates.keys.sorted().compactMap { key in
            guard let uses = rates[key], uses.count > 1 else { return nil }
            return finding(key, uses: uses)
        }
    }

    /// Joins two uses of one rate, keeping the earlier document as the example.
    private static func earlierFirst(_ lhs: ItemRateIndex.RateUse, _ rhs: ItemRateIndex.RateUse) -> ItemRateIndex.RateUse {
        var first = lhs.ordinal <= rhs.ordinal ? lhs : rhs
        first.lines = lhs.lines + rhs.lines
        return first
    }

    private static func finding(_ key: ItemRateIndex.ItemKey, uses: [Amount: ItemRateIndex.RateUse]) -> Finding {
        // The most used rate first, then by rate, so the order never depends on hashing.
        let ordered = uses.sorted { lhs, rhs in
            lhs.value.lines != rhs.value.lines ? lhs.value.lines > rhs.value.lines : lhs.key < rhs.key
        }
        // The finding points at the first document of the second rate: the one to look at.
        let located = ordered[1].value
        func parts(french: Bool) -> String {
            ordered.map { rate, use in
                let value = rate.rounded(toScale: rate.significantScale)
                let number = use.number ?? "?"
                let plural = use.lines == 1 ? "" : "s"
                return french
                    ? "\(value.frenchText) % sur \(use.lines) ligne\(plural), par exemple '\(number)'"
                    : "\(value)% on \(use.lines) line\(plural), for example '\(number)'"
            }.joined(separator: french ? " ; " : "; ")
        }
        let item: (fr: String, en: String)
        switch key.origin {
        case .sellerID: item = ("l'article de référence '\(key.key)'", "item with seller id '\(key.key)'")
        case .standardID: item = ("l'article d'identifiant '\(key.key)'", "item with standard id '\(key.key)'")
        case .name:
            // Names match without case or accents, so the message shows the earliest spelling.
            let written = uses.values.min { $0.ordinal < $1.ordinal }?.written ?? key.key
            item = ("l'article '\(written)'", "item '\(written)'")
        }
        return Finding(
            rule: mixedRates, location: located.source, documentNumber: located.number,
            message: LocalizedText(
                fr: "\(item.fr) est facturé à \(ordered.count) taux de TVA (\(parts(french: true))) : vérifiez que chaque taux correspond à la nature de la livraison ou de la prestation",
                en: "\(item.en) is billed at \(ordered.count) VAT rates (\(parts(french: false))): check that each rate fits what was supplied"))
    }
}
