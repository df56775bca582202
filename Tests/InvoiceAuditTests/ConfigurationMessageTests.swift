import Foundation
import InvoiceAudit
import InvoiceModel
import Testing

/// Configuration values written in another case, and patterns whose counter width is out of range.
@Suite struct ConfigurationMessageTests {
    @Test func severityIsReadInAnyCase() throws {
        let configuration = try AuditConfiguration.load(
            json: Data("{\"rules\": {\"severity\": {\"FR-NUM-06\": \"Warning\", \"FR-NUM-03\": \"ERROR\"}}}".utf8),
            file: "facturaudit.json")
        #expect(configuration.severityOverrides == ["FR-NUM-06": .warning, "FR-NUM-03": .error])
    }

    @Test func unknownSeverityIsStillRejected() throws {
        let error = try #require(ConfigurationTestSupport.rejection("{\"rules\": {\"severity\": {\"FR-NUM-06\": \"Warn\"}}}"))
        #expect(error.message.en == "invalid value 'Warn': expected one of info, warning, error")
    }

    @Test(arguments: [
        (
            "FA-{counter:99}", "width 99 out of range in '{counter:99}' of pattern 'FA-{counter:99}': a counter has 1 to 18 digits",
            "largeur 99 hors limites dans '{counter:99}' du motif 'FA-{counter:99}' : le compteur a de 1 à 18 chiffres"
        ),
        (
            "FA-{counter:0}", "width 0 out of range in '{counter:0}' of pattern 'FA-{counter:0}': a counter has 1 to 18 digits",
            "largeur 0 hors limites dans '{counter:0}' du motif 'FA-{counter:0}' : le compteur a de 1 à 18 chiffres"
        ),
    ])
    func counterWidthOutOfRangeNamesTheRange(pattern: String, english: String, french: String) throws {
        let error = try #require(ConfigurationTestSupport.rejection("{\"series\": [{\"pattern\": \"\(pattern)\"}]}"))
        #expect(error.keyPath == "series[0].pattern")
        #expect(error.message.en == english)
        #expect(error.message.fr == french)
    }

    @Test func counterWidthsAtTheLimitsAreRead() throws {
        #expect(try NumberPattern(parsing: "FA-{counter:1}").description == "FA-{counter:1}")
        #expect(try NumberPattern(parsing: "FA-{counter:18}").description == "FA-{counter:18}")
        let unknown = #expect(throws: NumberPattern.SyntaxError.self) { try NumberPattern(parsing: "FA-{counter:x}") }
        #expect(unknown?.message.en == "unknown element '{counter:x}' in pattern 'FA-{counter:x}': use {yyyy}, {yy}, {mm}, {counter} or {counter:N}")
    }
}
