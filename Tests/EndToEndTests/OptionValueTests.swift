import Foundation
import Testing

/// An option that needs a value never takes the next option as that value: a forgotten file name
/// after `--output` is a usage error, not a journal written to a file named `--lang`.
@Suite struct OptionValueTests {
    @Test func outputFollowedByOptionIsUsageErrorInEnglish() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--output", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            facturaudit: option --output requires a value, and '--lang' is an option: write the value right after --output, or --output=VALUE if it starts with a dash
            Run 'facturaudit help check' for the options.

            """)
        #expect(!FileManager.default.fileExists(atPath: ToolRunner.repositoryRoot.appendingPathComponent("--lang").path))
    }

    @Test func configFollowedByShortOptionIsUsageErrorInFrench() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--config", "-q"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(
            "facturaudit : l'option --config attend une valeur, et '-q' est une option : écrivez la valeur juste après --config, ou --config=VALEUR si elle commence par un tiret\n"))
    }

    @Test(arguments: [["--db", "--lang", "en"], ["-o", "--format", "json"], ["--baseline", "--quiet"]])
    func storeOutputAndBaselineRefuseAnOption(arguments: [String]) throws {
        let result = try ToolRunner.run(["check", "fixtures/demo"] + arguments + ["--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: option \(arguments[0]) requires a value, and '\(arguments[1])' is an option"))
    }

    @Test func negativeNumberStaysAValue() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--max-file-size", "-5", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: invalid value '-5' for --max-file-size"))
    }

    @Test func missingValueAtTheEndIsUsageError() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--output"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: option --output requires a value\n"))
    }

    @Test(arguments: [
        ["check", "fixtures/demo", "--quiet=no"], ["check", "fixtures/demo", "-q=false"],
        ["export", "fixtures/demo", "--to", "csv", "--quiet=0"], ["seal", "--db", "x.db", "--accept-changes=yes"],
    ])
    func flagWithValueIsUsageError(arguments: [String]) throws {
        let result = try ToolRunner.run(arguments + ["--lang", "en"])
        let flag = arguments.last!.split(separator: "=")
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(
            "facturaudit: option \(flag[0]) takes no value, and '\(flag[1])' was given: write \(flag[0]) alone to turn it on, or leave it out\n"))
    }

    @Test func helpWithValueIsUsageErrorInFrench() throws {
        let result = try ToolRunner.run(["check", "--help=non"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(
            "facturaudit : l'option --help ne prend pas de valeur, et 'non' lui est donnée : écrivez --help seule pour l'activer, ou omettez-la\n"))
    }

    @Test(arguments: ["check", "export", "import", "extract"])
    func hugeSizeIsNamedTooLarge(command: String) throws {
        let result = try ToolRunner.run([command, "fixtures/demo", "--max-file-size", "99999999999999999999999", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(
            "facturaudit: value '99999999999999999999999' too large for --max-file-size: at most 9223372036854775807\n"))
    }

    @Test func zeroBatchIsNotANumberTooLarge() throws {
        let result = try ToolRunner.run(["check", "--db", "x.db", "--batch", "000", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: invalid value '000' for --batch: expected a positive batch number\n"))
    }
}
