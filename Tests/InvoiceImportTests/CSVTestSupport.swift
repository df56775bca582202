import Foundation
import Testing
import InvoiceModel

@testable import InvoiceImport

/// Helpers shared by the CSV importer tests.
enum CSVTestSupport {
    /// The bytes of a fixture under `Fixtures/csv`.
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.resourceURL).appending(path: "Fixtures/csv/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    static func fixturePath(_ name: String) throws -> String {
        try #require(Bundle.module.resourceURL).appending(path: "Fixtures/csv/\(name)").path
    }

    /// Imports CSV bytes through the CSV importer directly, named `test.csv` in locations.
    static func importCSV(_ bytes: [UInt8], mapping: CSVMapping? = nil, file: String = "test.csv") -> ImportResult {
        CSVImporter().importDocuments(bytes, file: file, options: ImportOptions(csvMapping: mapping))
    }

    static func importCSV(_ text: String, mapping: CSVMapping? = nil) -> ImportResult {
        importCSV(Array(text.utf8), mapping: mapping)
    }

    static func amount(_ text: String) -> Amount? { Amount(parsing: text) }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate? { CivilDate(year: year, month: month, day: day) }
}
