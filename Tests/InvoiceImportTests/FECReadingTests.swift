import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

@Suite struct FECDetectionTests {
    @Test func fixtureIsDetectedAsFEC() throws {
        #expect(FormatDetector.detect(try FECTestSupport.fixture()) == .fec)
    }

    @Test(arguments: [
        ("JOURNALCODE\tJOURNALLIB\tECRITURENUM\tECRITUREDATE\tCOMPTENUM\tCOMPTELIB\tCOMPAUXNUM\tCOMPAUXLIB\tPIECEREF\tPIECEDATE\tECRITURELIB\tDEBIT\tCREDIT\tECRITURELET\tDATELET\tVALIDDATE\tMONTANTDEVISE\tIDEVISE\r\n", InputFormat.fec),
        ("\u{FEFF}JournalCode;JournalLib;EcritureNum;EcritureDate;CompteNum;CompteLib;CompAuxNum;CompAuxLib;PieceRef;PieceDate;EcritureLib;Debit;Credit;EcritureLet;DateLet;ValidDate;Montantdevise;Idevise\n", .fec),
        ("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Montant|Sens|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise|\n", .fec),
        ("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise|DateRglt|ModeRglt|NatOp|IdClient\n", .fec),
        ("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate\n", .fec),
        ("JournalLib|JournalCode|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\n", .fec),
        ("Numéro;Date;Client;Debit;Credit;JournalCode;CompteNum\n", .csv),
    ])
    func headerDecidesFormat(text: String, format: InputFormat) {
        #expect(FormatDetector.detect(Array(text.utf8)) == format)
    }

    @Test func amountColumnsVariant() throws {
        let header = FECTestSupport.header.replacingOccurrences(of: "Debit|Credit", with: "Montant|Sens")
        let layout = try #require(FECLayout.detect(Array(header.utf8)))
        #expect(layout.amountColumns == .amountAndDirection)
        #expect(layout.separator == UInt8(ascii: "|"))
        #expect(layout.fieldCount == 18)
    }

    @Test(arguments: [
        ("847315926FEC20261231.txt", FECFileName.Reading.valid(FECFileName(siren: "847315926", closingDate: CivilDate(year: 2026, month: 12, day: 31)!))),
        ("exports/847315926fec20261231", .valid(FECFileName(siren: "847315926", closingDate: CivilDate(year: 2026, month: 12, day: 31)!))),
        ("847315925FEC20261231.txt", .invalidSIREN("847315925")),
        ("847315926FEC20261331.txt", .invalidDate(siren: "847315926", sirenIsValid: true, date: "20261331")),
        ("847315925FEC20261331.txt", .invalidDate(siren: "847315925", sirenIsValid: false, date: "20261331")),
        (
            "847315926FEC20261231 (1).txt",
            .extraText(FECFileName(siren: "847315926", closingDate: CivilDate(year: 2026, month: 12, day: 31)!), expected: "847315926FEC20261231.txt")
        ),
        ("847315926FEC20261231-copie", .extraText(FECFileName(siren: "847315926", closingDate: CivilDate(year: 2026, month: 12, day: 31)!), expected: "847315926FEC20261231")),
        ("847315926FEC202612310.txt", .unnamed),
        ("grand-livre.txt", .unnamed),
    ])
    func fileNameGivesSIREN(name: String, reading: FECFileName.Reading) {
        #expect(FECFileName.read(name) == reading)
    }

    @Test(arguments: [
        ("TVA collectée 20%", "20"), ("TVA 5,5 %", "5.5"), ("taux 2.1% réduit", "2.1"), ("TVA collectée", nil),
        ("remise 100%", nil), ("% seul", nil), ("TVA 8,5% DOM", "8.5"),
    ])
    func percentageInLabel(label: String, rate: String?) {
        #expect(FECLine.percentage(in: label) == rate.flatMap(FECTestSupport.amount))
    }
}

