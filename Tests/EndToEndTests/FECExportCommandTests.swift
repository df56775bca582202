import Foundation
import Testing

/// `facturaudit export --to fec`: the sales journal passes the FR-FEC rules and imports back to the
/// documents it was written from.
@Suite struct FECExportCommandTests {
    static let fixtures = "Tests/InvoiceImportTests/Fixtures/xml"

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-fec-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// (number, issue date, total with VAT, total without VAT, VAT) of each document of a canonical JSON export.
    func totals(_ json: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]] ?? []
        return documents.map { document in
            let totals = document["totals"] as? [String: Any] ?? [:]
            let amounts = ["taxInclusive", "taxExclusive", "vat"].map { key in
                (totals[key] as? String).flatMap { Decimal(string: $0) }.map { "\($0)" } ?? "-"
            }
            return ([document["number"] as? String ?? "-", document["issueDate"] as? String ?? "-"] + amounts).joined(separator: " ")
        }.sorted()
    }

    @Test func exportPassesFECRulesAndRoundTrips() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fec = folder.appendingPathComponent("847315926FEC20261231.txt").path
        let export = try ToolRunner.run(["export", "--to", "fec", Self.fixtures, "-o", fec, "--lang", "en"])
        #expect(export.status == 2)
        #expect(
            export.stderr
                == "\(Self.fixtures)/cii-facturx-basicwl.xml:5: document 'WL-0007' in currency 'GBP' left out of the FEC: a FEC is kept in euros and the document gives no exchange rate; post the entry in the accounts\nfacturaudit: 1 document left out of the export\n")

        let check = try ToolRunner.run(["check", fec, "--format", "json", "--lang", "en", "--fail-on", "never"])
        #expect(check.status == 0)
        #expect(!check.stdout.contains("FR-FEC-"))

        let source = try ToolRunner.run(["export", "--to", "canonical-json", Self.fixtures])
        let back = try ToolRunner.run(["export", "--to", "canonical-json", fec])
        #expect(back.status == 0)
        let expected = try totals(source.stdout).filter { !$0.hasPrefix("WL-0007 ") }
        #expect(try totals(back.stdout) == expected)
        #expect(expected.count == 10)
    }

    @Test func storeExportUsesConfiguredJournal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("invoices.sqlite").path
        let config = folder.appendingPathComponent("facturaudit.json")
        try Data(#"{"fec": {"export": {"journalCode": "VT", "revenueAccount": "707000"}}}"#.utf8).write(to: config)
        #expect(try ToolRunner.run(["import", "\(Self.fixtures)/ubl-creditnote.xml", "--db", database, "--quiet"]).status == 0)
        let result = try ToolRunner.run(["export", "--db", database, "--to", "fec", "--config", config.path, "--lang", "en"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map { $0.split(separator: "|", omittingEmptySubsequences: false) }
        #expect(lines.count == 4)
        #expect(lines.dropFirst().map { "\($0[0])|\($0[4])|\($0[8])" } == ["VT|411000|AV-2025-003", "VT|707000|AV-2025-003", "VT|445710|AV-2025-003"])
        // A credit note credits the customer.
        #expect(lines[1][11] == "0,00")
    }

    @Test func invalidExportAccountIsAConfigurationError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("bad.json")
        try Data(#"{"fec": {"export": {"vatAccount": "TVA"}}}"#.utf8).write(to: config)
        let result = try ToolRunner.run(["export", "--to", "fec", "\(Self.fixtures)/ubl-creditnote.xml", "--config", config.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fec.export.vatAccount"))
        #expect(result.stderr.contains("invalid account 'TVA': write a chart-of-accounts number starting with three digits, for example 706000"))
    }

    /// An input rejected at import leaves no entry: no header-only FEC is written at `-o`, and
    /// standard error says why, after the rejection.
    @Test func noEntryWritesNoFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("export.csv")
        try Data("x,y\n1,2\n".utf8).write(to: input)
        let fec = folder.appendingPathComponent("847315926FEC20261231.txt").path
        let result = try ToolRunner.run(["export", "--to", "fec", input.path, "-o", fec, "--lang", "en"])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: fec))
        #expect(result.stderr.hasSuffix(
            "facturaudit: 1 input rejected, left out of the export\nfacturaudit: no entry to write, FEC not written to '\(fec)': correct the inputs and documents named above, then export again\n"))
        let french = try ToolRunner.run(["export", "--to", "fec", input.path, "--lang", "fr"])
        #expect(french.stdout.isEmpty)
        #expect(french.stderr.hasSuffix("facturaudit : aucune écriture à écrire, FEC non écrit : corrigez les entrées et documents nommés plus haut puis exportez de nouveau\n"))
    }

    /// A customer name written on two lines in a quoted CSV cell stays on one FEC line, and the
    /// FEC reads back without rejection.
    @Test func customerNameOnTwoLinesStaysOnOneLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "N° facture;Date;Client;Total HT;TVA;Total TTC\nFA-2025-0001;05/01/2025;\"Dupont\nSARL\";100,00;20,00;120,00\nFA-2025-0002;06/01/2025;\"Martin\r\nFils\";10,00;2,00;12,00\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("names.csv"))
        let export = try ToolRunner.run(
            ["export", "--to", "fec", "names.csv", "-o", "794381020FEC20251231.txt", "--lang", "en"], workingDirectory: folder)
        #expect(export.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("794381020FEC20251231.txt"), encoding: .utf8)
        let lines = written.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == 8)
        #expect(lines[1] == "VE|Ventes|1|20250105|411000|Clients||Dupont SARL|FA-2025-0001|20250105|Facture FA-2025-0001|120,00|0,00|||20250105||")
        #expect(lines[4] == "VE|Ventes|2|20250106|411000|Clients||Martin Fils|FA-2025-0002|20250106|Facture FA-2025-0002|12,00|0,00|||20250106||")
        #expect(!written.replacingOccurrences(of: "\r\n", with: "").contains { $0 == "\n" || $0 == "\r" })
        let check = try ToolRunner.run(
            ["check", "794381020FEC20251231.txt", "--lang", "en", "--fail-on", "never"], workingDirectory: folder)
        #expect(!check.stdout.contains("[rejected]"))
        #expect(check.stdout.contains("2 documents read"))
    }
}
