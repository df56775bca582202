import InvoiceModel
import Testing

/// French text groups the digits of a count by three with a narrow no-break space (U+202F).
@Suite struct FrenchIntegerTests {
    @Test func groupsDigitsByThree() {
        #expect(LocalizedText.frenchInteger(0) == "0")
        #expect(LocalizedText.frenchInteger(999) == "999")
        #expect(LocalizedText.frenchInteger(1000) == "1\u{202F}000")
        #expect(LocalizedText.frenchInteger(150000) == "150\u{202F}000")
        #expect(LocalizedText.frenchInteger(1234567) == "1\u{202F}234\u{202F}567")
        #expect(LocalizedText.frenchInteger(-19949) == "-19\u{202F}949")
    }

    @Test func countsUseTheGrouping() {
        #expect(LocalizedText.countFR(150000, "document", "documents") == "150\u{202F}000 documents")
        #expect(LocalizedText.countEN(150000, "document", "documents") == "150000 documents")
    }
}
