import InvoiceAudit
import InvoiceImport
import InvoiceModel

/// Reads the value of `--as-of`, for `check`, `aging` and `dunning`.
enum AsOfOption {
    /// The date of `text`, which must be `YYYY-MM-DD` and a day of the calendar.
    static func date(_ text: String) throws(UsageError) -> CivilDate {
        if let date = CivilDate(isoText: text) { return date }
        if let match = text.wholeMatch(of: /([0-9]{4})-([0-9]{2})-([0-9]{2})/), let year = Int(match.1),
            let month = Int(match.2), let day = Int(match.3), (1...12).contains(month), (1...31).contains(day)
        {
            let days = CivilDate.daysInMonth(year: year, month: month)
            throw UsageError(
                message: LocalizedText(
                    fr: "valeur '\(text)' invalide pour --as-of : cette date n'existe pas, \(DateWords.frenchMonth(month)) \(year) a \(days) jours",
                    en: "invalid value '\(text)' for --as-of: this date does not exist, \(DateWords.englishMonth(month)) \(year) has \(days) days"))
        }
        throw UsageError(
            message: LocalizedText(
                fr: "valeur '\(text)' invalide pour --as-of : date d'appréciation attendue au format AAAA-MM-JJ, comme 2025-06-30",
                en: "invalid value '\(text)' for --as-of: expected a date in the format YYYY-MM-DD, such as 2025-06-30"))
    }
}
