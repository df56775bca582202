import InvoiceModel
import Testing

/// `trimmingSpaces` removes spaces, tabs, line breaks and no-break spaces at both ends only.
@Suite struct TrimmingSpacesTests {
    @Test func trimsBothEnds() {
        #expect(" FA-1 ".trimmingSpaces == "FA-1")
        #expect("\t\nFA-1\r".trimmingSpaces == "FA-1")
        #expect("\u{A0}FA 1\u{A0}".trimmingSpaces == "FA 1")
        #expect("  ".trimmingSpaces == "")
        #expect("".trimmingSpaces == "")
    }

    @Test func keepsTextWithoutSpacesAtEnds() {
        #expect("FA 1".trimmingSpaces == "FA 1")
        #expect("é".trimmingSpaces == "é")
        #expect("Ü\u{A0}x".trimmingSpaces == "Ü\u{A0}x")
        #expect("x\u{A0}".trimmingSpaces == "x")
        #expect("FA-1 x"[...].dropLast(2).trimmingSpaces == "FA-1")
    }

    @Test func keepsSpaceCarryingCombiningMark() {
        // A space followed by a combining accent is one Character, not a space.
        #expect(" \u{301}a ".trimmingSpaces == " \u{301}a")
    }
}
