import InvoiceModel
import Testing

@testable import InvoiceImport

/// Archives built to hurt, and files that only look like workbooks: each is rejected whole, with
/// a message that says why, before it can take memory or reach outside the archive.
@Suite struct XLSXHostileInputTests {
    static func importBytes(_ bytes: [UInt8], maximumFileSize: Int = ImportOptions.defaultMaximumFileSize) -> ImportResult {
        DocumentImporter.importBytes(bytes, file: "x.xlsx", options: ImportOptions(maximumFileSize: maximumFileSize))
    }

    static var validEntries: [TestZip.Entry] {
        var builder = XLSXSheetBuilder()
        let rows = builder.rows([[.text("Numéro")], [.text("F-1")]])
        return XLSXTestWorkbook(sheets: [("A", rows)], sharedStrings: builder.strings).entries
    }

    static func reason(_ result: ImportResult) -> String {
        result.rejections.first?.reason.en ?? ""
    }

    @Test func validWorkbookReads() {
        let result = Self.importBytes(TestZip.archive(Self.validEntries))
        #expect(result.documents.map(\.number) == ["F-1"])
    }

    @Test func zipBombIsRejectedByItsRatio() {
        var entries = Self.validEntries
        // 16 MiB of one repeated byte deflates to about 16 KiB: a ratio near 1,000.
        entries[5].bytes += [UInt8](repeating: 0x20, count: 16 << 20)
        let archive = TestZip.archive(entries)
        #expect(archive.count < 100_000)
        let result = Self.importBytes(archive)
        #expect(result.documents.isEmpty)
        #expect(Self.reason(result).hasPrefix("part 'xl/worksheets/sheet1.xml' compressed beyond reason ("))
        #expect(Self.reason(result).hasSuffix("this is the mark of a zip bomb, the file is not read"))
    }

    @Test func hugeDeclaredSizeIsRejectedBeforeInflating() {
        var entries = Self.validEntries
        entries[5].declaredSize = 3_000_000_000
        let result = Self.importBytes(TestZip.archive(entries))
        #expect(Self.reason(result) == "part 'xl/worksheets/sheet1.xml' too large once unpacked (3000000000 bytes, limit 67108864): raise --max-file-size if the file is trusted")
    }

    @Test func sizeLimitFollowsMaxFileSize() {
        var entries = Self.validEntries
        entries[5].bytes += [UInt8](repeating: 0x20, count: 100_000)
        let archive = TestZip.archive(entries)
        #expect(archive.count < 20_000)
        #expect(Self.importBytes(archive, maximumFileSize: 200_000).documents.count == 1)
        let result = Self.importBytes(archive, maximumFileSize: 20_000)
        #expect(Self.reason(result).hasPrefix("part 'xl/worksheets/sheet1.xml' too large once unpacked (100"))
        #expect(Self.reason(result).contains("limit 20000"))
    }

    @Test func entryThatInflatesBeyondItsDeclaredSizeIsDamaged() {
        var entries = Self.validEntries
        entries[5].declaredSize = 10
        let result = Self.importBytes(TestZip.archive(entries))
        #expect(Self.reason(result).hasPrefix("part 'xl/worksheets/sheet1.xml' is damaged (wrong data or checksum)"))
    }

    @Test func pathTraversalNamesAreRejected() {
        for name in ["../../etc/passwd", "/etc/passwd", "xl\\..\\evil.xml", "xl/../../evil.xml"] {
            var entries = Self.validEntries
            entries.append(TestZip.Entry(name: name, bytes: Array("x".utf8)))
            let result = Self.importBytes(TestZip.archive(entries))
            #expect(Self.reason(result).hasPrefix("unsafe part name '\(name)'"), "\(name)")
        }
    }

    @Test func relationshipLeavingTheArchiveIsRejected() throws {
        var entries = Self.validEntries
        let rels = String(decoding: entries[2].bytes, as: UTF8.self).replacing("worksheets/sheet1.xml", with: "../../sheet1.xml")
        entries[2].bytes = Array(rels.utf8)
        let result = Self.importBytes(TestZip.archive(entries))
        #expect(Self.reason(result) == "the part 'xl/_rels/workbook.xml.rels' points to '../../sheet1.xml', outside the workbook: the file is not read")
    }

