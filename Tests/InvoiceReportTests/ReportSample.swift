import FoundationEssentials
import InvoiceAudit
import InvoiceModel
import InvoiceReport

/// A journal whose values carry every character the report formats must escape or neutralise:
/// `,`, `;`, quotes, `<`, `&`, a leading `=`, accents and a line break.
enum ReportSample {
    static let csvFile = "ventes; 2025 \"Q1\".csv"
    static let xmlFile = "=HYPERLINK(\"x\") & <b>.xml"

    static func journal(withLines: Bool = true) -> Journal {
        let seller = Party(name: "Café \"Les <Arts> & Métiers\", SARL", siren: "732829320")
        let documents = [
            Document(number: "F-1", issueDate: CivilDate(year: 2025, month: 1, day: 2), seller: seller,
                     source: SourceLocation(file: csvFile, line: 2)),
            Document(number: "F-3", issueDate: CivilDate(year: 2025, month: 1, day: 3), seller: seller,
                     source: SourceLocation(file: csvFile, line: 3)),
            Document(number: "F-7", issueDate: CivilDate(year: 2025, month: 3, day: 4), seller: seller,
                     source: SourceLocation(file: csvFile, line: 4)),
            Document(number: "=1+1", isDraft: true, issueDate: CivilDate(year: 2025, month: 3, day: 5), seller: seller,
                     source: SourceLocation(file: xmlFile, line: 1)),
        ]
        let entries = documents.map(LedgerEntry.init)
        let ledger = Ledger(entries: entries)
        var (findings, series) = Auditor().ledgerFindings(ledger)
        let grandTotal = RuleCatalogue.rule(id: "BR-CO-15") ?? NumberingRules.gap
        findings.append(
            Finding(
                rule: grandTotal, location: SourceLocation(file: xmlFile, line: 1, element: "/Invoice"),
                documentNumber: "=1+1",
                message: LocalizedText(
                    fr: "total TTC déclaré \"1 200,00\" <b>faux</b> & à revoir ; voir ligne 2",
                    en: "total with VAT declared \"1,200.00\" <b>wrong</b> & to review; see line 2")))
        findings.append(
            Finding(
                rule: NumberingRules.draftWithFinalNumber, location: SourceLocation(file: csvFile, line: 4),
                documentNumber: "F-7",
                message: LocalizedText(fr: "-brouillon\u{3B} à vérifier\nsur deux lignes", en: "-draft; to check\non two lines"),
                severity: .info))
        let rejection = Rejection(
            location: SourceLocation(file: csvFile, line: 5, element: "Total HT"),
            reason: LocalizedText(fr: "montant illisible '=1,2,3'", en: "unreadable amount '=1,2,3'"))
        let remark = Rejection(
            location: SourceLocation(file: csvFile),
            reason: LocalizedText(fr: "fichier lu en Windows-1252 : « é » vérifié", en: "file read as Windows-1252: \"é\" checked"))
        let files = [
            FileReport(path: csvFile, format: .csv, imported: 3, rejections: [rejection], warnings: [remark]),
            FileReport(path: xmlFile, format: .ubl, imported: 1, rejections: [], warnings: []),
        ]
        let lines =
            withLines
            ? [
                InvoiceLineRecord(
                    location: SourceLocation(file: csvFile, line: 2), documentNumber: "F-1",
                    issueDate: CivilDate(year: 2025, month: 1, day: 2), seller: seller.name, buyer: "=cmd|' /C calc'!A0",
                    lineID: "1", description: "Lampe \"Arc\" <E27>, 60 W; à poser", quantity: Amount(parsing: "2"),
                    unit: "C62", netPrice: Amount(parsing: "49.90"), netAmount: Amount(parsing: "99.80"), vatCategory: "S",
                    vatRate: Amount(parsing: "20")),
                InvoiceLineRecord(
                    location: SourceLocation(file: csvFile, line: 3), documentNumber: "F-3",
                    issueDate: CivilDate(year: 2025, month: 1, day: 3), seller: seller.name, buyer: "@Hôtel",
                    lineID: "2", description: "+remise\r\nfidélité", quantity: Amount(parsing: "1"), unit: nil,
                    netPrice: Amount(parsing: "-12.50"), netAmount: Amount(parsing: "-12.50"), vatCategory: "S",
                    vatRate: Amount(parsing: "5.5")),
            ]
            : []
        return Journal(
            files: files, findings: findings, series: series, documents: entries.map(DocumentRecord.init), lines: lines)
    }
}

/// Compares output with a committed file in Tests/InvoiceReportTests/Golden;
/// `FACTURAUDIT_RECORD=1` rewrites the file instead. A missing file fails.
enum ReportGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func contents(_ name: String, actual: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FACTURAUDIT_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
