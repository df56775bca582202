/// Reads a preceding-invoice cell (BT-25) that may cite several invoices, and the date cell that
/// may give one date per cited invoice (BT-26).
///
/// `facturaudit export --to csv` writes the numbers of a credit note's preceding invoices in one
/// cell, joined by `, `, and their dates in the same order in the date cell. Hand-made files and
/// other tools also use `;`, `|` or `,` without a space. A number may itself contain a space, a
/// slash or a dot (`FA 2025/12`), so the cell is split only when every part looks like an invoice
/// number: letters, digits and the usual separators, with at least one digit. A cell such as
/// `1,250` (digits in groups of three) is one number, not two.
///
/// NOTE: one number that itself contains `, ` between two numbers (`F 12, 13`) is read back as two.
enum CSVReferenceList {
    /// The separators, tried in this order. Only the first one found in the cell is used.
    private static let separators = [";", "|", ", ", ","]

    /// Returns the numbers the cell cites, in the order written: the cell itself when it does not
    /// split into invoice numbers.
    ///
    /// `FA-1, FA-2` and `FA-1,FA-2` give `FA-1` and `FA-2`; `Facture 12, acompte`, `FA-1;` and
    /// `1,250` stay one number.
    static func numbers(_ cell: String) -> [String] {
        guard let parts = parts(cell), parts.allSatisfy(looksLikeNumber), !looksLikeGroupedDigits(cell) else { return [cell] }
        return parts
    }

    /// Returns the trimmed parts of `cell` split at the first separator it holds, or `nil` when it
    /// holds none.
    static func parts(_ cell: String) -> [String]? {
        guard let separator = separators.first(where: cell.contains) else { return nil }
        let parts = cell.split(separator: separator, omittingEmptySubsequences: false)
            .map { String(CSVAmountParsing.trimmed($0)) }
        return parts.count > 1 ? parts : nil
    }

    /// True for a part such as `FA-2025-0001`, `2025/12` or `F 12`: letters, digits, spaces and
    /// `-`, `_`, `/`, `.`, `#`, with at least one digit and at most 40 characters.
    static func looksLikeNumber(_ part: String) -> Bool {
        guard !part.isEmpty, part.count <= 40, part.contains(where: \.isASCIIDigit) else { return false }
        return part.allSatisfy { $0.isLetter || $0.isNumber || " -_/.#".contains($0) }
    }

    /// True for digits grouped in threes by commas, `1,250` or `12,500,000`, which read as one
    /// number rather than a list.
    private static func looksLikeGroupedDigits(_ cell: String) -> Bool {
        let groups = cell.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
