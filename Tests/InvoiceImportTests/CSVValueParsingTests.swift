import InvoiceModel
import Testing

@testable import InvoiceImport

@Suite struct CSVValueParsingTests {
    @Test(arguments: [
        ("19,90", DecimalSeparator.comma, "19.90"),
        ("1 250,00", .comma, "1250.00"),
        ("1\u{A0}250,00", .comma, "1250.00"),
        ("1\u{202F}250,00", .comma, "1250.00"),
        ("14 812,37", .comma, "14812.37"),
        ("1.250,00", .comma, "1250.00"),
        ("1,020.00", .point, "1020.00"),
        ("1,234,567.5", .point, "1234567.5"),
        ("$13.50", .point, "13.50"),
        ("12,50 €", .comma, "12.50"),
        ("€12.50", .point, "12.50"),
        ("EUR 12.50", .point, "12.50"),
        ("12.50 EUR", .point, "12.50"),
        ("-120,00", .comma, "-120.00"),
        ("-€12.50", .point, "-12.50"),
        ("(12.50)", .point, "-12.50"),
        ("(1 250,00 €)", .comma, "-1250.00"),
        ("+5", .point, "5"),
        ("0", .point, "0"),
        (",5", .comma, "0.5"),
        ("2100.000", .point, "2100.000"),
    ])
    func amountsParse(cell: String, decimal: DecimalSeparator, expected: String) {
        let parsed = CSVAmountParsing.parse(cell, decimal: decimal).value
        #expect(parsed?.description == expected)
    }

    @Test(arguments: [
        ("12,3,4", DecimalSeparator.comma), ("12,3,4", .point), ("12.50", .comma), ("1,50", .point), ("abc", .point),
        ("1..2", .point), ("12.", .point), ("--1", .point), ("(-1)", .point), ("1 25,00", .comma), ("1e5", .point),
        ("12 %", .point), ("€", .point),
    ])
    func invalidAmountsAreRejected(cell: String, decimal: DecimalSeparator) {
        guard case .invalid = CSVAmountParsing.parse(cell, decimal: decimal) else {
            Issue.record("expected '\(cell)' to be invalid")
            return
        }
    }

    @Test func emptyAmountIsEmpty() {
        guard case .empty = CSVAmountParsing.parse("  ", decimal: .point) else {
            Issue.record("expected an empty cell")
            return
        }
    }

    @Test(arguments: [("20 %", DecimalSeparator.point, "20"), ("5,5%", .comma, "5.5"), ("5.5", .point, "5.5")])
    func percentagesParse(cell: String, decimal: DecimalSeparator, expected: String) {
        #expect(CSVAmountParsing.parse(cell, decimal: decimal, allowPercent: true).value?.description == expected)
    }

    @Test(arguments: [
        (["19,90"], UInt8(ascii: ";"), DecimalSeparator.comma),
        (["1 250,00"], UInt8(ascii: ";"), .comma),
        (["1,020.00"], UInt8(ascii: ";"), .point),
        (["12.50", "3"], UInt8(ascii: ";"), .point),
        (["19,90"], UInt8(ascii: ","), .comma),
        (["19,90", "10.00"], UInt8(ascii: ","), .point),
        (["19,90", "1.020"], UInt8(ascii: ","), .comma),
        (["1.250,00"], UInt8(ascii: ","), .comma),
        (["100", "12,5 €"], 0x09, .comma),
        ([], UInt8(ascii: ";"), .point),
    ])
    func decimalSeparatorDetection(cells: [String], separator: UInt8, expected: DecimalSeparator) {
        #expect(DecimalSeparator.detect(amountCells: cells, fieldSeparator: separator) == expected)
    }

    @Test(arguments: [
        ("a;b;c\n1,2;3;4", UInt8(ascii: ";")),
        ("a,b;c,d\n", UInt8(ascii: ",")),
        ("\"x;y;z\",b,c\n", UInt8(ascii: ",")),
        ("a\tb\tc", 0x09),
        ("\n\na;b\n", UInt8(ascii: ";")),
        ("single\n", UInt8(ascii: ",")),
    ])
    func separatorDetection(text: String, expected: UInt8) {
        #expect(CSVDialect.detectSeparator(Array(text.utf8)) == expected)
    }

