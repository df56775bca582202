import InvoiceAudit
import Testing

@Suite struct FrenchIdentifierTests {
    @Test(arguments: ["732829320", "812 476 356", "356000000", "552100554", "732.829.320"])
    func validSIRENs(_ siren: String) {
        #expect(FrenchIdentifier.isValidSIREN(siren))
    }

    // Full-width digits are not ASCII digits, and a SIREN followed by one more digit is too long.
    @Test(arguments: ["732829321", "12345678", "81247635A", "8124763560", "", "７３２８２９３２０", "7328293200"])
    func invalidSIRENs(_ siren: String) {
        #expect(!FrenchIdentifier.isValidSIREN(siren))
    }

    @Test func siretUsesLuhnExceptForLaPoste() {
        #expect(FrenchIdentifier.isValidSIRET("81247635600017"))
        #expect(!FrenchIdentifier.isValidSIRET("81247635600018"))
        // La Poste: digit sum 3+5+6+4+9+8+3+7 = 45, a multiple of 5, though the Luhn check fails.
        #expect(FrenchIdentifier.isValidSIRET("35600000049837"))
        #expect(!FrenchIdentifier.isValidSIRET("35600000049838"))
        #expect(FrenchIdentifier.isValidSIRET("812 476 356 00017"))
        #expect(!FrenchIdentifier.isValidSIRET("8124763560001"))
        #expect(!FrenchIdentifier.isValidSIRET("８１２４７６３５６００００１７"))
    }

    /// A digit with a combining accent is one character that sorts between "0" and "9"; without
    /// the ASCII test, La Poste's digit-sum rule accepted this one (sum 15).
    @Test func siretRejectsAccentedDigit() {
        #expect(FrenchIdentifier.isValidSIRET("35600000001000"))
        #expect(!FrenchIdentifier.isValidSIRET("3560000000\u{301}1000"))
        #expect(!FrenchIdentifier.isValidSIREN("81247635\u{301}6"))
    }

    @Test func vatKeyFollowsTheFormula() {
        #expect(FrenchIdentifier.vatKey(siren: "732829320") == "44")
        #expect(FrenchIdentifier.vatKey(siren: "812476356") == "82")
        #expect(FrenchIdentifier.checkVATNumber("FR44732829320") == .valid(siren: "732829320"))
        #expect(FrenchIdentifier.checkVATNumber("FR45732829320") == .wrongKey(siren: "732829320", expected: "44"))
        #expect(FrenchIdentifier.checkVATNumber("FRAB732829320") == .unverifiableKey(siren: "732829320"))
        #expect(FrenchIdentifier.checkVATNumber("FR4473282932") == .malformed)
        #expect(FrenchIdentifier.checkVATNumber("DE123456789") == nil)
    }
}
