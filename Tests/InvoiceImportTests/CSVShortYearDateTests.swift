import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

/// Two-digit years, French Excel's dated forms, and dates that do not exist.
@Suite struct CSVShortYearDateTests {
    typealias Support = CSVTestSupport

    @Test(arguments: [
        ("6/12/25", CSVDateFormat.dayMonthShortYear, 2025, 12, 6),
        ("5/1/26", .dayMonthShortYear, 2026, 1, 5),
        ("31.01.00", .dayMonthShortYear, 2000, 1, 31),
        ("31/12/99", .dayMonthShortYear, 2099, 12, 31),
        ("06/12/2025", .dayMonthShortYear, 2025, 12, 6),
        ("12/6/25", .monthDayShortYear, 2025, 12, 6),
        ("01/31/2025", .monthDayShortYear, 2025, 1, 31),
        ("2025-01-31", .dayMonthShortYear, 2025, 1, 31),
    ])
    func shortYearFormatsReadTwoAndFourDigitYears(cell: String, format: CSVDateFormat, year: Int, month: Int, day: Int) {
        #expect(CSVDateParsing.parse(cell, format: format) == .success(CivilDate(year: year, month: month, day: day)))
    }

    @Test func twoDigitYearWithoutMappingIsRejectedWithTheWayOut() throws {
        let result = Support.importCSV("Number;Date\nA1;6/12/25\n")
        let rejection = try #require(result.rejections.first)
        #expect(
            rejection.reason.en
                == "unreadable date '6/12/25' in column 'Date': the year has two digits, write it with four or set \"dateFormat\": \"dd/mm/yy\" in the mapping file to read years 00 to 99 as 2000 to 2099")
        #expect(
            rejection.reason.fr
                == "date illisible '6/12/25' dans la colonne 'Date' : l'année n'a que deux chiffres, écrivez-la sur quatre chiffres ou ajoutez \"dateFormat\": \"dd/mm/yy\" au fichier de correspondance pour lire les années 00 à 99 comme 2000 à 2099")
        let monthFirst = Support.importCSV("Number;Date\nA1;12/6/25\n", mapping: CSVMapping(dateFormat: .monthDayYear))
        #expect(monthFirst.rejections.first?.reason.en.contains("set \"dateFormat\": \"mm/dd/yy\"") == true)
    }

    @Test func mappingFileAcceptsShortYearFormats() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "csv-yy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "map.json").path
        try Data("{\"dateFormat\": \"dd/mm/yy\"}".utf8).write(to: URL(filePath: path))
        let mapping = try CSVMapping.load(path: path)
        #expect(mapping.dateFormat == .dayMonthShortYear)
        let result = Support.importCSV("Number;Date;Due date\nA1;6/12/25;5/1/26\n", mapping: mapping)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.first?.issueDate == Support.date(2025, 12, 6))
        #expect(result.documents.first?.dueDate == Support.date(2026, 1, 5))
        try Data("{\"dateFormat\": \"mm/dd/yy\"}".utf8).write(to: URL(filePath: path))
        #expect(try CSVMapping.load(path: path).dateFormat == .monthDayShortYear)
    }

    @Test(arguments: [
        ("08-janv.-25", 2025, 1, 8),
        ("28-févr.-26", 2026, 2, 28),
        ("lundi 6 janvier 2025", 2025, 1, 6),
        ("Monday, January 6, 2025", 2025, 1, 6),
        ("mercredi 1er janvier 2025", 2025, 1, 1),
    ])
    func frenchExcelFormsReadWithoutMapping(cell: String, year: Int, month: Int, day: Int) {
        #expect(CSVDateParsing.parse(cell, format: .dayMonthYear) == .success(CivilDate(year: year, month: month, day: day)))
    }

    @Test func twoDigitYearWithMonthNameNeedsExcelDashes() {
        #expect(CSVDateParsing.parse("8 janv. 25", format: .dayMonthYear) == .failure(.unreadable))
        #expect(CSVDateParsing.parse("janv.-08-25", format: .dayMonthYear) == .failure(.unreadable))
    }

    @Test func weekdayThatContradictsTheDateIsRejected() throws {
        let result = Support.importCSV("Number;Date\nA1;mardi 6 janvier 2025\n")
        let rejection = try #require(result.rejections.first)
        #expect(
            rejection.reason.en
                == "date 'mardi 6 janvier 2025' in column 'Date': 2025-01-06 is a Monday, not a 'mardi', correct the weekday or the date")
        #expect(
            rejection.reason.fr
                == "date 'mardi 6 janvier 2025' dans la colonne 'Date' : le 2025-01-06 est un lundi, pas un 'mardi', corrigez le jour de la semaine ou la date")
    }

    @Test func dayPastTheEndOfTheMonthDoesNotExist() throws {
        let result = Support.importCSV("Number;Date\nA1;31/11/2025\nA2;29/02/2025\nA3;30 février 2024\n")
        #expect(
            result.rejections.map(\.reason.en) == [
                "date '31/11/2025' in column 'Date' does not exist: November 2025 has 30 days, not 31",
                "date '29/02/2025' in column 'Date' does not exist: February 2025 has 28 days, not 29",
                "date '30 février 2024' in column 'Date' does not exist: February 2024 has 29 days, not 30",
            ])
        #expect(
            result.rejections.first?.reason.fr
                == "la date '31/11/2025' de la colonne 'Date' n'existe pas : novembre 2025 a 30 jours, pas 31")
        #expect(CSVDateParsing.parse("2025-02-30", format: .isoDate) == .failure(.noSuchDay(year: 2025, month: 2, day: 30)))
        #expect(CSVDateParsing.parse("32/01/2025", format: .dayMonthYear) == .failure(.unreadable))
    }
}
