import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Imports every PDF of the shared corpus (Factur-X and ZUGFeRD samples published by other
/// projects) when it sits next to the repository, and expects each one to give its invoice unless
/// it is listed below with the reason it cannot.
@Suite struct RealPDFCorpusTests {
    /// `…/main/Tests/InvoiceImportTests/RealPDFCorpusTests.swift` → `…/shared/corpus`.
    static let corpusRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus").path

    /// PDFs that carry no invoice, with the rejection they must get.
    static let expectedRejections: [String: LocalizedText] = [
        "zugferd-csharp/ZUGFeRD.PDF.Test/PDF-without-basefont.pdf": PDFMessages.noAttachment,
        "zugferd-csharp/ZUGFeRD.PDF.Test/PDFWithPassword.pdf": PDFMessages.encrypted,
        "zugferd-csharp/ZUGFeRD.PDF.Test/dummy.pdf": PDFMessages.noAttachment,
        "zugferd-csharp/ZUGFeRD.PDF.Test/not-embedded.pdf": PDFMessages.noAttachment,
    ]

    static func pdfPaths() throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: corpusRoot))
        return enumerator.compactMap { $0 as? String }.filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
    }

    @Test(
        "every corpus PDF gives its invoice or its listed rejection",
        .enabled(if: FileManager.default.fileExists(atPath: corpusRoot), "shared corpus not present next to the repository"))
    func corpusPDFs() throws {
        let paths = try Self.pdfPaths()
        #expect(paths.count >= 60)
        var imported = 0
        var awaitingZUGFeRD1 = 0
        var filesWithSeveralDueDates = 0
        for path in paths {
            let result = DocumentImporter.importFile(
                path: Self.corpusRoot + "/" + path, displayPath: path, options: ImportOptions())
            #expect(result.format == .pdf, "\(path)")
            if let expected = Self.expectedRejections[path] {
                #expect(result.rejections.map(\.reason) == [expected], "\(path)")
                continue
            }
            // NOTE: ZUGFeRD 1.0 XML is rejected by the XML layer until its importer is wired in.
            if result.rejections.map(\.reason) == [ImportMessages.unsupportedFormat(.zugferd1)] {
                awaitingZUGFeRD1 += 1
                continue
            }
            #expect(result.rejections.isEmpty, "\(path): \(result.rejections.map(\.reason.en))")
            // EXTENDED samples with cash-discount terms carry several due dates, which the model
            // cannot keep: that warning is expected and counted, any other is not.
            let severalDueDates = result.warnings.filter { $0.reason.en.hasPrefix("payment terms with several due dates") }
            if !severalDueDates.isEmpty { filesWithSeveralDueDates += 1 }
            #expect(result.warnings.count == severalDueDates.count, "\(path): \(result.warnings.map(\.reason.en))")
            #expect(result.documents.count == 1, "\(path)")
            if let document = result.documents.first {
                imported += 1
                #expect(document.number != nil, "\(path): no invoice number")
                #expect(document.source.file == path)
                #expect(["factur-x.xml", "xrechnung.xml"].contains(document.source.element ?? ""), "\(path)")
            }
        }
        #expect(imported + awaitingZUGFeRD1 == paths.count - Self.expectedRejections.count)
        #expect(filesWithSeveralDueDates == 8)
    }
}