    @Test(arguments: [
        ("2025-01-31", CSVDateFormat.dayMonthYear, 2025, 1, 31),
        ("2025-01-31T10:20:30", .dayMonthYear, 2025, 1, 31),
        ("2025-01-31 10:20", .dayMonthYear, 2025, 1, 31),
        ("2025-01-31T10:20:30.5+01:00", .dayMonthYear, 2025, 1, 31),
        ("31/01/2025", .dayMonthYear, 2025, 1, 31),
        ("31.01.2025", .dayMonthYear, 2025, 1, 31),
        ("3/4/2025", .dayMonthYear, 2025, 4, 3),
        ("03/04/2025 08:15", .dayMonthYear, 2025, 4, 3),
        ("01/31/2025", .monthDayYear, 2025, 1, 31),
        ("3/4/2025", .monthDayYear, 2025, 3, 4),
        ("2025-01-31", .monthDayYear, 2025, 1, 31),
        ("2025-01-31", .isoDate, 2025, 1, 31),
        ("29/02/2024", .dayMonthYear, 2024, 2, 29),
    ])
    func datesParse(cell: String, format: CSVDateFormat, year: Int, month: Int, day: Int) throws {
        let parsed = try CSVDateParsing.parse(cell, format: format).get()
        #expect(parsed == CivilDate(year: year, month: month, day: day))
    }

    @Test(arguments: [
        ("31/01/2025", CSVDateFormat.isoDate), ("2025/01/31", .dayMonthYear), ("31-01/2025", .dayMonthYear), ("Jan 28 21", .dayMonthYear),
        ("2025-1-31", .dayMonthYear), ("31/01/2025 noon", .dayMonthYear), ("13/13/2025", .dayMonthYear),
        ("31/01/2025", .monthDayYear),
    ])
    func invalidDatesAreUnreadable(cell: String, format: CSVDateFormat) {
        #expect(CSVDateParsing.parse(cell, format: format) == .failure(.unreadable))
    }

    @Test func monthAboveTwelveIsReported() {
        #expect(CSVDateParsing.parse("03/25/2025", format: .dayMonthYear) == .failure(.monthAboveTwelve(25)))
    }

    @Test func emptyDateIsNil() {
        #expect(CSVDateParsing.parse(" ", format: .dayMonthYear) == .success(nil))
    }

    @Test func companyIdentifiers() {
        #expect(CSVIdentifierParsing.parseCompanyIdentifier("123 456 789").value == .siren("123456789"))
        let siret = CSVIdentifierParsing.parseCompanyIdentifier("123\u{A0}456\u{A0}789\u{A0}00012").value
        #expect(siret == .siret("12345678900012"))
        #expect(siret?.siren == "123456789")
        #expect(CSVIdentifierParsing.parseCompanyIdentifier("12345").value == nil)
        #expect(CSVIdentifierParsing.parseCompanyIdentifier("12345678A").value == nil)
    }

    @Test(arguments: [
        ([0xE9] as [UInt8], "é"), ([0x80], "€"), ([0x9C], "œ"), ([0x92], "\u{2019}"), ([0x81], "\u{81}"),
        ([0x41, 0xA0, 0xFF], "A\u{A0}ÿ"),
    ])
    func windows1252Decoding(bytes: [UInt8], expected: String) {
        #expect(String(decoding: TextDecoding.windows1252ToUTF8(bytes[...]), as: UTF8.self) == expected)
    }

    @Test func validUTF8IsKeptAndBOMStripped() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("é;€".utf8), forced: nil).get()
        #expect(decoded.bytes == Array("é;€".utf8))
        #expect(decoded.fellBackToWindows1252 == false)
    }

    @Test func invalidUTF8FallsBack() throws {
        let decoded = try TextDecoding.decode([0x43, 0x61, 0x66, 0xE9], forced: nil).get()
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "Café")
        #expect(decoded.fellBackToWindows1252)
    }

    @Test(arguments: [("utf-8", CSVTextEncoding.utf8), ("UTF8", .utf8), ("windows-1252", .windows1252), ("ISO-8859-1", .windows1252)])
    func encodingNames(name: String, encoding: CSVTextEncoding) {
        #expect(CSVTextEncoding(name: name) == encoding)
    }
}

