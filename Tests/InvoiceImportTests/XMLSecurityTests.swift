import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Hostile and oversized XML: every case must end in one clean rejection, never a crash, a hang
/// or data pulled in from outside the document.
@Suite struct XMLSecurityTests {
    static let invoiceOpen = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"

    func importUBL(_ bytes: [UInt8]) -> ImportResult {
        UBLImporter().importDocuments(bytes, file: "hostile.xml", options: ImportOptions())
    }

    /// Writes a secret file in a fresh temporary directory and returns its path and content.
    func makeSecretFile() throws -> (path: String, content: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-xxe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let content = "SECRET-\(UUID().uuidString)"
        let file = directory.appendingPathComponent("secret.txt")
        try content.write(to: file, atomically: false, encoding: .utf8)
        return (file.path, content)
    }

    func xxeDocument(secretPath: String, encoding: String = "UTF-8") -> String {
        """
        <?xml version="1.0" encoding="\(encoding)"?>
        <!DOCTYPE Invoice [
          <!ENTITY xxe SYSTEM "file://\(secretPath)">
        ]>
        \(XMLSecurityTests.invoiceOpen)
          <cbc:ID>XXE-1</cbc:ID>
          <cbc:Note>&xxe;</cbc:Note>
        </Invoice>
        """
    }

    @Test func externalEntityRejected() throws {
        let secret = try makeSecretFile()
        defer { try? FileManager.default.removeItem(atPath: (secret.path as NSString).deletingLastPathComponent) }
        let result = importUBL(Array(xxeDocument(secretPath: secret.path).utf8))
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location.element == "DOCTYPE")
        #expect(rejection.location.line == 3)
        #expect(rejection.reason.en == "entity declaration in the DOCTYPE rejected: XML entities can read local files or exhaust memory, remove the DOCTYPE")
        #expect(rejection.reason.fr.hasPrefix("déclaration d'entité dans le DOCTYPE refusée"))
        #expect(!"\(result)".contains(secret.content))
    }

    /// The byte scan cannot read UTF-16, so this case reaches libxml2 and must be caught by the
    /// reader's own check of the DTD.
    @Test func externalEntityInUTF16Rejected() throws {
        let secret = try makeSecretFile()
        defer { try? FileManager.default.removeItem(atPath: (secret.path as NSString).deletingLastPathComponent) }
        let text = xxeDocument(secretPath: secret.path, encoding: "UTF-16")
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(try #require(text.data(using: .utf16LittleEndian)))
        #expect(DoctypeScanner.entityDeclarationLine(in: bytes) == nil)
        let result = importUBL(bytes)
        #expect(result.documents == [])
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.location.element == "DOCTYPE")
        #expect(!"\(result)".contains(secret.content))
    }

    @Test func billionLaughsRejected() throws {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "<!ENTITY lol\(level) \"\(previous)\">\n"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [\n\(declarations)]>\n\(XMLSecurityTests.invoiceOpen)<cbc:Note>&lol9;</cbc:Note></Invoice>"
        let start = ContinuousClock.now
        let result = importUBL(Array(xml.utf8))
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(result.documents == [])
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.location.element == "DOCTYPE")
    }

    @Test func deepNestingRejected() throws {
        let depth = 10_000
        let xml = XMLSecurityTests.invoiceOpen + "\n" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</Invoice>"
        let result = importUBL(Array(xml.utf8))
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location.line == 2)
        #expect(rejection.reason.en == "XML nesting too deep (more than 256 levels): this file is not an invoice, check where it comes from")
    }

    @Test func doctypeWithoutEntitiesAccepted() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice SYSTEM \"file:///nonexistent/invoice.dtd\">\n\(XMLSecurityTests.invoiceOpen)<cbc:ID>DTD-1</cbc:ID></Invoice>"
        let result = importUBL(Array(xml.utf8))
        #expect(result.rejections == [])
        #expect(result.documents.first?.number == "DTD-1")
    }

    @Test func undeclaredEntityRejected() throws {
        let xml = "\(XMLSecurityTests.invoiceOpen)\n<cbc:ID>A&nbsp;B</cbc:ID></Invoice>"
        let result = importUBL(Array(xml.utf8))
        #expect(result.documents == [])
        #expect(result.rejections.first?.location.line == 2)
        #expect(result.rejections.first?.reason.en.contains("Entity 'nbsp' not defined") == true)
    }

    @Test func undeclaredPrefixRejected() throws {
        let xml = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n<cbc:ID>1</cbc:ID></Invoice>"
        let result = importUBL(Array(xml.utf8))
        #expect(result.documents == [])
        #expect(result.rejections.first?.location.line == 2)
        #expect(result.rejections.first?.reason.en.contains("Namespace prefix cbc on ID is not defined") == true)
    }

    @Test func emptyAndTruncatedInputRejected() throws {
        for input in ["", "<Invoice", XMLSecurityTests.invoiceOpen + "<cbc:ID>1</cbc:ID>"] {
            let result = importUBL(Array(input.utf8))
            #expect(result.documents == [], "\(input)")
            #expect(result.rejections.count == 1, "\(input)")
        }
    }

    @Test func lineNumbersBeyond65535() throws {
        let padding = String(repeating: "\n", count: 70_000)
        let xml = "\(XMLSecurityTests.invoiceOpen)\(padding)<cac:LegalMonetaryTotal xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"><cbc:PayableAmount>1O</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>"
        let warning = try #require(importUBL(Array(xml.utf8)).warnings.first)
        #expect(warning.location.line == 70_001)
        #expect(warning.location.element == "/Invoice/LegalMonetaryTotal/PayableAmount")
    }
}
