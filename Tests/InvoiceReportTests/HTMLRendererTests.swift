import InvoiceAudit
import InvoiceModel
@testable import InvoiceReport
import Testing

@Suite struct HTMLRendererTests {
    static let html = HTMLRenderer(language: .en, toolVersion: "9.9.9").render(ReportSample.journal())

    @Test func declaresContentSecurityPolicy() {
        #expect(Self.html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
    }

    @Test func loadsNothing() {
        for forbidden in ["http:", "https:", "<script", "<link", "<img", "<iframe", "@import", "url("] {
            #expect(!Self.html.contains(forbidden), "found \(forbidden)")
        }
        #expect(!Self.html.contains("src=\"//") && !Self.html.contains("href=\"//"))
    }

    @Test func escapesValuesInContentAndAttributes() {
        #expect(!Self.html.contains("<Arts>"))
        #expect(!Self.html.contains("<b>wrong</b>"))
        #expect(Self.html.contains("Café &quot;Les &lt;Arts&gt; &amp; Métiers&quot;, SARL"))
        #expect(Self.html.contains("total with VAT declared &quot;1,200.00&quot; &lt;b&gt;wrong&lt;/b&gt; &amp; to review; see line 2"))
        #expect(Self.html.contains("<code class=\"path\">=HYPERLINK(&quot;x&quot;) &amp; &lt;b&gt;.xml</code>"))
    }

