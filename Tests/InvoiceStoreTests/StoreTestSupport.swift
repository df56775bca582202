import Foundation
import InvoiceModel
import InvoiceStore

/// A fresh directory per test, because Swift Testing runs tests in parallel.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

enum Sample {
    static let seller = Party(name: "Atelier Test SARL", siren: "812476356")
    static let buyer = Party(name: "Client SAS", siren: "794381020")

    static func invoice(
        _ number: String, date: String, net: String = "100.00", vat: String = "20.00", gross: String = "120.00",
        file: String = "export.csv", line: Int = 2, draft: Bool = false
    ) -> Document {
        Document(
            number: number, kind: .invoice, isDraft: draft, issueDate: CivilDate(parsing: date), currency: "EUR",
            seller: seller, buyer: buyer,
            totals: Totals(
                taxExclusive: Amount(parsing: net), vat: Amount(parsing: vat), taxInclusive: Amount(parsing: gross)),
            source: SourceLocation(file: file, line: line))
    }

    static func file(_ path: String, hash: String, _ documents: [Document], rejections: [Rejection] = []) -> FileToImport {
        FileToImport(
            path: path, sha256: hash,
            result: ImportResult(file: path, format: .csv, documents: documents, rejections: rejections))
    }

    static let clock = StoreClock.fixed(1_751_284_800)
    /// The schema version an upgraded store reaches: the number of migrations.
    static let latestSchemaVersion = 7
}
