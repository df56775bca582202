import Foundation
import InvoiceImport
import InvoiceModel
import Testing

/// Imports every XML file of the shared sample corpus and reference examples when they exist next
/// to the repository, and round trips each imported document through canonical JSON.
@Suite struct SharedCorpusRoundTripTests {
    /// `…/Tests/InvoiceImportTests/SharedCorpusRoundTripTests.swift` → `…/shared`.
    static let sharedRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared").path

    /// Lists every `.xml` under `corpus/` and `reference/*/examples/`, sorted.
    static func xmlFiles() -> [String] {
        let manager = FileManager.default
        var roots = [sharedRoot + "/corpus"]
        let reference = sharedRoot + "/reference"
        for folder in (try? manager.contentsOfDirectory(atPath: reference)) ?? [] {
            roots.append("\(reference)/\(folder)/examples")
        }
        var files: [String] = []
        for root in roots {
            guard let enumerator = manager.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                if relative.lowercased().hasSuffix(".xml") { files.append("\(root)/\(relative)") }
            }
        }
        return files.sorted()
    }

    @Test(
        "shared XML files round trip through canonical JSON",
        .enabled(if: FileManager.default.fileExists(atPath: sharedRoot + "/corpus"), "../shared/corpus not present"))
    func sharedFilesRoundTrip() throws {
        let files = Self.xmlFiles()
        #expect(files.count > 50)
        var imported = 0
        var rejected: [String] = []
        let schema = try JSONSchemaValidator(schemaAt: CanonicalSchemaTests.schemaPath)
        for path in files {
            let result = DocumentImporter.importFile(path: path, displayPath: path, options: ImportOptions())
            if let rejection = result.rejections.first {
                rejected.append("\(path.dropFirst(Self.sharedRoot.count + 1)): \(rejection.reason.en)")
                continue
            }
            imported += result.documents.count
            let json = try CanonicalJSON.encode(result.documents)
            #expect(try schema.violations(of: Data(json)) == [], "\(path)")
            let back = DocumentImporter.importBytes(json, file: "export.json", options: ImportOptions())
            #expect(back.documents == result.documents, "\(path)")
        }
        print("shared XML: \(files.count) files, \(imported) imported, \(rejected.count) rejected")
        for line in rejected { print("  rejected \(line)") }
        #expect(imported + rejected.count == files.count)
        // Files that are not invoices (orders, ebInterface, other pre-ZUGFeRD drafts) stay rejected.
        #expect(rejected.count <= 10)
    }
}
