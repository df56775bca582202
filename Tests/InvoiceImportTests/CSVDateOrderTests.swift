import InvoiceModel
import Testing

@testable import InvoiceImport

/// The file warning for day-first files whose dates show that the month comes first.
@Suite struct CSVDateOrderTests {
    typealias Support = CSVTestSupport

    static let englishWarning =
        "date '03/25/2025' in column 'Date' can only be read month first, so the other dates of the file whose day and month are both 12 or less, such as '04/01/2025' in column 'Date', are ambiguous and were read day first: if the file writes the month first, set \"dateFormat\": \"mm/dd/yyyy\" in the mapping file"

    @Test func monthFirstFileWarnsOnce() {
        let result = Support.importCSV("Number;Date;Total\nA-1;03/25/2025;1.00\nA-2;04/01/2025;1.00\nA-3;05/02/2025;1.00\n")
        #expect(result.documents.map(\.issueDate) == [Support.date(2025, 1, 4), Support.date(2025, 2, 5)])
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(result.warnings.map(\.reason.en) == [Self.englishWarning])
        #expect(result.warnings.first?.location == SourceLocation(file: "test.csv"))
        #expect(
            result.warnings.first?.reason.fr
                == "la date '03/25/2025' de la colonne 'Date' ne se lit que mois en premier, donc les autres dates du fichier dont le jour et le mois valent tous deux 12 ou moins, comme '04/01/2025' dans la colonne 'Date', sont ambiguës et ont été lues jour en premier : si le fichier écrit le mois en premier, ajoutez \"dateFormat\": \"mm/dd/yyyy\" au fichier de correspondance"
        )
    }

    @Test func ambiguousDateBeforeMonthFirstOneAlsoWarns() {
        // One-digit parts go through the text parser instead of the byte parser.
        let result = Support.importCSV("Number;Date;Due date\nA-1;4/1/2025;1/2/2025\nA-2;14/01/2025;03/25/2025\n")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.reason.en.hasPrefix("date '03/25/2025' in column 'Due date' can only") == true)
        #expect(result.warnings.first?.reason.en.contains("such as '4/1/2025' in column 'Date'") == true)
    }

    @Test(arguments: [
        // Day-first dates only.
        "Number;Date\nA-1;04/01/2025\nA-2;25/03/2025\n",
        // A month-first date, but every other date reads the same either way or is ISO.
        "Number;Date\nA-1;03/25/2025\nA-2;04/04/2025\nA-3;2025-04-01\nA-4;15/01/2025\n",
    ])
    func unambiguousFileIsSilent(csv: String) {
        #expect(Support.importCSV(csv).warnings.isEmpty)
    }

    @Test func dateOfNeitherOrderIsRejectedWithoutTheFileWarning() {
        let result = Support.importCSV("Number;Date\nA-1;02/30/2025\nA-2;05/02/2025\n")
        #expect(result.documents.map(\.issueDate) == [Support.date(2025, 2, 5)])
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(
            result.rejections.first?.reason.en
                == "date '02/30/2025' in column 'Date' does not exist in either order: neither day first (month above 12) nor month first (no such day in that month); correct the date in the source software")
        #expect(
            result.rejections.first?.reason.fr
                == "date '02/30/2025' dans la colonne 'Date' inexistante dans les deux ordres : ni jour en premier (mois au-delà de 12) ni mois en premier (ce jour n'existe pas dans ce mois) ; corrigez la date dans le logiciel d'origine")
        #expect(result.warnings.isEmpty)
        #expect(CSVDateParsing.parse("02/30/2025", format: .dayMonthYear) == .failure(.noDateInEitherOrder))
        #expect(CSVDateParsing.parse("02/29/2024", format: .dayMonthYear) == .failure(.monthAboveTwelve(29)))
        #expect(CSVDateParsing.parse("02/29/2025", format: .dayMonthYear) == .failure(.noDateInEitherOrder))
    }

    @Test func monthFirstMappingIsSilent() {
        let mapping = CSVMapping(dateFormat: .monthDayYear)
        let result = Support.importCSV("Number;Date\nA-1;03/25/2025\nA-2;04/01/2025\n", mapping: mapping)
        #expect(result.documents.map(\.issueDate) == [Support.date(2025, 3, 25), Support.date(2025, 4, 1)])
        #expect(result.warnings.isEmpty)
    }
}
