import InvoiceModel

/// Recognises a journal, aging or dunning report facturaudit wrote in a format other than CSV,
/// whose reports ``CSVNonInvoiceFile`` recognises by their headers. A report saved in the audited
/// folder then gets one clear rejection on the next run instead of a parse error.
enum OwnReport {
    /// Returns the `--format` value of the journal in `bytes`, or `nil` for other content. Only the
    /// first and last kilobyte are read, plus a search for the tool name in a SARIF log.
    static func format(of bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).trimmingPrefix("\u{FEFF}")
        let tail = String(decoding: bytes.suffix(1024), as: UTF8.self)
        if head.hasPrefix("{") {
            if head.contains("sarif-2.1.0") { return containsToolName(bytes) ? "sarif" : nil }
            // The aging and dunning reports start with their as-of date, keys being sorted.
            if isReceivablesJSON(head) { return containsToolName(bytes) ? "json" : nil }
            // JSON keys are sorted, so the journal ends with its `tool` object.
            let isJournal = tail.contains("\"tool\" : {") && tail.contains("\"name\" : \"facturaudit\"")
            return isJournal ? "json" : nil
        }
        if head.hasPrefix("## facturaudit") { return "markdown" }
        if head.hasPrefix("<!DOCTYPE html>"), head.contains("<meta name=\"generator\" content=\"facturaudit") {
            return "html"
        }
        if head.contains("<testsuites name=\"facturaudit\"") { return "junit" }
        return isTextJournal(tail) || isReceivablesText(head) ? "text" : nil
    }

    /// The titles of the aging and dunning text reports, in French and English.
    private static let receivablesTitles = ["Balance âgée des créances", "Accounts receivable aging", "Relances dues", "Reminders due"]

    /// Returns true when the first line is an aging or dunning title and the second gives the as-of date.
    private static func isReceivablesText(_ head: Substring) -> Bool {
        let lines = head.split(whereSeparator: \.isNewline).prefix(2)
        guard lines.count == 2, let title = lines.first, receivablesTitles.contains(String(title)) else { return false }
        let second = lines[lines.index(after: lines.startIndex)]
        return second.hasPrefix("As-of date") || second.hasPrefix("Date d'appréciation")
    }

    /// Returns true when the JSON starts as an aging (`buckets`) or dunning (`belowFirstStep`) report does.
    private static func isReceivablesJSON(_ head: Substring) -> Bool {
        let compact = head.filter { !$0.isWhitespace }
        return compact.hasPrefix("{\"asOf\":{") && (compact.contains("\"buckets\":[") || compact.contains("\"belowFirstStep\":"))
    }

    /// True when the last line is the text journal's summary, in French or English.
    private static func isTextJournal(_ tail: String) -> Bool {
        guard let last = tail.split(whereSeparator: \.isNewline).last else { return false }
        return (last.hasPrefix("Summary: ") && last.contains(" read, ") && last.contains(" imported, "))
            || (last.hasPrefix("Bilan : ") && last.contains(" lu") && last.contains(" importé"))
    }

    /// True when the SARIF log names facturaudit as its tool.
    private static func containsToolName(_ bytes: [UInt8]) -> Bool {
        let needle = Array("\"name\" : \"facturaudit\"".utf8)
        guard bytes.count >= needle.count else { return false }
        var index = 0
        while let start = bytes[index...].firstIndex(of: needle[0]) {
            if bytes[start...].starts(with: needle) { return true }
            index = start + 1
        }
        return false
    }
}
