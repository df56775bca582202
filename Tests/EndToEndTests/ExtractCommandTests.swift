import Foundation
import Testing

/// `facturaudit extract`: the embedded XML byte for byte, and the exit codes.
@Suite struct ExtractCommandTests {
    static let fixtures = "Tests/InvoiceImportTests/Fixtures/pdf/"

    static func expectedXML() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: ToolRunner.repositoryRoot.appendingPathComponent(fixtures + "facturx-basic.xml")))
    }

    @Test(arguments: ["facturx.pdf", "nested-name-tree.pdf", "af-only.pdf"])
    func writesTheEmbeddedBytesToStdout(pdf: String) throws {
        let result = try ToolRunner.run(["extract", Self.fixtures + pdf])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdoutBytes == (try Self.expectedXML()))
    }

    @Test func writesTheEmbeddedBytesToAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("invoice.xml")
        let result = try ToolRunner.run(["extract", Self.fixtures + "facturx.pdf", "-o", target.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        #expect([UInt8](try Data(contentsOf: target)) == (try Self.expectedXML()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["invoice.xml"])
    }

    /// `check` warns about a missing /AFRelationship; `extract` writes the same warning on standard error.
    @Test func warnsOnStandardError() throws {
        let path = Self.fixtures + "no-relationship.pdf"
        let result = try ToolRunner.run(["extract", path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "facturaudit: '\(path)': warning: the attachment 'factur-x.xml' has no /AFRelationship: Factur-X requires Data, Source or Alternative, report it to the invoicing software's vendor\n")
        #expect(result.stdout.hasPrefix("<?xml"))
    }

    /// `-o` naming the PDF itself, directly or through a link, would replace the invoice with its XML.
    @Test(arguments: [false, true])
    func outputOverInputRefused(throughLink: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("invoice.pdf")
        let original = try Data(contentsOf: ToolRunner.repositoryRoot.appendingPathComponent(Self.fixtures + "facturx.pdf"))
        try original.write(to: pdf)
        var output = pdf.path
        if throughLink {
            output = folder.appendingPathComponent("link.pdf").path
            try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: pdf.path)
        }
        let result = try ToolRunner.run(["extract", pdf.path, "-o", output, "--lang", "en"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "facturaudit: --output '\(output)' is also the PDF read by extract: choose another file for the XML, or the PDF invoice would be replaced\n"))
        #expect(try Data(contentsOf: pdf) == original)
    }

    @Test func pdfWithoutInvoiceExitsTwo() throws {
        let path = Self.fixtures + "other-xml.pdf"
        let result = try ToolRunner.run(["extract", path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "facturaudit: '\(path)': no invoice XML among the PDF's attachments ('bon-de-livraison.xml', 'readme.txt'): expected 'factur-x.xml', 'zugferd-invoice.xml', 'ZUGFeRD-invoice.xml', 'xrechnung.xml' or a UBL or CII XML\n"
        )
    }

    @Test func encryptedPDFExitsTwoInFrench() throws {
        let path = Self.fixtures + "encrypted-empty-password.pdf"
        let result = try ToolRunner.run(["extract", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("facturaudit : '\(path)' : PDF chiffré : une facture Factur-X ou ZUGFeRD doit être un PDF/A-3 non chiffré"))
    }

    @Test(arguments: ["garbage.pdf", "no-such-file.pdf"])
    func unreadableInputExitsTwo(name: String) throws {
        let result = try ToolRunner.run(["extract", Self.fixtures + name, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("facturaudit: '\(Self.fixtures + name)': "))
    }

    @Test(arguments: [
        (["extract"], "facturaudit: no PDF to read\n"),
        (["extract", "a.pdf", "b.pdf"], "facturaudit: unexpected argument 'b.pdf': extract reads one PDF\n"),
        (["extract", "a.pdf", "--format", "json"], "facturaudit: unknown option '--format' for extract\n"),
        (["extract", "a.pdf", "-o"], "facturaudit: option -o requires a value\n"),
    ])
    func usageErrorsExitSixtyFour(arguments: [String], message: String) throws {
        let result = try ToolRunner.run(arguments, environment: ["FACTURAUDIT_LANG": "en"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message + "Run 'facturaudit help extract' for the options.\n")
    }
}