    @Test func encryptedEntryIsRejected() {
        var entries = Self.validEntries
        entries[5].flags = 1
        let result = Self.importBytes(TestZip.archive(entries))
        #expect(Self.reason(result) == "part 'xl/worksheets/sheet1.xml' is encrypted: remove the workbook's password or export it as CSV")
        #expect(result.rejections.first?.reason.fr == "partie 'xl/worksheets/sheet1.xml' chiffrée : retirez le mot de passe du classeur ou exportez-le en CSV")
    }

    @Test func truncatedArchiveIsRejected() {
        let archive = TestZip.archive(Self.validEntries)
        for length in [30, archive.count / 2, archive.count - 1] {
            let result = Self.importBytes(Array(archive.prefix(length)))
            #expect(Self.reason(result).hasPrefix("truncated or damaged XLSX archive"), "\(length)")
        }
    }

    @Test func zip64AndMultiDiskArchivesAreRejected() {
        var archive = TestZip.archive(Self.validEntries)
        let end = archive.count - 22
        var zip64 = archive
        zip64[end + 16..<end + 20] = [0xFF, 0xFF, 0xFF, 0xFF]
        #expect(Self.reason(Self.importBytes(zip64)).hasPrefix("ZIP64 archive not supported"))
        archive[end + 4] = 1
        #expect(Self.reason(Self.importBytes(archive)).hasPrefix("multi-volume ZIP archive not supported"))
    }

    @Test func doctypeWithEntityIsRejectedBeforeParsing() {
        var entries = Self.validEntries
        let xxe = #"<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>"#
        entries[3].bytes = Array(xxe.utf8)
        let result = Self.importBytes(TestZip.archive(entries))
        #expect(Self.reason(result) == "the part 'xl/sharedStrings.xml' declares a DOCTYPE or entities, which no spreadsheet program writes: the file is not read")
        var plain = Self.validEntries
        plain[4].bytes = Array(#"<!DOCTYPE styleSheet><styleSheet/>"#.utf8)
        #expect(Self.reason(Self.importBytes(TestZip.archive(plain))).hasPrefix("the part 'xl/styles.xml' declares a DOCTYPE"))
    }

    @Test func malformedSheetRejectsTheWholeWorkbook() {
        var entries = Self.validEntries
        entries[5].bytes = Array("<worksheet><sheetData><row r=\"1\"><c></row></sheetData></worksheet>".utf8)
        let result = Self.importBytes(TestZip.archive(entries))
        #expect(result.documents.isEmpty)
        #expect(Self.reason(result).hasPrefix("malformed XML in the part 'xl/worksheets/sheet1.xml' (1): "))
    }

    @Test func badReferencesAreNamed() {
        var entries = Self.validEntries
        entries[5].bytes = Array(#"<worksheet><sheetData><row r="1"><c r="1A" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#.utf8)
        #expect(Self.reason(Self.importBytes(TestZip.archive(entries))) == "invalid cell reference '1A' in the sheet 'A': save the workbook again from the spreadsheet program or export it as CSV")
        entries[5].bytes = Array(#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>"#.utf8)
        #expect(Self.reason(Self.importBytes(TestZip.archive(entries))).hasPrefix("the cell A1 of the sheet 'A' refers to shared string '7', which does not exist"))
    }

    @Test func oldExcelAndOpenDocumentAreRejectedWithWhatToDo() {
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let xls = Self.importBytes(compound)
        #expect(xls.format == .unknown)
        #expect(Self.reason(xls) == "Excel 97-2003 workbook (.xls) or password-protected workbook: this binary format is not read, save it as .xlsx or export it as CSV without a password")

        let ods = TestZip.archive([
            TestZip.Entry(name: "mimetype", bytes: Array("application/vnd.oasis.opendocument.spreadsheet".utf8), deflate: false),
            TestZip.Entry(name: "content.xml", bytes: Array("<office:document-content/>".utf8)),
        ])
        #expect(Self.reason(Self.importBytes(ods)) == "OpenDocument spreadsheet (.ods) not supported: save it as .xlsx or export it as CSV")

        let docx = TestZip.archive([
            TestZip.Entry(name: "[Content_Types].xml", bytes: Array(#"<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.utf8))
        ])
        #expect(Self.reason(Self.importBytes(docx)).hasPrefix("Office document 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' is not a workbook"))

        let plain = TestZip.archive([TestZip.Entry(name: "factures.csv", bytes: Array("Numéro\nF-1\n".utf8))])
        let plainResult = Self.importBytes(plain)
        #expect(plainResult.format == .unknown)
        #expect(Self.reason(plainResult).hasPrefix("ZIP archive that is not an Excel workbook"))
    }
}
