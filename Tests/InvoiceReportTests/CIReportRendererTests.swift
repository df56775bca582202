import FoundationEssentials
import InvoiceAudit
import InvoiceModel
import Testing

@testable import InvoiceReport

/// JUnit, SARIF and Markdown, checked on the values CI tools read.
@Suite struct CIReportRendererTests {
    @Test func junitCountsMatchTestcases() {
        let xml = JUnitRenderer(language: .en).render(ReportSample.journal())
        // CSV: the rejection at line 5, F-1, and F-3 and F-7 after gaps; XML: the draft '=1+1'.
        #expect(xml.contains("<testsuites name=\"facturaudit\" tests=\"5\" failures=\"3\" errors=\"1\">"))
        #expect(xml.contains("<testsuite name=\"ventes; 2025 &quot;Q1&quot;.csv\" tests=\"4\" failures=\"2\" errors=\"1\" skipped=\"0\">"))
        #expect(xml.contains("<testsuite name=\"=HYPERLINK(&quot;x&quot;) &amp; &lt;b&gt;.xml\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\">"))
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 5)
    }

    @Test func junitPutsLowerSeveritiesInSystemOut() {
        let xml = JUnitRenderer(language: .en).render(ReportSample.journal())
        #expect(xml.contains("<system-out>ventes; 2025 &quot;Q1&quot;.csv:4: info: [FR-NUM-07] -draft; to check\\non two lines\n"))
        #expect(xml.contains("<error type=\"rejected\" message=\"unreadable amount &#39;=1,2,3&#39;\">"))
    }

    @Test func junitFailsOnInfoWhenAsked() {
        let xml = JUnitRenderer(language: .fr, failureLevel: .info).render(ReportSample.journal())
        #expect(xml.contains("tests=\"5\" failures=\"3\" errors=\"1\""))
        #expect(xml.contains("message=\"[FR-NUM-03] 3 numéros manquants dans la série F-{counter} : F-4 à F-6 (+1 autre)\""))
    }

    /// `--fail-on never`: no finding fails, as the exit code is 0; the rejection stays an error,
    /// as it gives exit code 2.
    @Test func junitFailsOnNothingWithNever() {
        let xml = JUnitRenderer(language: .en, failureLevel: nil).render(ReportSample.journal())
        #expect(xml.contains("<testsuites name=\"facturaudit\" tests=\"5\" failures=\"0\" errors=\"1\">"))
        #expect(!xml.contains("<failure"))
        #expect(xml.contains("<system-out>=HYPERLINK(&quot;x&quot;) &amp; &lt;b&gt;.xml:1 (/Invoice): error: [BR-CO-15]"))
    }

    @Test func sarifResultsPointAtRules() throws {
        let text = SARIFRenderer(language: .en, toolVersion: "9.9.9").render(ReportSample.journal())
        let log = try JSONDecoder().decode(SARIFProbe.self, from: Data(text.utf8))
        #expect(log.version == "2.1.0")
        let run = try #require(log.runs.first)
        #expect(run.tool.driver.name == "facturaudit")
        #expect(run.tool.driver.rules.map(\.id) == ["BR-CO-15", "FR-NUM-03", "FR-NUM-07"])
        for result in run.results {
            #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId)
        }
        #expect(run.results.map(\.level) == ["error", "error", "error", "note"])
        #expect(run.results.first?.locations.first?.physicalLocation.artifactLocation.uri
            == "%3DHYPERLINK%28%22x%22%29%20%26%20%3Cb%3E.xml")
        #expect(run.results.first?.locations.first?.physicalLocation.region?.startLine == 1)
    }

    @Test(arguments: [
        ("a b/é.csv", "a%20b/%C3%A9.csv"), ("/tmp/x.xml", "file:///tmp/x.xml"), ("50%.csv", "50%25.csv"),
    ])
    func sarifEscapesURIs(path: String, uri: String) {
        #expect(SARIFRenderer.uri(forPath: path) == uri)
    }

    @Test func sarifEncodesNameBytesNotTheirDisplay() {
        let latin = Array("sub/factur".utf8) + [0xE9] + Array(".csv".utf8)
        #expect(SARIFRenderer.uri(forPathBytes: latin) == "sub/factur%E9.csv")
        // A UTF-8 name spelled with a backslash keeps its own bytes.
        #expect(SARIFRenderer.uri(forPath: "sub/factur\\xE9.csv") == "sub/factur%5CxE9.csv")
        let location = SARIFRenderer.location(SourceLocation(file: "sub/factur\\xE9.csv", line: 2), pathBytes: latin)
        #expect(location.physicalLocation.artifactLocation.uri == "sub/factur%E9.csv")
        #expect(location.physicalLocation.region?.startLine == 2)
    }

    @Test func markdownEscapesCellsAndLimitsFindings() {
        let markdown = MarkdownRenderer(language: .en, findingLimit: 2).render(ReportSample.journal())
        #expect(markdown.contains("| `=HYPERLINK(\"x\") & <b>.xml:1 (/Invoice)` | error | BR-CO-15 | =1+1 | total with VAT declared \"1,200.00\" &lt;b&gt;wrong&lt;/b&gt; &amp; to review; see line 2 |") == false)
        #expect(markdown.contains("Café \"Les &lt;Arts&gt; &amp; Métiers\", SARL (SIREN 732829320)"))
        #expect(markdown.hasSuffix("… and 4 more: see the full journal (`--format html` or `text`).\n"))
        let french = MarkdownRenderer(language: .fr, findingLimit: 50).render(ReportSample.journal())
        #expect(french.contains("| `=HYPERLINK(\"x\") & <b>.xml:1 (/Invoice)` | erreur | BR-CO-15 | =1+1 | total TTC déclaré \"1 200,00\" &lt;b&gt;faux&lt;/b&gt; &amp; à revoir ; voir ligne 2 |"))
        #expect(french.contains("| `ventes; 2025 \"Q1\".csv:4` | info | FR-NUM-07 | F-7 | -brouillon; à vérifier sur deux lignes |"))
        #expect(!french.contains("autres : voir"))
    }
}

/// The parts of a SARIF log the tests read back.
private struct SARIFProbe: Decodable {
    struct Run: Decodable {
        struct Tool: Decodable {
            struct Driver: Decodable {
                struct Rule: Decodable { let id: String }
                let name: String
                let rules: [Rule]
            }
            let driver: Driver
        }
        struct Result: Decodable {
            struct Location: Decodable {
                struct Physical: Decodable {
                    struct Artifact: Decodable { let uri: String }
                    struct Region: Decodable { let startLine: Int }
                    let artifactLocation: Artifact
                    let region: Region?
                }
                let physicalLocation: Physical
            }
            let ruleId: String
            let ruleIndex: Int
            let level: String
            let locations: [Location]
        }
        let tool: Tool
        let results: [Result]
    }
    let version: String
    let runs: [Run]
}