@Suite struct FECReadingTests {
    @Test func invalidSIRENInNameLeavesSellerUnknown() {
        let result = FECTestSupport.importLines(
            FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00"), file: "847315925FEC20261231.txt")
        #expect(result.documents.first?.seller == nil)
        #expect(result.warnings.isEmpty)
        #expect(result.fecFaults.map(\.kind) == [.invalidSIREN("847315925")])
    }

    @Test func amountAndDirectionColumns() {
        let text = """
            JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tMontant\tSens\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise
            VT\tVentes\t7\t20260310\t411DUPONT\tDupont Élise\t\t\tN-7\t20260309\tHonoraires\t600,00\tD\t\t\t20260311\t\t
            VT\tVentes\t7\t20260310\t706000\tHonoraires\t\t\tN-7\t20260309\tHonoraires\t500,00\t-1\t\t\t20260311\t\t
            VT\tVentes\t7\t20260310\t445710\tTVA 20 %\t\t\tN-7\t20260309\tHonoraires\t100,00\tC\t\t\t20260311\t\t

            """
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "bnc.txt", options: ImportOptions())
        #expect(result.rejections.isEmpty)
        let document = result.documents.first
        #expect(document?.number == "N-7")
        #expect(document?.issueDate == CivilDate(year: 2026, month: 3, day: 9))
        #expect(document?.buyer?.name == "Dupont Élise")
        #expect(document?.buyer?.identifiers == [Identifier(value: "411DUPONT")])
        #expect(document?.totals.taxInclusive == Amount(600))
        #expect(document?.totals.taxExclusive == Amount(500))
        #expect(document?.vatBreakdown.first?.rate == Amount(20))
    }

    /// Bytes common to ISO 8859-15 and Windows-1252 (é is 0xE9 in both) read the same either way,
    /// so the file is read as ISO 8859-15 without a warning.
    @Test func singleByteAccentsAreDecoded() throws {
        var bytes = Array((FECTestSupport.header + "\r\n").utf8)
        let line = "VE|Ventes|1|20260105|411000|Clients|C9|Caf\u{E9} Ren\u{E9}e|F1|20260105|Facture|120,00|0,00|||20260105||\r\n"
            + "VE|Ventes|1|20260105|706000|Prestations|||F1|20260105|Facture|0,00|100,00|||20260105||\r\n"
            + "VE|Ventes|1|20260105|445710|TVA collect\u{E9}e 20%|||F1|20260105|Facture|0,00|20,00|||20260105||\r\n"
        bytes += try #require(line.data(using: .windowsCP1252))
        let result = DocumentImporter.importBytes(bytes, file: "cp1252.txt", options: ImportOptions())
        #expect(result.documents.first?.buyer?.name == "Café Renée")
        #expect(result.warnings.map(\.reason) == [])
    }

