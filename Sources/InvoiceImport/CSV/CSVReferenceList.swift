/// Reads a preceding-invoice cell (BT-25) that may cite several invoices.
///
/// `facturaudit export --to csv` writes the numbers of a credit note's preceding invoices in one
/// cell, joined by `, `. Hand-made files also use `;` or `|`. A number may itself contain a space,
/// a slash or a dot (`FA 2025/12`), so the cell is split only when every part looks like an
/// invoice number: letters, digits and the usual separators, with at least one digit.
///
/// NOTE: one number that itself contains `, ` between two numbers (`F 12, 13`) is read back as two.
enum CSVReferenceList {
    /// The separators, tried in this order. Only the first one found in the cell is used.
    private static let separators = [";", "|", ", "]

    /// Returns the numbers the cell cites, in the order written: the cell itself when it does not
    /// split into invoice numbers.
    ///
    /// `FA-1, FA-2` gives `FA-1` and `FA-2`; `Facture 12, acompte` and `FA-1;` stay one number.
    static func numbers(_ cell: String) -> [String] {
        guard let separator = separators.first(where: cell.contains) else { return [cell] }
        let parts = cell.split(separator: separator, omittingEmptySubsequences: false)
            .map { String(CSVAmountParsing.trimmed($0)) }
        guard parts.count > 1, parts.allSatisfy(looksLikeNumber) else { return [cell] }
        return parts
    }

    /// True for a part such as `FA-2025-0001`, `2025/12` or `F 12`: letters, digits, spaces and
    /// `-`, `_`, `/`, `.`, `#`, with at least one digit and at most 40 characters.
    static func looksLikeNumber(_ part: String) -> Bool {
        guard !part.isEmpty, part.count <= 40, part.contains(where: \.isASCIIDigit) else { return false }
        return part.allSatisfy { $0.isLetter || $0.isNumber || " -_/.#".contains($0) }
    }
}
