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

    @Test func showsSummaryChartsGapsAndFindings() {
        let html = Self.html
        let sections = ["id=\"summary\"", "id=\"charts\"", "id=\"gaps\"", "id=\"import\"", "id=\"findings\"", "id=\"rules\""]
        let positions = sections.map { html.firstRange(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.contains("<code class=\"gap\">F-4…F-6</code> (3 missing numbers)"))
        #expect(html.contains("<dt>reference</dt><dd>EN 16931-1 BR-CO-15; CEN EN 16931 validation artefacts 1.3.16</dd>"))
        #expect(html.contains("<dt>rule</dt><dd><a href=\"#rule-FR-NUM-03\">gap in the numbering</a></dd>"))
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
        #expect(Self.html.contains("@page{size:A4;margin:14mm}"))
        #expect(Self.html.contains("#findings{break-before:page}"))
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
