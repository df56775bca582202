import InvoiceAudit
@testable import InvoiceImport
import InvoiceModel
import Testing

/// BR-03 in CII: the artefact reads the issue date only from a `DateTimeString` with
/// `format="102"`, so a date written in another format, or without one, counts as missing.
@Suite struct CIIIssueDateFormatTests {
    static let written = #"<udt:DateTimeString format="102">20260304</udt:DateTimeString>"#

    static func document(_ issueDate: String) throws -> Document {
        let xml = FacturXExtendedTotalsTests.invoice.replacingOccurrences(of: written, with: issueDate)
        #expect(xml != FacturXExtendedTotalsTests.invoice || issueDate == written)
        let result = CIIImporter().importDocuments(Array(xml.utf8), file: "date.xml", options: ImportOptions())
        return try #require(result.documents.first)
    }

    static func fired(_ issueDate: String) throws -> [String] {
        Set(Auditor().documentFindings(try document(issueDate)).map(\.ruleID).filter { $0.hasPrefix("BR-") }).sorted()
    }

    @Test func format102IsSilent() throws {
        #expect(try Self.fired(Self.written) == [])
    }

    @Test func missingFormatFiresBR03() throws {
        #expect(try Self.fired("<udt:DateTimeString>20260304</udt:DateTimeString>") == ["BR-03"])
        // The date itself is still read for the other rules.
        #expect(try Self.document("<udt:DateTimeString>20260304</udt:DateTimeString>").issueDate == CivilDate(parsing: "2026-03-04"))
    }

    @Test func otherFormatFiresBR03() throws {
        #expect(try Self.fired(#"<udt:DateTimeString format="203">202603041030</udt:DateTimeString>"#) == ["BR-03"])
    }

    @Test func unreadableFormat102DateStillCounts() throws {
        #expect(try Self.fired(#"<udt:DateTimeString format="102">123</udt:DateTimeString>"#) == [])
    }

    @Test func messageSaysWhatToWrite() throws {
        let document = try Self.document("<udt:DateTimeString>20260304</udt:DateTimeString>")
        let messages = Auditor().documentFindings(document).filter { $0.ruleID == "BR-03" }.map(\.message.en)
        #expect(messages == ["issue date (BT-2) written without format '102': write it as yyyymmdd in a DateTimeString with format 102"])
    }

    @Test func flagSurvivesCanonicalJSON() throws {
        let flagged = try Self.document("<udt:DateTimeString>20260304</udt:DateTimeString>")
        let decoded = try CanonicalJSON.decode(try CanonicalJSON.encode([flagged]))
        #expect(decoded.first?.sourceFacts?.issueDateWithoutFormat102 == true)
        let plain = try CanonicalJSON.encode([try Self.document(Self.written)])
        #expect(!String(decoding: plain, as: UTF8.self).contains("issueDateWithoutFormat102"))
    }
}