    @Test func sectionsEndWithRulesThenFindings() {
        let html = Self.html
        let sections = [
            "id=\"summary\"", "id=\"matrix\"", "id=\"charts\"", "id=\"gaps\"", "id=\"import\"", "id=\"rules\"",
            "id=\"findings\"",
        ]
        let positions = sections.map { html.firstRange(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.contains("<code class=\"gap\">F-4…F-6</code> (3 missing numbers)"))
    }

    @Test func listsFindingsAsRowsLinkedToRules() {
        // The draft '=1+1' is in no series; its one finding points into the XML file, which the
        // heading names, so the row gives the line and element alone.
        let outside = [
            "<h3 id=\"outside-series\">Outside any series <span class=\"meta\">· 1 finding in ",
            "<code class=\"path\">=HYPERLINK(&quot;x&quot;) &amp; &lt;b&gt;.xml</code></span></h3>\n",
            "<table class=\"findings\">\n<thead><tr><th class=\"doc\">document</th><th class=\"loc line\">line</th>",
            "<th class=\"rid\">rule</th><th>message</th></tr></thead>\n<tbody>\n",
            "<tr><td class=\"doc\"><b>=1+1</b> <span class=\"meta\">2025-03-05</span></td><td class=\"loc\"><code>1 (/Invoice)</code></td>",
            "<td class=\"rid\"><a class=\"error\" href=\"#rule-BR-CO-15\">BR-CO-15</a> <span class=\"sev error\">error</span></td>",
            "<td>total with VAT declared &quot;1,200.00&quot; &lt;b&gt;wrong&lt;/b&gt; &amp; to review; see line 2</td></tr>\n</tbody>\n</table>\n",
        ]
        #expect(Self.html.contains(outside.joined()))
        // F-7 has two findings: its number and date span both rows.
        #expect(Self.html.contains(
            "<tr><td class=\"doc\" rowspan=\"2\"><b>F-7</b> <span class=\"meta\">2025-03-04</span></td><td class=\"loc\"><code>4</code></td>"
                + "<td class=\"rid\"><a class=\"error\" href=\"#rule-FR-NUM-03\">FR-NUM-03</a> <span class=\"sev error\">error</span></td>"))
        #expect(Self.html.contains(
            "<tr><td class=\"loc\"><code>4</code></td><td class=\"rid\"><a class=\"info\" href=\"#rule-FR-NUM-07\">FR-NUM-07</a> "
                + "<span class=\"sev info\">info</span></td><td>-draft; to check\non two lines</td></tr>"))
        // The reference is written once, in the rule's entry, not in the row.
        #expect(Self.html.components(separatedBy: "EN 16931-1 BR-CO-15; CEN EN 16931 validation artefacts 1.3.16").count == 2)
    }

    @Test func fullLocationsWhenSeriesSpansFiles() {
        let seller = Party(name: "Atelier", siren: "732829320")
        let entries = [
            Document(number: "F-1", issueDate: CivilDate(year: 2025, month: 1, day: 2), seller: seller,
                     source: InvoiceModel.SourceLocation(file: "a.csv", line: 2)),
            Document(number: "F-3", issueDate: CivilDate(year: 2025, month: 1, day: 3), seller: seller,
                     source: InvoiceModel.SourceLocation(file: "b.xml", line: 1)),
        ].map(LedgerEntry.init)
        var (findings, series) = Auditor().ledgerFindings(Ledger(entries: entries))
        findings.append(
            Finding(rule: NumberingRules.duplicate, location: InvoiceModel.SourceLocation(file: "a.csv", line: 2), documentNumber: "F-1",
                    message: LocalizedText(fr: "doublon", en: "duplicate")))
        let journal = Journal(
            files: [], findings: findings, series: series, documents: entries.map(DocumentRecord.init))
        let html = HTMLRenderer(language: .fr, toolVersion: "1").render(journal)
        #expect(html.contains("<span class=\"meta\">· 2 constats</span></h3>\n<table class=\"findings\">\n"
            + "<thead><tr><th class=\"doc\">document</th><th class=\"loc\">emplacement</th>"))
        #expect(html.contains("<td class=\"loc\"><code>a.csv:2</code></td>"))
        #expect(html.contains("<td class=\"loc\"><code>b.xml:1</code></td>"))
    }

    @Test(arguments: [
        (InvoiceModel.SourceLocation(file: "f.csv", line: 12), "12"),
        (InvoiceModel.SourceLocation(file: "f.xml", line: 3, element: "cbc:ID"), "3 (cbc:ID)"),
        (InvoiceModel.SourceLocation(file: "f.xlsx", line: 9, sheet: "Factures T1"), "'Factures T1'!9"),
        (InvoiceModel.SourceLocation(file: "f.xml", element: "/Invoice"), "(/Invoice)"),
        (InvoiceModel.SourceLocation(file: "f.xml"), "–"),
    ])
    func placeOmitsFile(location: InvoiceModel.SourceLocation, place: String) {
        #expect(HTMLFindingList.place(location) == place)
    }

    /// Returns a journal of one series, F-1, F-3, … F-47, in one file, so it has 23 gap findings.
    static func gappedJournal() -> Journal {
        let seller = Party(name: "Atelier", siren: "732829320")
        let entries = (1...24).map { index in
            Document(number: "F-\(2 * index - 1)", issueDate: CivilDate(year: 2025, month: 2, day: index), seller: seller,
                     source: InvoiceModel.SourceLocation(file: "ventes.csv", line: index + 1))
        }.map(LedgerEntry.init)
        let (findings, series) = Auditor().ledgerFindings(Ledger(entries: entries))
        return Journal(files: [], findings: findings, series: series, documents: entries.map(DocumentRecord.init))
    }

    @Test func explainsRuleOnceForManyFindings() throws {
        let journal = Self.gappedJournal()
        try #require(journal.findings.count == 23)
        let html = HTMLRenderer(language: .en, toolVersion: "1").render(journal)
        let explanation = try #require(RuleCatalogue.rule(id: "FR-NUM-03")?.explanation?.text(.en))
        #expect(html.components(separatedBy: escapedMarkup(explanation)).count == 2)
        #expect(html.components(separatedBy: "CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100").count == 2)
        #expect(html.components(separatedBy: "<td class=\"rid\"><a class=\"error\" href=\"#rule-FR-NUM-03\">FR-NUM-03</a>").count == 24)
        // Every finding keeps its document, date, line and message.
        for index in 2...24 {
            #expect(html.contains(
                "<tr><td class=\"doc\"><b>F-\(2 * index - 1)</b> <span class=\"meta\">2025-02-\(index < 10 ? "0" : "")\(index)</span></td>"
                    + "<td class=\"loc\"><code>\(index + 1)</code></td>"))
            #expect(html.contains("FR-NUM-03</a> <span class=\"sev error\">error</span></td><td>missing number in series F-{counter}: F-\(2 * index - 2)</td></tr>"))
        }
        #expect(html.contains("<span class=\"meta\">· 23 findings in <code class=\"path\">ventes.csv</code></span></h3>"))
        // All findings are in one series: the table per series and rule would repeat the summary.
        #expect(!html.contains("id=\"matrix\""))
    }

    @Test func countsFindingsPerSeriesAndRule() {
        #expect(Self.html.contains(
            "<thead><tr><th>series</th><th class=\"v\"><a href=\"#rule-BR-CO-15\"><span>BR-CO-15</span></a></th>"
                + "<th class=\"v\"><a href=\"#rule-FR-NUM-03\"><span>FR-NUM-03</span></a></th>"
                + "<th class=\"v\"><a href=\"#rule-FR-NUM-07\"><span>FR-NUM-07</span></a></th><th class=\"n\">total</th></tr></thead>"))
        #expect(Self.html.contains(
            "<td class=\"n zero\"></td><td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\"><b>3</b></td></tr>\n"
                + "<tr><td><a href=\"#outside-series\">Outside any series</a></td><td class=\"n\">1</td><td class=\"n zero\"></td>"
                + "<td class=\"n zero\"></td><td class=\"n\"><b>1</b></td></tr>"))
        #expect(Self.html.contains(
            "<tfoot><tr><th>total</th><th class=\"n\">1</th><th class=\"n\">2</th><th class=\"n\">1</th><th class=\"n\">4</th></tr></tfoot>"))
    }

    @Test func splitsMatrixBeyondSixteenRules() {
        var journal = ReportSample.journal()
        journal.findings += (1...17).map { index in
            let id = "T-\(index < 10 ? "0" : "")\(index)"
            let rule = RuleDescriptor(id: id, severity: .warning, title: LocalizedText(fr: id, en: id), reference: "")
            return Finding(rule: rule, location: InvoiceModel.SourceLocation(file: ReportSample.xmlFile, line: 1), documentNumber: "=1+1",
                           message: LocalizedText(fr: "m", en: "m"))
        }
        let html = HTMLRenderer(language: .en, toolVersion: "1").render(journal)
        // 20 rules: 16 columns in the first table, 4 and the totals in the second.
        #expect(html.components(separatedBy: "<table class=\"matrix\">").count == 3)
        #expect(html.contains("<span>T-13</span></a></th></tr></thead>"))
        #expect(html.contains("<thead><tr><th>series</th><th class=\"v\"><a href=\"#rule-T-14\"><span>T-14</span></a></th>"))
        #expect(html.contains("<th class=\"n\">1</th><th class=\"n\">21</th></tr></tfoot>"))
    }

    @Test func explainsEachRuleInvolvedOnce() {
        let html = Self.html
        #expect(html.components(separatedBy: "<div class=\"rule\" id=\"rule-FR-NUM-03\">").count == 2)
        #expect(html.contains(
            "<h3><code>FR-NUM-03</code> gap in the numbering</h3>\n<p class=\"meta\">default severity: error · reference: CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100</p>\n<p>Each numbering series is continuous"))
        #expect(!html.contains("id=\"rule-FR-CORR-05\""))
    }

    @Test func chartsCountFindingsPerMonthAndRule() {
        // F-3 (January) and F-7 (March, twice) in the CSV; the draft '=1+1' dated March.
        #expect(Self.html.contains("<title>2025-01 · error: 1</title>"))
        #expect(Self.html.contains("<title>2025-03 · error: 2</title>"))
        #expect(Self.html.contains("<title>2025-03 · info: 1</title>"))
        #expect(Self.html.contains(">2025-02</text>"))
        #expect(Self.html.contains(">FR-NUM-03</text>"))
    }

    @Test func printsOnA4WithPageBreaks() {
        #expect(Self.html.contains("@page{size:A4;margin:10mm 12mm}"))
        #expect(Self.html.contains("#findings{break-before:page}"))
        #expect(Self.html.contains("table.findings{font-size:8pt;line-height:1.15;font-stretch:condensed}"))
        #expect(Self.html.contains("table.findings tbody{break-inside:avoid}"))
    }

    @Test func verdictCountsRejectionsApartFromErrors() {
        // The sample holds 3 error findings and 1 rejected record, as its summary cards show.
        #expect(Self.html.contains("<div class=\"verdict error\">3 errors, 1 rejected record to fix</div>"))
        #expect(Self.html.contains("<span class=\"num\">3</span><span class=\"lbl\">errors</span>"))
        let french = HTMLRenderer(language: .fr, toolVersion: "1").render(ReportSample.journal())
        #expect(french.contains("<div class=\"verdict error\">3 erreurs, 1 rejet à corriger</div>"))
    }

    @Test func emptyJournalSaysNoFinding() {
        let html = HTMLRenderer(language: .fr, toolVersion: "1").render(Journal(files: [], findings: [], series: []))
        #expect(html.contains("<p class=\"empty\">aucun constat</p>"))
        #expect(html.contains("<div class=\"verdict clean\">aucune anomalie</div>"))
    }

    @Test(arguments: [(1, 1), (4, 1), (5, 1), (6, 2), (10, 2), (11, 5), (26, 10), (400, 100)])
    func tickStepsStayReadable(maximum: Int, step: Int) {
        #expect(HTMLChart.tickStep(maximum) == step)
    }
}
