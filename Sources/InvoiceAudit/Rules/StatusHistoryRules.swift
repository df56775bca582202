import InvoiceModel

/// FR-STAT-01: an issued document that later becomes a draft. An issued invoice is final: it is
/// corrected by a credit note or a corrective invoice, never taken back into a draft.
///
/// `check` compares sources: a draft in one command-line path with the number the same seller
/// issued in an older path (an earlier export). The store reports the same fact when a batch
/// imports as a draft a document that an earlier batch contains as issued, and `verify` when a
/// sealed document is a draft in the compared state. A sealed document that is gone altogether is
/// FR-CORR-02, and a document missing inside a series is FR-NUM-03.
public enum StatusHistoryRules {
    public static let issuedToDraft = RuleDescriptor(
        id: "FR-STAT-01", severity: .error,
        title: LocalizedText(
            fr: "document émis redevenu brouillon", en: "issued document turned back into a draft"),
        reference: LocalizedText(fr: "CGI art. 289-I-4 et 289-V; BOI-TVA-DECLA-30-20-20-10 §§ 70-100", en: "CGI art. 289-I-4 and 289-V; BOI-TVA-DECLA-30-20-20-10 §§ 70-100"))

    public static let descriptors = [issuedToDraft]

    public static func check(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        for entry in ledger.entries where entry.isDraft {
            guard let number = entry.number, let issued = ledger.issuedInOlderSource(than: entry) else { continue }
            findings.append(
                Finding(
                    rule: issuedToDraft, location: entry.source, documentNumber: number,
                    message: LocalizedText(
                        fr: "'\(number)', émis dans '\(issued.sourceName ?? "")' (\(issued.source.fullDescription)), est un brouillon dans '\(entry.sourceName ?? "")' : une facture émise ne redevient pas brouillon, corrigez-la par un avoir",
                        en: "'\(number)', issued in '\(issued.sourceName ?? "")' (\(issued.source.fullDescription)), is a draft in '\(entry.sourceName ?? "")': an issued invoice never goes back to draft, correct it with a credit note")))
        }
        return findings
    }

    /// FR-STAT-01 from the store: a document imported as a draft that `previous` held as issued.
    public static func draftVersionFinding(number: String, location: SourceLocation, previous: LocalizedText) -> Finding {
        Finding(
            rule: issuedToDraft, location: location, documentNumber: number,
            message: LocalizedText(
                fr: "'\(number)' est importé comme brouillon alors que \(previous.fr) est émise : une facture émise ne redevient pas brouillon, corrigez-la par un avoir",
                en: "'\(number)' is imported as a draft although \(previous.en) is issued: an issued invoice never goes back to draft, correct it with a credit note"))
    }

    /// FR-STAT-01 from `verify`: a sealed document that the compared state contains as a draft.
    public static func sealedDraftFinding(
        number: String, location: SourceLocation, sealID: Int, comparedName: LocalizedText
    ) -> Finding {
        Finding(
            rule: issuedToDraft, location: location, documentNumber: number,
            message: LocalizedText(
                fr: "'\(number)', scellé comme émis (sceau \(sealID)), est un brouillon dans \(comparedName.fr) : une facture émise ne redevient pas brouillon, corrigez-la par un avoir",
                en: "'\(number)', sealed as issued in seal \(sealID), is a draft in \(comparedName.en): an issued invoice never goes back to draft, correct it with a credit note"))
    }
}

extension Ledger {
    /// Returns the issued document of the same seller and number as draft `entry` from an older
    /// source, if any: the document went back to draft between two exports.
    func issuedInOlderSource(than entry: LedgerEntry) -> LedgerEntry? {
        guard entry.isDraft, let number = entry.number, let issued = issued(seller: entry.seller, number: number),
            issued.sourceIndex < entry.sourceIndex
        else { return nil }
        return issued
    }
}
