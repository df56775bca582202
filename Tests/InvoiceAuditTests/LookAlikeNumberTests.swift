import InvoiceAudit
import InvoiceModel
import Testing

/// FR-NUM-03 gaps whose missing number is in the data, written with another case, other dashes
/// or an invisible character.
@Suite struct LookAlikeNumberTests {
    typealias T = TestDocuments

    static func gapMessages(_ numbers: [String]) -> [LocalizedText] {
        let documents = numbers.enumerated().map { T.document($1, "2025-01-0\($0 + 1)", line: $0 + 2) }
        // Series of one look-alike number also start mid-period: only the gaps are checked here.
        return T.ledgerFindings(documents).filter { $0.ruleID == "FR-NUM-03" && $0.message.en.hasPrefix("missing number") }
            .map(\.message)
    }

    @Test func lowerCaseNumberIsNamed() {
        let messages = Self.gapMessages(["FA-2025-0001", "fa-2025-0002", "FA-2025-0003"])
        #expect(
            messages.map(\.en) == [
                "missing number in series FA-{yyyy}-{counter:4}: FA-2025-0002; 'fa-2025-0002' (ledger.csv:3) differs from FA-2025-0002 only by case, dashes or invisible characters: if it is that number, write it as the series does"
            ])
        #expect(
            messages.map(\.fr) == [
                "numéro manquant dans la série FA-{yyyy}-{counter:4} : FA-2025-0002 ; 'fa-2025-0002' (ledger.csv:3) ne diffère de FA-2025-0002 que par la casse, les tirets ou des caractères invisibles : si c'est ce numéro, écrivez-le comme la série"
            ])
    }

    @Test func dashesAndInvisibleCharactersAreEscaped() {
        let messages = Self.gapMessages([
            "FA-2025-0001", "FA\u{2011}2025\u{2011}0002", "FA-2025-0003", "FA-2025-0004\u{200B}", "FA-2025-0005",
        ])
        #expect(
            messages.map(\.en) == [
                "missing number in series FA-{yyyy}-{counter:4}: FA-2025-0002; 'FA\\u{2011}2025\\u{2011}0002' (ledger.csv:3) differs from FA-2025-0002 only by case, dashes or invisible characters: if it is that number, write it as the series does",
                "missing number in series FA-{yyyy}-{counter:4}: FA-2025-0004; 'FA-2025-0004\\u{200B}' (ledger.csv:5) differs from FA-2025-0004 only by case, dashes or invisible characters: if it is that number, write it as the series does",
            ])
    }

    @Test func gapWithoutLookAlikeKeepsItsMessage() {
        #expect(Self.gapMessages(["FA-2025-0001", "FB-2025-0002", "FA-2025-0003"]).map(\.en) == [
            "missing number in series FA-{yyyy}-{counter:4}: FA-2025-0002"
        ])
    }

    @Test func foldingAndEscaping() {
        #expect(LookAlikeNumbers.folded("Fa\u{2212}1\u{FEFF}") == "fa-1")
        #expect(LookAlikeNumbers.visible("F\u{2010}1\u{2060}") == "F\\u{2010}1\\u{2060}")
        #expect(LookAlikeNumbers.visible("F\u{2014}1\u{200D}", dashes: false) == "F\u{2014}1\\u{200D}")
        #expect(LookAlikeNumbers.visible("FA-1 — ok") == "FA-1 \\u{2014} ok")
    }
}
