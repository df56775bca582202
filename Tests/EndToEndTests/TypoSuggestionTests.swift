import Foundation
import InvoiceModel
import Testing

@testable import facturaudit

/// Mistyped options and option values get the same "did you mean" in every command, and
/// enumerated values are accepted whatever their case.
@Suite struct TypoSuggestionTests {
    @Test(arguments: [
        ("verify", "--hlep", "--help"),
        ("check", "--outptu", "--output"),
        ("seal", "--acept-changes", "--accept-changes"),
        ("export", "--mappnig", "--mapping"),
        ("rules", "--fromat", "--format"),
    ])
    func optionTypoNamesOption(command: String, typo: String, expected: String) throws {
        let result = try ToolRunner.run([command, typo, "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "facturaudit: unknown option '\(typo)' for \(command): did you mean '\(expected)'?\n"
                + "Run 'facturaudit help \(command)' for the options.\n")
    }

    @Test func helpTypoIsSuggestedInFrench() throws {
        let result = try ToolRunner.run(["verify", "--hlep"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "facturaudit : option inconnue '--hlep' pour verify : vouliez-vous dire '--help' ?\n"
                + "Lancez 'facturaudit help verify' pour les options.\n")
    }

    @Test func failOnPluralIsSuggested() throws {
        let english = try ToolRunner.run(["check", "fixtures/demo", "--fail-on", "warnings", "--lang", "en"])
        #expect(english.status == 64)
        #expect(
            english.stderr.hasPrefix(
                "facturaudit: invalid value 'warnings' for --fail-on (did you mean 'warning'?): "
                    + "expected one of error, warning, info, never\n"))
        let french = try ToolRunner.run(["verify", "--db", "x.db", "--fail-on", "warnings"])
        #expect(french.status == 64)
        #expect(
            french.stderr.hasPrefix(
                "facturaudit : valeur 'warnings' invalide pour --fail-on (vouliez-vous dire 'warning' ?) : "
                    + "valeurs possibles error, warning, info, never\n"))
    }

    @Test func distantValueGetsNoSuggestion() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "pdf", "--lang", "en"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "facturaudit: invalid value 'pdf' for --format: expected one of text, json, csv, lines-csv, html, "
                    + "junit, sarif, markdown\n"))
    }

    @Test func formatIgnoresCase() throws {
        let upper = try ToolRunner.run(["check", "fixtures/demo", "--format", "JSON", "--lang", "en"])
        let lower = try ToolRunner.run(["check", "fixtures/demo", "--format", "json", "--lang", "en"])
        #expect(upper.status == 1)
        #expect(upper.stderr.isEmpty)
        #expect(upper.stdout == lower.stdout)
        #expect(upper.stdout.hasPrefix("{\n"))
    }

    @Test func languageIgnoresCase() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "EN", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains(#""language" : "en""#))
    }

    @Test(arguments: [
        (["rules", "--format", "jsno"], "invalid value 'jsno' for --format (did you mean 'json'?): expected one of text, json, markdown"),
        (["export", "fixtures/demo", "--to", "cvs"], "invalid value 'cvs' for --to (did you mean 'csv'?): expected one of canonical-json, csv, lines-csv, fec"),
        (["explain", "FR-NUM-03", "--lang", "eng"], "invalid value 'eng' for --lang (did you mean 'en'?): expected one of fr, en"),
        (["extract", "x.pdf", "--lang", "de"], "invalid value 'de' for --lang: expected one of fr, en"),
        (["export", "fixtures/demo", "--to", "json"], "invalid value 'json' for --to (did you mean 'canonical-json'?): expected one of canonical-json, csv, lines-csv, fec"),
        (["export", "fixtures/demo", "--to", "lines"], "invalid value 'lines' for --to (did you mean 'lines-csv'?): expected one of canonical-json, csv, lines-csv, fec"),
    ])
    func valueTypoInEveryCommand(arguments: [String], message: String) throws {
        let result = try ToolRunner.run(arguments, environment: ["FACTURAUDIT_LANG": "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: " + message + "\n"))
    }

    @Test func rulesFormatIgnoresCase() throws {
        let result = try ToolRunner.run(["rules", "--format", "Markdown", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# facturaudit rules\n"))
    }

    @Test func hintNamesOnlyNearWord() {
        #expect(
            Suggestion.hint(for: "warnings", among: ["error", "warning"])
                == LocalizedText(fr: " (vouliez-vous dire 'warning' ?)", en: " (did you mean 'warning'?)"))
        #expect(Suggestion.hint(for: "pdf", among: ["json", "csv"]).en == "")
        #expect(Suggestion.closest(to: "JSON", among: ["text", "json"]) == "json")
        #expect(Suggestion.distance("jsno", "json") == 1)
        #expect(Suggestion.distance("--hlep", "--help") == 1)
        #expect(Suggestion.distance("ab", "ba") == 1)
        #expect(Suggestion.distance("abc", "ca") == 3)
    }

    @Test func hyphenatedPartNamesItsCandidate() {
        let targets = ["canonical-json", "csv", "lines-csv", "fec"]
        #expect(Suggestion.closest(to: "json", among: targets) == "canonical-json")
        #expect(Suggestion.closest(to: "JSON", among: targets) == "canonical-json")
        #expect(Suggestion.closest(to: "canonical", among: targets) == "canonical-json")
        // `csv` is a part of `lines-csv` but also a candidate itself: the exact match is not a typo.
        #expect(Suggestion.closest(to: "xml", among: targets) == nil)
        // A part shared by two candidates names neither.
        #expect(Suggestion.closest(to: "json", among: ["canonical-json", "json-lines"]) == nil)
        #expect(Suggestion.closest(to: "-", among: targets) == nil)
    }
}
