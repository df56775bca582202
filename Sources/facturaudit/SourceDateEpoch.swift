import InvoiceModel

/// Reads `SOURCE_DATE_EPOCH`, the reproducible-builds variable that fixes "now" for tests and
/// documentation: whole seconds since 1970-01-01 UTC.
///
/// Only days from 1970 to 9999 are taken. Any other value, or text that is not a whole number, is
/// ignored with a warning (``warning(_:)``) and the system clock is used.
enum SourceDateEpoch {
    /// The last second of 9999-12-31 UTC.
    static let latest: Int64 = 253_402_300_799

    /// Returns the seconds the variable gives, or `nil` when it is unset, empty or ignored.
    static func seconds(_ environment: [String: String]) -> Int64? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), (0...latest).contains(seconds)
        else { return nil }
        return seconds
    }

    /// Returns the warning for a value that is set but ignored, or `nil`.
    static func warning(_ environment: [String: String]) -> LocalizedText? {
        guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty, seconds(environment) == nil else { return nil }
        let quoted = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return LocalizedText(
            fr: "SOURCE_DATE_EPOCH='\(quoted)' ignorée : attendu un nombre entier de secondes depuis 1970, de 0 à "
                + "\(latest) (années 1970 à 9999) ; l'horloge du système est utilisée",
            en: "SOURCE_DATE_EPOCH='\(quoted)' ignored: expected whole seconds since 1970, from 0 to \(latest) "
                + "(years 1970 to 9999); the system clock is used")
    }
}
