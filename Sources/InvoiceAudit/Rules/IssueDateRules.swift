import InvoiceModel

/// FR-MENT-12: an invoice bears its issue date (CGI ann. II art. 242 nonies A, I-6°), and a
/// document cannot have been issued after the day it is audited.
///
/// A missing date is reported once per issued document. BR-03 reports it on the documents the
/// EN 16931 rules check (XML, PDF, canonical JSON). FR-MENT-12 reports it on the others (CSV, FEC,
/// Stripe, JSON records, documents built in code).
///
/// The reference day of a future date is the configured as-of date, else the current date that
/// the caller passes in (``AuditConfiguration/today``). Without either that check stays silent,
/// because the library reads no clock.
public enum IssueDateRules {
    public static let issueDate = RuleDescriptor(
        id: "FR-MENT-12", severity: .error,
        title: LocalizedText(fr: "date d'émission absente ou dans le futur", en: "issue date missing or in the future"),
        reference: "CGI ann. II art. 242 nonies A, I-6°; CGI art. 289-I-3")

    public static let descriptors = [issueDate]

    public static func check(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft, document.status != .draft else { return [] }
        guard let issueDate = document.issueDate else { return missingDateFindings(document) }
        let configuration = context.configuration
        guard let reference = configuration.asOf ?? configuration.today, issueDate > reference else { return [] }
        let number = document.number ?? ""
        let message: (fr: String, en: String) =
            configuration.asOf != nil
            ? (
                "le document '\(number)' est daté du \(issueDate.frenchText), après la date d'appréciation du \(reference.frenchText) (--as-of) : corrigez la date d'émission ou la date d'appréciation",
                "document '\(number)' is dated \(issueDate), after the as-of date \(reference): correct the issue date or the as-of date"
            )
            : (
                "le document '\(number)' est daté du \(issueDate.frenchText), après aujourd'hui (\(reference.frenchText)) : corrigez la date d'émission",
                "document '\(number)' is dated \(issueDate), after today (\(reference)): correct the issue date"
            )
        return [Self.issueDate.finding(on: document, fr: message.fr, en: message.en)]
    }

    /// FR-MENT-12 on an issued document without an issue date, unless BR-03 reports it.
    private static func missingDateFindings(_ document: Document) -> [Finding] {
        guard !EN16931Rules.applies(to: document) else { return [] }
        let number = document.number?.trimmingSpaces ?? ""
        let message: (fr: String, en: String) =
            number.isEmpty
            ? (
                "document émis sans date d'émission (BT-2) : indiquez la date à laquelle la facture a été émise",
                "issued document without an issue date (BT-2): fill in the date the invoice was issued"
            )
            : (
                "le document émis '\(number)' n'a pas de date d'émission (BT-2) : indiquez la date à laquelle la facture a été émise",
                "issued document '\(number)' has no issue date (BT-2): fill in the date the invoice was issued"
            )
        return [Self.issueDate.finding(on: document, fr: message.fr, en: message.en)]
    }
}
