import InvoiceModel

/// FA-NUM-01: issued documents whose number has no counter to place it in a series, because it
/// has no digit (`ABC`) or a trailing run of more than 18 digits.
///
/// Gaps, chronology and restarts are checked only inside series, so these numbers would otherwise
/// pass unchecked. One finding per seller, at its first such document.
public enum UncountedNumberRules {
    public static let uncounted = RuleDescriptor(
        id: "FA-NUM-01", severity: .warning,
        title: LocalizedText(
            fr: "numéro sans compteur : continuité non vérifiable", en: "number without a counter: continuity not checkable"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A, I-7° (suite chronologique et continue)", en: "CGI ann. II art. 242 nonies A, I-7° (unbroken chronological sequence)"))

    public static let descriptors = [uncounted]

    /// The maximum count of numbers a finding quotes. The total count covers the rest.
    static let quotedNumbers = 5

    public static func check(_ ledger: Ledger) -> [Finding] {
        var sellers: [PartyKey] = []
        var uncountedBySeller: [PartyKey: [LedgerEntry]] = [:]
        for entry in ledger.entries where entry.isIssued && entry.inferredNumber == nil {
            guard let number = entry.number, !number.trimmingSpaces.isEmpty else { continue }
            if uncountedBySeller[entry.seller] == nil { sellers.append(entry.seller) }
            uncountedBySeller[entry.seller, default: []].append(entry)
        }
        return sellers.compactMap { seller in
            guard let entries = uncountedBySeller[seller], let first = entries.first else { return nil }
            return Finding(
                rule: uncounted, location: first.source, documentNumber: first.number,
                message: message(numbers: entries.compactMap(\.number)))
        }
    }

    static func message(numbers: [String]) -> LocalizedText {
        var quoted = numbers.prefix(quotedNumbers).map { "'\($0)'" }.joined(separator: ", ")
        if numbers.count > quotedNumbers { quoted += ", …" }
        guard numbers.count > 1 else {
            return LocalizedText(
                fr: "le numéro \(quoted) n'a pas de compteur (aucun chiffre, ou plus de 18 chiffres à la suite) : il n'entre dans aucune série, donc sa continuité n'est pas vérifiée ; numérotez les factures avec un compteur continu",
                en: "number \(quoted) has no counter (no digit, or more than 18 digits in a row): it belongs to no series, so its continuity is not checked; number invoices with a continuous counter")
        }
        return LocalizedText(
            fr: "\(LocalizedText.frenchInteger(numbers.count)) numéros n'ont pas de compteur (aucun chiffre, ou plus de 18 chiffres à la suite) : \(quoted) ; ils n'entrent dans aucune série, donc leur continuité n'est pas vérifiée ; numérotez les factures avec un compteur continu",
            en: "\(numbers.count) numbers have no counter (no digit, or more than 18 digits in a row): \(quoted); they belong to no series, so their continuity is not checked; number invoices with a continuous counter")
    }
}
