import InvoiceModel

/// FR-NUM-09: a series kept for one establishment (`series[].establishment`, its SIRET) numbers
/// documents of another establishment of the same company.
///
/// Separate series are allowed when the business justifies them, for example one per site, and
/// each must keep being used for that purpose. Only issued documents whose seller gives a SIRET
/// are judged; a SIRET of another SIREN belongs to another company, which this series does not
/// number. One finding per series and establishment, at its first document.
public enum SeriesEstablishmentRules {
    public static let drift = RuleDescriptor(
        id: "FR-NUM-09", severity: .warning,
        title: LocalizedText(
            fr: "série utilisée par un autre établissement que le sien", en: "series used by another establishment than its own"),
        reference: LocalizedText(fr: "BOI-TVA-DECLA-30-20-20-10 §§ 70-100 (séries distinctes justifiées)", en: "BOI-TVA-DECLA-30-20-20-10 §§ 70-100 (justified separate series)"))

    public static let descriptors = [drift]

    private struct Key: Hashable {
        let pattern: String
        let actual: String
    }

    public static func check(_ ledger: Ledger) -> [Finding] {
        var order: [Key] = []
        var documents: [Key: [LedgerEntry]] = [:]
        for entry in ledger.entries where entry.isIssued {
            guard let establishment = entry.establishment, establishment.isDrift else { continue }
            let key = Key(pattern: establishment.pattern, actual: establishment.actual)
            if documents[key] == nil { order.append(key) }
            documents[key, default: []].append(entry)
        }
        return order.compactMap { key in
            guard let entries = documents[key], let first = entries.first, let expected = first.establishment?.expected
            else { return nil }
            let count = entries.count
            let numbers =
                count == 1
                ? "'\(first.number ?? "")'"
                : "'\(first.number ?? "")' … '\(entries.last?.number ?? "")'"
            return Finding(
                rule: drift, location: first.source, documentNumber: first.number,
                message: LocalizedText(
                    fr: "la série \(key.pattern), réservée à l'établissement '\(expected)', numérote \(LocalizedText.countFR(count, "document", "documents")) de l'établissement '\(key.actual)' (\(numbers)) : numérotez-les dans la série de cet établissement ou corrigez 'establishment' dans la configuration",
                    en: "series \(key.pattern), kept for establishment '\(expected)', numbers \(LocalizedText.countEN(count, "document", "documents")) of establishment '\(key.actual)' (\(numbers)): number them in that establishment's series or correct 'establishment' in the configuration"))
        }
    }
}
