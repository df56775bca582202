import Foundation
import InvoiceStore
import Testing

@testable import facturaudit

/// Values of `SOURCE_DATE_EPOCH` outside years 1970 to 9999, or not whole numbers, which give a
/// warning on standard error and the system clock instead of a crash.
@Suite struct SourceDateEpochTests {
    static let ignored = [
        "-9223372036854775807", "-922337203685477580", "9223372036854775807", "99999999999999999999", "abc",
        "253402300800", "-1",
    ]

    @Test(arguments: ignored)
    func invalidValueIsWarned(value: String) throws {
        let result = try ToolRunner.run(
            ["check", "fixtures/demo", "--fail-on", "never", "--lang", "en"], environment: ["SOURCE_DATE_EPOCH": value])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("4 errors, 2 warnings, 1 info\n"))
        #expect(result.stderr == "facturaudit: SOURCE_DATE_EPOCH='\(value)' ignored: expected whole seconds since 1970, "
            + "from 0 to 253402300799 (years 1970 to 9999); the system clock is used\n")
    }

    @Test func frenchWarning() throws {
        let result = try ToolRunner.run(["explain", "FR-NUM-01"], environment: ["SOURCE_DATE_EPOCH": "1e9"])
        #expect(result.status == 0)
        #expect(result.stderr == "facturaudit : SOURCE_DATE_EPOCH='1e9' ignorée : attendu un nombre entier de secondes "
            + "depuis 1970, de 0 à 253402300799 (années 1970 à 9999) ; l'horloge du système est utilisée\n")
    }

    @Test func validValuesFixTheDay() {
        #expect(CurrentDate.fromEnvironment(["SOURCE_DATE_EPOCH": "1762257600"]).description == "2025-11-04")
        #expect(CurrentDate.fromEnvironment(["SOURCE_DATE_EPOCH": "253402300799"]).description == "9999-12-31")
        #expect(CurrentDate.fromEnvironment(["SOURCE_DATE_EPOCH": "0"]).description == "1970-01-01")
        #expect(StoreClock.fromEnvironment(["SOURCE_DATE_EPOCH": "253402300799"]).timestamp() == "9999-12-31T23:59:59Z")
        #expect(StoreClock.fromEnvironment(["SOURCE_DATE_EPOCH": "9223372036854775807"]).timestamp().hasPrefix("20"))
        #expect(SourceDateEpoch.warning(["SOURCE_DATE_EPOCH": ""]) == nil)
    }
}
