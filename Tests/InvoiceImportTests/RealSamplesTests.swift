import Foundation
import InvoiceImport
import InvoiceModel
import Testing

/// Imports the published EN 16931 and Factur-X example invoices when the reference folder exists
/// next to the repository, and expects every one of them to import without a rejection.
@Suite struct RealSamplesTests {
    /// `…/main/Tests/InvoiceImportTests/RealSamplesTests.swift` → `…/shared/reference`.
    static let referenceRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/reference").path

    static let exampleFolders = ["en16931-ubl/examples", "en16931-cii/examples", "facturx/examples"]

    @Test(
        "examples import without rejection",
        .enabled(if: FileManager.default.fileExists(atPath: referenceRoot), "reference examples not present"),
        arguments: exampleFolders)
    func examplesImport(folder: String) throws {
        let directory = RealSamplesTests.referenceRoot + "/" + folder
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.lowercased().hasSuffix(".xml") }
            .sorted()
        #expect(!names.isEmpty)
        for name in names {
            let result = DocumentImporter.importFile(path: directory + "/" + name, displayPath: name, options: ImportOptions())
            #expect(result.format == .ubl || result.format == .cii, "\(name): format \(result.format)")
            #expect(result.rejections.isEmpty, "\(name): \(result.rejections.map(\.reason.en))")
            #expect(result.documents.count == 1, "\(name)")
            if let document = result.documents.first {
                #expect(document.number != nil, "\(name): no invoice number")
                #expect(document.issueDate != nil, "\(name): no issue date")
                #expect(document.totals.payable != nil, "\(name): no amount due")
            }
        }
    }
}
