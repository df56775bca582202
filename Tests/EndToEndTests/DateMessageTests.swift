import Foundation
import Testing

/// `--as-of` dates that have the right form but are not in the calendar.
@Suite struct DateMessageTests {
    @Test(arguments: ["check", "aging", "dunning"])
    func asOfDayThatDoesNotExistIsNamed(command: String) throws {
        let english = try ToolRunner.run([command, "fixtures/demo", "--as-of", "2025-02-30", "--lang", "en"])
        #expect(english.status == 64)
        #expect(
            english.stderr.hasPrefix(
                "facturaudit: invalid value '2025-02-30' for --as-of: this date does not exist, February 2025 has 28 days\n"))
        let french = try ToolRunner.run([command, "fixtures/demo", "--as-of", "2025-02-30", "--lang", "fr"])
        #expect(french.status == 64)
        #expect(
            french.stderr.hasPrefix(
                "facturaudit : valeur '2025-02-30' invalide pour --as-of : cette date n'existe pas, février 2025 a 28 jours\n"))
    }

    @Test func asOfOutsideTheFormatStillShowsTheFormat() throws {
        let result = try ToolRunner.run(["aging", "fixtures/demo", "--as-of", "2025-13-01", "--lang", "en"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "facturaudit: invalid value '2025-13-01' for --as-of: expected a date in the format YYYY-MM-DD, such as 2025-06-30\n"))
    }
}
