import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// Terminal controls and bidirectional overrides from an export, written as visible `\u{HEX}`
/// escapes in the text journal, Markdown and CSV. A value then cannot move the cursor or erase a
/// finding from the screen.
@Suite struct ControlCharacterTests {
    static let file = "a`b\u{1B}[2K.csv"

    static func journal() -> Journal {
        let rule = RuleDescriptor(
            id: "FR-NUM-02", severity: .error, title: LocalizedText(fr: "doublon", en: "duplicate"), reference: "ref")
        let first = Finding(
            rule: rule, location: SourceLocation(file: file, line: 3), documentNumber: "F-1\u{1B}[1A\u{202E}",
            message: LocalizedText(fr: "numéro 'F-1\u{1B}[1A\u{202E}' répété", en: "number 'F-1\u{1B}[1A\u{202E}' repeated"))
        let second = Finding(
            rule: rule, location: SourceLocation(file: file, line: 4), documentNumber: "F-2",
            message: LocalizedText(fr: "numéro 'F-2' répété", en: "number 'F-2' repeated"), severity: .warning)
        let report = FileReport(path: file, format: .csv, imported: 1234, rejections: [], warnings: [])
        return Journal(files: [report], findings: [first, second], series: [])
    }

    @Test func singleLineEscapesEveryControlVisibly() {
        let text = "a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f\u{9B}g\u{202A}\u{202D}\u{202E}h\u{2066}\u{2069}i\u{2028}\n\r\tj\u{200B}é"
        #expect(singleLine(text) == #"a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f\u{9B}g\u{202A}\u{202D}\u{202E}h\u{2066}\u{2069}i\u{2028}\n\r\tj"# + "\u{200B}é")
        #expect(visibleControls(text) == #"a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f\u{9B}g\u{202A}\u{202D}\u{202E}h\u{2066}\u{2069}i\u{2028}"# + "\n\r\tj\u{200B}é")
        #expect(visibleLines("x\u{1B}[2K\ny\r") == #"x\u{1B}[2K"# + "\n" + #"y\r"#)
        #expect(singleLine("Atelier Dupont — Société") == "Atelier Dupont — Société")
    }

    @Test(arguments: [Language.fr, .en])
    func textJournalHasNoRawControl(language: Language) {
        let text = TextRenderer(language: language).render(Self.journal())
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        let expected = language == .en
            ? #"a`b\u{1B}[2K.csv:3: error: [FR-NUM-02] number 'F-1\u{1B}[1A\u{202E}' repeated"#
            : #"a`b\u{1B}[2K.csv:3: erreur: [FR-NUM-02] numéro 'F-1\u{1B}[1A\u{202E}' répété"#
        #expect(text.hasPrefix(expected + "\n"))
    }

    @Test(arguments: [Language.fr, .en])
    func csvReportHasNoRawControl(language: Language) {
        let csv = CSVRenderer(language: language).render(Self.journal())
        #expect(!csv.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        let expected = language == .en
            ? #"a`b\u{1B}[2K.csv,3,error,FR-NUM-02,F-1\u{1B}[1A\u{202E},number 'F-1\u{1B}[1A\u{202E}' repeated,"#
            : #"a`b\u{1B}[2K.csv;3;erreur;FR-NUM-02;F-1\u{1B}[1A\u{202E};numéro 'F-1\u{1B}[1A\u{202E}' répété;"#
        #expect(csv.contains("\r\n" + expected))
    }

    @Test(arguments: [Language.fr, .en])
    func markdownHasNoRawControlAndShowsBackticks(language: Language) {
        let markdown = MarkdownRenderer(language: language).render(Self.journal())
        #expect(!markdown.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        let severity = language == .en ? "error" : "erreur"
        let message = language == .en
            ? #"number 'F-1\\u{1B}\[1A\\u{202E}' repeated"# : #"numéro 'F-1\\u{1B}\[1A\\u{202E}' répété"#
        #expect(markdown.contains(
            #"| `` a`b\u{1B}[2K.csv:3 `` | "# + severity + #" | FR-NUM-02 | F-1\\u{1B}\[1A\\u{202E} | "# + message + " |\n"))
    }
}

/// The HTML page and the JUnit report write the same visible escapes: a U+202E in an invoice
/// number would otherwise reverse the text that the accountant reads after it.
@Suite struct MarkupControlCharacterTests {
    @Test(arguments: [Language.fr, .en])
    func htmlPageHasNoRawControl(language: Language) {
        let html = HTMLRenderer(language: language, toolVersion: "1.0").render(ControlCharacterTests.journal())
        #expect(!html.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{FFFD}" })
        let message = language == .en
            ? #">FR-NUM-02</a> <span class="sev error">error</span></td><td>number &#39;F-1\u{1B}[1A\u{202E}&#39; repeated</td></tr>"#
            : #">FR-NUM-02</a> <span class="sev error">erreur</span></td><td>numéro &#39;F-1\u{1B}[1A\u{202E}&#39; répété</td></tr>"#
        #expect(html.contains(message))
        #expect(html.contains(#"<tr><td class="doc"><b>F-1\u{1B}[1A\u{202E}</b></td><td class="loc"><code>3</code></td>"#))
        #expect(html.contains(#"<code class="path">a`b\u{1B}[2K.csv</code>"#))
    }

    @Test func htmlKeepsOrdinaryText() {
        let html = HTMLRenderer(language: .fr, toolVersion: "1.0").render(ControlCharacterTests.journal())
        #expect(html.contains("<span class=\"sev warning\">avertissement</span></td><td>numéro &#39;F-2&#39; répété</td></tr>"))
    }

    @Test func junitAttributesHaveNoRawControl() {
        let junit = JUnitRenderer(language: .en).render(ControlCharacterTests.journal())
        #expect(!junit.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{FFFD}" })
        #expect(junit.contains(#"message="[FR-NUM-02] number &#39;F-1\u{1B}[1A\u{202E}&#39; repeated""#))
        #expect(junit.contains(#"<testsuite name="a`b\u{1B}[2K.csv""#))
    }
}