    @Test func badLinesAreRejectedWithTheirLine() {
        var lines = FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00")
        lines.insert("VE|Ventes|1|20260105|706000|Prestations|F1|20260105|0,00|5,00", at: 1)
        lines += FECTestSupport.sale(2, reference: "F2", net: "1 000,00", vat: "200,00", total: "1200,00")
        lines += FECTestSupport.sale(3, reference: "F3", net: "100,00", vat: "20,00", total: "120,00", date: "20260230")
        let result = FECTestSupport.importLines(lines)
        // VE/1 lacks its line 3, so it is rejected for that line rather than imported without it.
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.line) == [3, 7, 9])
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/1' rejected: line 3 has 10 fields but the header has 18: a separator is missing or appears inside a label; correct the export",
                "entry 'VE/2' rejected: invalid amount '1 000,00' in column Credit at line 7: write a number with a decimal comma and no thousands separator, for example 1250,00",
                "entry 'VE/3' rejected: invalid date '20260230' in column EcritureDate at line 9: write a real date as YYYYMMDD (and 8 more unreadable values in this entry)",
            ])
        #expect(result.rejections.map(\.documentNumber) == ["F1", "F2", "F3"])
    }

    @Test func pieceReferenceMustNotChange() {
        var lines = FECTestSupport.sale(4, reference: "F4", net: "100,00", vat: "20,00", total: "120,00")
        lines[2] = lines[2].replacingOccurrences(of: "|F4|", with: "|F5|")
        let result = FECTestSupport.importLines(lines)
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.line) == [4])
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/4' has two PieceRef values, 'F4' at line 2 and 'F5' at line 4: a sales entry records one invoice, split it into two entries"
            ])
    }

    @Test func interleavedEntriesAreGrouped() {
        let first = FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00")
        let second = FECTestSupport.sale(2, reference: "F2", net: "50,00", vat: "10,00", total: "60,00")
        let result = FECTestSupport.importLines([first[0], second[0], first[1], second[1], first[2], second[2]])
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.number) == ["F1", "F2"])
        #expect(result.documents.map(\.totals.taxInclusive) == [Amount(120), Amount(60)])
    }

    @Test func assemblerClosesEachEntryAtItsLastLine() {
        func line(_ number: String, _ row: Int) -> FECLine {
            FECLine(
                line: row, journalCode: "VE", journalLabel: "Ventes", entryNumber: number, accountNumber: "411000",
                accountLabel: "Clients", auxiliaryNumber: "", auxiliaryLabel: "", pieceReference: "F\(number)", entryLabel: "",
                lettering: "", currencyCode: "")
        }
        let lastLines = [
            FECEntryKey(journalCode: "VE", entryNumber: "1"): 5, FECEntryKey(journalCode: "VE", entryNumber: "2"): 4,
        ]
        var assembler = FECEntryAssembler(lastLines: lastLines)
        var events: [String] = []
        let record: (FECEntryAssembler.Event) -> Void = { event in
            switch event {
            case .closed(let entry): events.append("closed \(entry.key) lines \(entry.lines.map(\.line))")
            }
        }
        for (number, row) in [("1", 2), ("1", 3), ("2", 4), ("1", 5)] {
            assembler.add(line(number, row), emit: record)
            if row == 3 { #expect(assembler.contains(FECEntryKey(journalCode: "VE", entryNumber: "1"))) }
        }
        #expect(events == ["closed VE/2 lines [4]", "closed VE/1 lines [2, 3, 5]"])
        assembler.finish(emit: record)
        #expect(events.count == 2)
    }

    /// 200 entries sorted by account, as a general ledger lists them: every 411 line, then every
    /// 445 line, then every 706 line. Each entry must still be read whole.
    @Test func entriesSortedByAccountAreReadWhole() {
        let sales = (1...200).map { number in
            FECTestSupport.sale(
                number, reference: "FA-\(number)", net: "\(number),00", vat: "\(number / 5),\(number % 5 * 2)0",
                total: "\(number + number / 5),\(number % 5 * 2)0")
        }
        let lines = sales.map { $0[0] } + sales.map { $0[2] } + sales.map { $0[1] }
        let result = FECTestSupport.importLines(lines)
        #expect(result.rejections.isEmpty)
        #expect(result.warnings.isEmpty)
        #expect(result.recordsRead == 200)
        #expect(result.documents.count == 200)
        #expect(result.documents.compactMap(\.number) == (1...200).map { "FA-\($0)" })
        for (index, document) in result.documents.enumerated() {
            let number = index + 1
            #expect(document.totals.taxExclusive == Amount(number))
            #expect(document.totals.taxInclusive == Amount(parsing: "\(number + number / 5).\(number % 5 * 2)0"))
        }
        // A document points at its entry's first line, the 411 line.
        #expect(result.documents.first?.source.line == 2)
    }

    @Test func semicolonsWithBOMAndTrailingSeparator() {
        let header = FECTestSupport.header.replacingOccurrences(of: "|", with: ";")
        let lines = FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00")
            .map { $0.replacingOccurrences(of: "|", with: ";") + ";" }
        let text = "\u{FEFF}" + ([header] + lines).joined(separator: "\r\n") + "\r\n"
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "fec.csv", options: ImportOptions())
        #expect(result.format == .fec)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.number) == ["F1"])
        #expect(result.documents.first?.totals.taxInclusive == Amount(120))
    }

    @Test func paymentSplitAroundSalesStaysOneSkippedEntry() {
        let payment = [
            "BQ|Banque|1|20260105|512000|Banque|||V1|20260105|Virement|120,00|0,00|||20260105||",
            "BQ|Banque|1|20260105|411000|Clients|C001|Client Un|V1|20260105|Virement|0,00|100,00|||20260105||",
        ]
        var lines = payment
        for number in 1...70 {
            lines += FECTestSupport.sale(number, reference: "F\(number)", net: "100,00", vat: "20,00", total: "120,00")
        }
        lines.append("BQ|Banque|1|20260105|411000|Clients|C002|Client Deux|V1|20260105|Virement|0,00|20,00|||20260105||")
        let result = FECTestSupport.importLines(lines)
        #expect(result.documents.count == 70)
        #expect(result.rejections.isEmpty)
        #expect(result.fecFaults.map(\.check) == [.fileName])
        #expect(
            result.warnings.map(\.reason.en) == [
                "journal 'BQ' (Banque): 1 entry skipped (3 lines, from line 2) without a customer line 411 with revenue 70 or output VAT 4457; list the sales journals in fec.salesJournals if this is wrong"
            ])
    }

    @Test func blankLinesBeforeHeader() {
        let lines = FECTestSupport.sale(1, reference: "F1", net: "100,00", vat: "20,00", total: "120,00")
        let text = "\r\n\r\n" + ([FECTestSupport.header] + lines).joined(separator: "\r\n")
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "fec.txt", options: ImportOptions())
        #expect(result.format == .fec)
        #expect(result.documents.map(\.number) == ["F1"])
        #expect(result.documents.first?.source.line == 4)
    }

    @Test func headerOnlyWarns() {
        let result = FECTestSupport.importLines([])
        #expect(result.recordsRead == 0)
        #expect(result.warnings.map(\.reason) == [FECMessages.noEntries])
    }
}
