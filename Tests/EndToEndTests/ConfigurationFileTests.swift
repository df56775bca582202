import Foundation
import Testing

/// `--config` files that cannot configure a run: each message names the actual problem.
@Suite struct ConfigurationFileTests {
    @Test func emptyDeviceIsEmptyNotMissing() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--config", "/dev/null", "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "facturaudit: configuration file '/dev/null' is empty: write a JSON object in it, {} at least, or drop --config\n")
        let french = try ToolRunner.run(["check", "fixtures/demo", "--config", "/dev/null", "--lang", "fr"])
        #expect(
            french.stderr
                == "facturaudit : fichier de configuration '/dev/null' vide : écrivez-y un objet JSON, au moins {}, ou retirez --config\n")
    }

    @Test func missingFileIsNotFound() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--config", "no/such/facturaudit.json", "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "facturaudit: configuration file 'no/such/facturaudit.json' not found or unreadable: check the path given to --config\n")
    }
}

/// A single-value option given twice keeps its last value, `--lang` included.
@Suite struct RepeatedOptionTests {
    @Test func lastLanguageWins() throws {
        let english = try ToolRunner.run(["check", "fixtures/demo", "--lang", "fr", "--lang", "en", "--fail-on", "never"])
        #expect(english.stdout.hasSuffix("\nSummary: 4 files; 25 documents read, 25 imported, 0 rejected; 4 errors, 2 warnings, 1 info\n"))
        let french = try ToolRunner.run(["--lang", "en", "check", "fixtures/demo", "--lang=fr", "--fail-on", "never"])
        #expect(french.stdout.hasSuffix("\nBilan : 4 fichiers ; 25 documents lus, 25 importés, 0 rejeté ; 4 erreurs, 2 avertissements, 1 info\n"))
    }

    @Test func lastFormatWins() throws {
        let text = try ToolRunner.run(["check", "fixtures/demo", "--format", "json", "--format", "text", "--lang", "en", "--fail-on", "never"])
        #expect(text.stdout.hasPrefix("fixtures/demo/"))
    }
}
