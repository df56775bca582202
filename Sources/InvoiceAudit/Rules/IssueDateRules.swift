import InvoiceModel

/// FR-MENT-12: an invoice bears its issue date (CGI ann. II art. 242 nonies A, I-6°), and a
/// document cannot have been issued after the day it is audited.
///
/// The reference day is the configured as-of date, else the current date that the caller passes
/// in (``AuditConfiguration/today``). Without either the rule stays silent, because the library
/// reads no clock. A missing issue date is BR-03 of EN 16931.
public enum IssueDateRules {
    public static let futureIssueDate = RuleDescriptor(
        id: "FR-MENT-12", severity: .error,
        title: LocalizedText(fr: "date d'émission dans le futur", en: "issue date in the future"),
        reference: "CGI ann. II art. 242 nonies A, I-6°; CGI art. 289-I-3")

    public static let descriptors = [futureIssueDate]

    public static func check(_ document: Document, context: AuditContext) -> [Finding] {
        let configuration = context.configuration
        guard !document.isDraft, let issueDate = document.issueDate,
            let reference = configuration.asOf ?? configuration.today, issueDate > reference
        else { return [] }
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
        return [futureIssueDate.finding(on: document, fr: message.fr, en: message.en)]
    }
}
