import Foundation
import Testing

/// `--config` files that cannot configure a run: each message names the actual problem.
@Suite struct ConfigurationFileTests {
    @Test func emptyDeviceIsEmptyNotMissing() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--config", "/dev/null", "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "Error: configuration file '/dev/null' is empty: write a JSON object in it, {} at least, or drop --config\n")
        let french = try ToolRunner.run(["check", "fixtures/demo", "--config", "/dev/null", "--lang", "fr"])
        #expect(
            french.stderr
                == "Erreur : fichier de configuration '/dev/null' vide : écrivez-y un objet JSON, au moins {}, ou retirez --config\n")
    }

    @Test func missingFileIsNotFound() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--config", "no/such/facturaudit.json", "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "Error: configuration file 'no/such/facturaudit.json' not found or unreadable: check the path given to --config\n")
    }
}
