import InvoiceAudit
import InvoiceModel

/// The fixed wording of the aging and dunning reports in one language, and their number format.
struct ReceivablesWords {
    let language: Language

    func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    var colon: String { pick(" : ", ": ") }

    /// Writes an amount for a person, with at least two decimals. French groups thousands with a
    /// narrow no-break space and uses a decimal comma (`1 848,24`), as the journal writes counts.
    /// English writes plain digits (`1848.24`).
    func amount(_ value: Amount) -> String {
        let text = value.formatted(minimumScale: 2)
        guard language == .fr else { return text }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let whole = Int(parts[0]).map(LocalizedText.frenchInteger) ?? String(parts[0])
        let fraction = parts.count > 1 ? "," + parts[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }

    /// Writes an amount for a machine: a point, no grouping, at least two decimals.
    static func machineAmount(_ value: Amount) -> String {
        value.formatted(minimumScale: 2)
    }

    func count(_ value: Int) -> String {
        language == .fr ? LocalizedText.frenchInteger(value) : String(value)
    }

    /// `Name (SIREN 123456789)`, the name alone for a party known only by name, or the identity.
    func party(_ key: PartyKey, name: String?, unknown: String) -> String {
        if key == .unknown || key.isUnidentified { return name ?? unknown }
        let identity = identity(key)
        guard let name else { return identity }
        return key.value.hasPrefix("NAME:") ? name : "\(name) (\(identity))"
    }

    func buyer(_ key: PartyKey, name: String?) -> String {
        party(key, name: name, unknown: pick("acheteur non identifié", "unidentified buyer"))
    }

    func seller(_ key: PartyKey, name: String?) -> String {
        party(key, name: name, unknown: pick("vendeur non identifié", "unidentified seller"))
    }

    /// `SIREN 123456789`, `TVA FR…`, or the normalised name, for a party key.
    func identity(_ key: PartyKey) -> String {
        JournalWords(language: language).identity(key)
    }

    /// Writes the as-of line as the journal writes it.
    func asOf(_ asOf: AsOfDate) -> String {
        JournalWords(language: language).asOf(asOf)
    }

    func dueDateNote(defaultTermDays: Int) -> String {
        pick(
            "Échéance : celle de la facture, sinon la date d'émission + \(defaultTermDays) jours (aging.defaultTermDays), marquée *",
            "Due date: the invoice's, else the issue date + \(defaultTermDays) days (aging.defaultTermDays), marked *")
    }

    func currencyNote(_ currency: String, count: Int) -> String {
        pick(
            "\(LocalizedText.countFR(count, "facture sans devise comptée", "factures sans devise comptées")) en \(currency) (aging.defaultCurrency), marquée\(count > 1 ? "s" : "") †",
            "\(LocalizedText.countEN(count, "invoice", "invoices")) without a currency counted in \(currency) (aging.defaultCurrency), marked †")
    }

    var unreliableHeading: String {
        pick("Documents au montant incertain, hors balance", "Documents with an unreliable amount, left out")
    }

    func summary(_ open: OpenReceivables) -> String {
        let counts = open.counts
        let items =
            language == .fr
            ? [
                LocalizedText.countFR(open.receivables.count, "facture ouverte", "factures ouvertes"),
                LocalizedText.countFR(counts.settled, "soldée", "soldées"),
                LocalizedText.countFR(counts.paidByStatus, "payée selon son seul statut", "payées selon leur seul statut"),
                LocalizedText.countFR(counts.creditNotes, "avoir imputé", "avoirs imputés"),
                LocalizedText.countFR(open.unreliable.count, "document incertain", "documents incertains"),
                LocalizedText.countFR(counts.drafts, "brouillon", "brouillons"),
                LocalizedText.countFR(counts.cancelled, "annulé", "annulés"),
                LocalizedText.countFR(counts.issuedAfterAsOf, "émis après la date d'appréciation", "émis après la date d'appréciation"),
            ]
            : [
                LocalizedText.countEN(open.receivables.count, "open invoice", "open invoices"),
                "\(counts.settled) settled",
                "\(counts.paidByStatus) paid by status alone",
                LocalizedText.countEN(counts.creditNotes, "credit note matched", "credit notes matched"),
                LocalizedText.countEN(open.unreliable.count, "unreliable document", "unreliable documents"),
                LocalizedText.countEN(counts.drafts, "draft", "drafts"),
                "\(counts.cancelled) cancelled",
                "\(counts.issuedAfterAsOf) issued after the as-of date",
            ]
        var extra: [String] = []
        if counts.copies > 0 {
            extra.append(
                language == .fr
                    ? LocalizedText.countFR(counts.copies, "copie identique ignorée", "copies identiques ignorées")
                    : LocalizedText.countEN(counts.copies, "identical copy left out", "identical copies left out"))
        }
        if counts.otherVersions > 0 {
            extra.append(
                language == .fr
                    ? LocalizedText.countFR(counts.otherVersions, "autre version d'un numéro incertain", "autres versions de numéros incertains")
                    : LocalizedText.countEN(counts.otherVersions, "other version of an unreliable number", "other versions of unreliable numbers"))
        }
        return pick("Bilan", "Summary") + colon + (items + extra).joined(separator: ", ")
    }
}
