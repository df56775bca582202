import Testing
import InvoiceAudit
import InvoiceImport
import InvoiceModel

/// Streaming import of large generated exports: the documents handed over one at a time are the
/// ones the collecting import returns, with the values the rows hold, and give the same findings.
@Suite struct StreamingImportTests {
    static let header = "N° facture;Date;Type;Émetteur;SIREN émetteur;Client;SIREN client;Total HT;TVA;Total TTC;Statut"
    static let lineHeader =
        "N° facture;Date;Type;Émetteur;SIREN émetteur;Client;SIREN client;Désignation;Quantité;Prix unitaire HT;Montant ligne HT;Taux TVA;Total HT;TVA;Total TTC;Statut"

    /// `12,34` from 1234 cents.
    static func cents(_ value: Int) -> String {
        let digits = String(value % 100)
        return "\(value / 100),\(digits.count == 1 ? "0" + digits : digits)"
    }

    static func number(_ index: Int) -> String {
        let digits = String(index)
        return "FA-2025-" + String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// 50,000 invoice rows; every 1,000th has an unreadable total and every 5,000th is followed by a blank row.
    static func headerLevelExport(rows: Int) -> (bytes: [UInt8], badLines: [Int]) {
        var text = header + "\n"
        var line = 1
        var badLines: [Int] = []
        for index in 1...rows {
            let net = 100 + index % 9_000 * 7
            let vat = net / 5
            let total = index % 1_000 == 0 ? "12,3,4" : cents(net + vat)
            line += 1
            if index % 1_000 == 0 { badLines.append(line) }
            text += "\(number(index));15/03/2025;Facture;Atelier;812476356;Client \(index % 50);732829320;"
            text += "\(cents(net));\(cents(vat));\(total);Payée\n"
            if index % 5_000 == 0 {
                text += ";;;;;;;;;;\n"
                line += 1
            }
        }
        return (Array(text.utf8), badLines)
    }

    static func importBoth(_ bytes: [UInt8]) -> (streamed: [Document], summary: ImportSummary, collected: ImportResult) {
        let options = ImportOptions()
        var streamed: [Document] = []
        let summary = DocumentImporter.importBytes(bytes, file: "large.csv", options: options) { streamed.append($0) }
        let collected = DocumentImporter.importBytes(bytes, file: "large.csv", options: options)
        return (streamed, summary, collected)
    }

    @Test func headerLevelStreamMatchesRowsAndCollectingImport() {
        let (bytes, badLines) = Self.headerLevelExport(rows: 50_000)
        let (streamed, summary, collected) = Self.importBoth(bytes)

        #expect(summary.format == .csv)
        #expect(summary.documentCount == 49_950)
        // The 10 blank rows count as read and skipped.
        #expect(summary.recordsRead == 50_010)
        #expect(summary.skipped == 10)
        #expect(summary.rejections.map(\.location.line) == badLines)
        #expect(summary.rejections.first?.reason.en.hasPrefix("unreadable amount '12,3,4'") == true)
        #expect(summary.warnings.map(\.reason.en) == ["10 rows without any value skipped"])
        #expect(streamed == collected.documents)
        #expect(summary == collected.summary)

        // Row 4,321 sits on line 4,322: no blank row comes before it.
        let document = streamed[4_320 - 4]
        #expect(document.number == "FA-2025-004321")
        #expect(document.source.line == 4_322)
        let net = 100 + 4_321 % 9_000 * 7
        #expect(document.totals.taxExclusive == Amount(units: Int128(net), scale: 2))
        #expect(document.totals.taxInclusive == Amount(units: Int128(net + net / 5), scale: 2))
        #expect(document.issueDate == CivilDate(year: 2025, month: 3, day: 15))
        #expect(document.buyer?.siren == "732829320")
        #expect(document.status == .paid)
        #expect(document.sourceFormat == .csv)

        let auditor = Auditor()
        let streamedFindings = streamed.flatMap(auditor.documentFindings)
        #expect(streamedFindings == collected.documents.flatMap(auditor.documentFindings))
        let ledger = auditor.ledgerFindings(Ledger(entries: streamed.map { LedgerEntry($0) }))
        // The rejected rows leave single-number gaps in the one series, but for the last number.
        #expect(ledger.findings.filter { $0.ruleID == "FR-NUM-03" }.count == 49)
        #expect(ledger.series.map(\.count) == [49_950])
    }

    @Test func lineLevelStreamGroupsEveryInvoice() {
        var text = Self.lineHeader + "\n"
        var expectedLines: [Int] = []
        for index in 1...12_500 {
            let count = 1 + index % 4
            expectedLines.append(count)
            let net = count * 1_000
            for line in 1...count {
                text += "\(Self.number(index));15/03/2025;Facture;Atelier;812476356;Client;732829320;Article \(line);"
                text += "2;5,00;10,00;20;\(Self.cents(net));\(Self.cents(net / 5));\(Self.cents(net + net / 5));Émise\n"
            }
        }
        let (streamed, summary, collected) = Self.importBoth(Array(text.utf8))

        #expect(summary.documentCount == 12_500)
        #expect(summary.rejections.isEmpty)
        #expect(streamed.map(\.lines.count) == expectedLines)
        #expect(streamed == collected.documents)
        #expect(streamed.last?.lines.last?.id == "1")
        #expect(streamed[1].lines.map(\.id) == ["1", "2", "3"])
        #expect(streamed[1].lines.map(\.netAmount) == Array(repeating: Amount(units: 1_000, scale: 2), count: 3))
        let auditor = Auditor()
        #expect(streamed.flatMap(auditor.documentFindings) == collected.documents.flatMap(auditor.documentFindings))
    }

    @Test func malformedQuotingLateInTheFileDeliversNoDocument() {
        var (bytes, _) = Self.headerLevelExport(rows: 20_000)
        bytes += Array("FA-2025-999999;15/03/2025;Facture;Atelier;812476356;Cli\"ent;732829320;1,00;0,20;1,20;Payée\n".utf8)
        var delivered = 0
        let summary = DocumentImporter.importBytes(bytes, file: "late.csv", options: ImportOptions()) { _ in delivered += 1 }
        #expect(delivered == 0)
        #expect(summary.documentCount == 0)
        #expect(summary.rejections.map(\.location.line) == [20_006])
    }
}
