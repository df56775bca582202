import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// Each FR-FEC rule fires on a small FEC, and stays silent on its nearest compliant case or where
/// an import rejection already reports the fault.
@Suite struct FECFileRulesTests {
    typealias Files = FECRuleFiles

    // MARK: FR-FEC-01

    @Test func misspeltHeaderNameFires() {
        let header = Files.header.replacingOccurrences(of: "|Credit|", with: "|Crédit|")
        let result = Files.importLines(Files.clean, header: header)
        #expect(result.format == .fec)
        #expect(result.documents.count == 2)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-01", 1, "header field 13 is spelt 'Crédit' instead of 'Credit': write the exact name set by LPF art. A47 A-1")
            ])
    }

    @Test func headerInOtherCaseFires() {
        let header = Files.header.replacingOccurrences(of: "Montantdevise", with: "MontantDevise")
        #expect(
            Files.findings(Files.importLines(Files.clean, header: header)) == [
                FECFinding("FR-FEC-01", 1, "header field 17 is spelt 'MontantDevise' instead of 'Montantdevise': write the exact name set by LPF art. A47 A-1")
            ])
    }

    @Test func missingEssentialHeaderRejectsTheFile() {
        let header = Files.header.replacingOccurrences(of: "|EcritureNum|", with: "|")
        let lines = Files.clean.map { line in
            var fields = line.split(separator: "|", omittingEmptySubsequences: false)
            fields.remove(at: 2)
            return fields.joined(separator: "|")
        }
        let result = Files.importLines(lines, header: header)
        #expect(result.format == .fec)
        #expect(result.documents.isEmpty)
        #expect(
            result.rejections.map(\.reason.en) == [
                "FEC could not be read: the header lacks the field 'EcritureNum', without which lines cannot be grouped into entries (see FR-FEC-01); write the 18 fields of the FEC header in order"
            ])
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-01", 1, "the header lacks the field 'EcritureNum', expected at position 3: add it in its place in the regulatory order")
            ])
    }

    @Test func missingOptionalHeaderIsReadByName() {
        let header = Files.header.replacingOccurrences(of: "|JournalLib|", with: "|")
        let lines = Files.clean.map { line in
            var fields = line.split(separator: "|", omittingEmptySubsequences: false)
            fields.remove(at: 1)
            return fields.joined(separator: "|")
        }
        let result = Files.importLines(lines, header: header)
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2"])
        #expect(result.documents.first?.totals.taxInclusive == Amount(120))
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-01", 1, "the header lacks the field 'JournalLib', expected at position 2: add it in its place in the regulatory order")
            ])
    }

    @Test func misplacedHeaderNameFires() {
        let header = Files.header.replacingOccurrences(of: "JournalCode|JournalLib|", with: "JournalLib|JournalCode|")
        let lines = Files.clean.map { line in
            var fields = line.split(separator: "|", omittingEmptySubsequences: false)
            fields.swapAt(0, 1)
            return fields.joined(separator: "|")
        }
        let result = Files.importLines(lines, header: header)
        #expect(result.documents.count == 2)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-01", 1, "header field 'JournalLib' is at position 1 instead of 2: write the 18 fields in the regulatory order")
            ])
    }

    /// Findings on one line follow the field positions, 2 before 13, not the text order of the messages.
    @Test func headerFindingsFollowFieldOrder() {
        let header = Files.header.replacingOccurrences(of: "|Credit|", with: "|Crédit|")
            .replacingOccurrences(of: "|JournalLib|", with: "|Journallib|")
            .replacingOccurrences(of: "|Idevise", with: "|IDevise")
        #expect(
            Files.findings(Files.importLines(Files.clean, header: header)).map(\.message) == [
                "header field 2 is spelt 'Journallib' instead of 'JournalLib': write the exact name set by LPF art. A47 A-1",
                "header field 13 is spelt 'Crédit' instead of 'Credit': write the exact name set by LPF art. A47 A-1",
                "header field 18 is spelt 'IDevise' instead of 'Idevise': write the exact name set by LPF art. A47 A-1",
            ])
    }

    @Test func invoiceCSVIsNotReadAsFEC() {
        let text = "Numéro;Date;Client;Total HT;TVA;Total TTC;Debit;Credit\nFA-1;2026-01-05;Client Un;100,00;20,00;120,00;;\n"
        #expect(FormatDetector.detect(Array(text.utf8)) == .csv)
    }

    // MARK: FR-FEC-02

    @Test func missingCurrencyFieldsFire() {
        var lines = Files.clean
        lines[3] = String(lines[3].dropLast(2))
        let result = Files.importLines(lines)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.count == 2)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-02", 5, "line has 16 fields but the header has 18: write every header field on every line, empty ones included")
            ])
    }

    @Test func unreadableFieldCountIsOnlyRejected() {
        var lines = Files.clean
        lines[3] = lines[3].replacingOccurrences(of: "|Libellé|", with: "|Libellé|extra|")
        let result = Files.importLines(lines)
        #expect(result.rejections.map(\.location.line) == [5])
        #expect(Files.findings(result) == [])
    }

    @Test func trailingSeparatorStaysSilent() {
        let result = Files.importLines(Files.clean.map { $0 + "|" })
        #expect(result.rejections.isEmpty)
        #expect(Files.findings(result) == [])
    }

    // MARK: FR-FEC-03

    @Test func isoDateAndImpossibleDateFire() {
        var lines = Files.clean
        lines[3] = lines[3].replacingOccurrences(of: "|20260106|607000", with: "|2026-01-06|607000")
        lines[4] = lines[4].replacingOccurrences(of: "|20260106||", with: "|20260231||")
        let result = Files.importLines(lines)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-03", 5, "date '2026-01-06' in column EcritureDate is not written YYYYMMDD: write it '20260106'"),
                FECFinding("FR-FEC-03", 6, "invalid date '20260231' in column ValidDate: write a real date as YYYYMMDD"),
            ])
    }

    @Test func dateRejectingASaleIsNotRepeated() {
        var lines = Files.clean
        lines[0] = lines[0].replacingOccurrences(of: "|20260105|411000", with: "|20260132|411000")
        let result = Files.importLines(lines)
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(Files.findings(result) == [])
    }

    // MARK: FR-FEC-04

    /// A line with a decimal point in both amounts lists Debit (field 12) before Credit (field 13).
    @Test func debitComesBeforeCreditOnOneLine() {
        var lines = Files.clean
        lines[3] = lines[3].replacingOccurrences(of: "|50,00|0,00|", with: "|50.00|0.00|")
        #expect(
            Files.findings(Files.importLines(lines)).map(\.message) == [
                "amount '50.00' in column Debit has a decimal point: write it with a decimal comma, '50,00'",
                "amount '0.00' in column Credit has a decimal point: write it with a decimal comma, '0,00'",
            ])
    }

    @Test func decimalPointAndThousandsSeparatorFire() {
        let lines = Files.purchase("1", amount: "50.00") + Files.purchase("2", amount: "1 000,00")
        #expect(
            Files.findings(Files.importLines(lines)) == [
                FECFinding("FR-FEC-04", 2, "amount '50.00' in column Debit has a decimal point: write it with a decimal comma, '50,00'"),
                FECFinding("FR-FEC-04", 3, "amount '50.00' in column Credit has a decimal point: write it with a decimal comma, '50,00'"),
                FECFinding("FR-FEC-04", 4, "invalid amount '1 000,00' in column Debit: write digits with a decimal comma and no thousands separator, for example 1250,00"),
                FECFinding("FR-FEC-04", 5, "invalid amount '1 000,00' in column Credit: write digits with a decimal comma and no thousands separator, for example 1250,00"),
            ])
    }

    @Test func amountRejectingASaleIsNotRepeated() {
        var lines = Files.clean
        lines[1] = lines[1].replacingOccurrences(of: "|100,00|", with: "|1 00,00|")
        let result = Files.importLines(lines)
        #expect(result.rejections.map(\.location.line) == [3])
        #expect(Files.findings(result) == [])
    }

    // MARK: FR-FEC-05

    @Test func unbalancedPurchaseAndTwoSidedLinesFire() {
        var lines = Files.clean
        lines[4] = lines[4].replacingOccurrences(of: "|0,00|50,00|", with: "|0,00|40,00|")
        lines[9] = lines[9].replacingOccurrences(of: "|0,00|50,00|", with: "|10,00|60,00|")
        lines.append(Files.line("AC", "3", account: "607000", debit: "0,00", credit: "0,00", date: "20260107"))
        #expect(
            Files.findings(Files.importLines(lines)) == [
                FECFinding("FR-FEC-05", 5, "entry 'AC/1' is unbalanced: debits 50.00, credits 40.00; correct the entry in the accounts, then export the FEC again"),
                FECFinding("FR-FEC-05", 11, "line has both a debit '10.00' and a credit '60.00': a line has one side only, split it into two lines"),
                FECFinding("FR-FEC-05", 12, "line has neither a debit nor a credit: a line has an amount on one side; fill it in or remove the line"),
            ])
    }

    /// A `Sens` of 'X' is named as such, not as a line without a debit or credit.
    @Test func invalidDirectionFires() {
        let header = Files.header.replacingOccurrences(of: "|Debit|Credit|", with: "|Montant|Sens|")
        let lines = Files.clean.map { line in
            line.replacingOccurrences(of: "|50,00|0,00|", with: "|50,00|D|").replacingOccurrences(of: "|0,00|50,00|", with: "|50,00|C|")
                .replacingOccurrences(of: "|120,00|0,00|", with: "|120,00|D|").replacingOccurrences(of: "|0,00|100,00|", with: "|100,00|C|")
                .replacingOccurrences(of: "|0,00|20,00|", with: "|20,00|C|")
        }
        var faulty = lines
        faulty[4] = faulty[4].replacingOccurrences(of: "|50,00|C|", with: "|50,00|X|")
        let result = Files.importLines(faulty, header: header)
        #expect(result.documents.count == 2)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-05", 6, "Sens 'X' is not D, C, +1 or -1: the line has no side; write D or +1 for a debit, C or -1 for a credit")
            ])
        #expect(Files.findings(Files.importLines(lines, header: header)) == [])
    }

    /// In a sales entry, an invalid `Sens` rejects the entry, and the rejection alone names it.
    @Test func invalidDirectionInASaleIsOnlyRejected() {
        let header = Files.header.replacingOccurrences(of: "|Debit|Credit|", with: "|Montant|Sens|")
        let lines = Files.sale("1", reference: "FA-1").map { line in
            line.replacingOccurrences(of: "|120,00|0,00|", with: "|120,00|D|").replacingOccurrences(of: "|0,00|100,00|", with: "|100,00|?|")
                .replacingOccurrences(of: "|0,00|20,00|", with: "|20,00|C|")
        }
        let result = Files.importLines(lines, header: header)
        #expect(result.rejections.map(\.reason.en) == [
            "entry 'VE/1' rejected: invalid direction '?' in column Sens at line 3: write D, C, +1 or -1"
        ])
        #expect(Files.findings(result) == [])
    }

    @Test func unbalancedSaleIsOnlyRejected() {
        var lines = Files.clean
        lines[2] = lines[2].replacingOccurrences(of: "|20,00|", with: "|10,00|")
        let result = Files.importLines(lines)
        #expect(result.rejections.map(\.reason.en) == [
            "entry 'VE/1' is unbalanced: debits 120.00, credits 110.00; correct the entry in the accounts, then export the FEC again"
        ])
        #expect(Files.findings(result) == [])
    }

    // MARK: FR-FEC-06

    @Test func gapBackwardsAndLateValidationFire() {
        let lines =
            Files.purchase("1") + Files.purchase("3") + Files.purchase("2")
            + [Files.line("AC", "4", account: "607000", debit: "5,00", credit: "0,00", date: "20260108", valid: "20260101"),
               Files.line("AC", "4", account: "401000", debit: "0,00", credit: "5,00", date: "20260108", valid: "20260101")]
        #expect(
            Files.findings(Files.importLines(lines)) == [
                FECFinding("FR-FEC-06", 4, "entry numbers of journal 'AC' jump from '1' to '3': a FEC numbers each journal's entries without a break; justify or fill the gap"),
                FECFinding("FR-FEC-06", 6, "entry '2' of journal 'AC' comes after entry '3': number entries in increasing order as they are validated"),
                FECFinding("FR-FEC-06", 8, "entry '4' of journal 'AC' is validated on 2026-01-01, before entry '2' validated on 2026-01-06: number entries in the order of their validation"),
            ])
    }

    @Test func numberingAcrossJournalsStaysSilent() {
        let lines = Files.sale("1", reference: "FA-1") + Files.purchase("2") + Files.sale("3", reference: "FA-2") + Files.purchase("4")
        let result = Files.importLines(lines)
        #expect(result.documents.count == 2)
        #expect(Files.findings(result) == [])
    }

    /// Odoo numbers invoices and credit notes of one journal with two prefixes, interleaved: each
    /// prefix keeps its own sequence, so the missing INV/2026/00003 is found.
    @Test func eachPrefixKeepsItsSequence() {
        let lines =
            Files.sale("INV/2026/00001", reference: "FA-1") + Files.sale("INV/2026/00002", reference: "FA-2")
            + Files.sale("RINV/2026/00001", reference: "AV-1") + Files.sale("INV/2026/00004", reference: "FA-4")
        #expect(
            Files.findings(Files.importLines(lines)) == [
                FECFinding("FR-FEC-06", 11, "entry numbers of journal 'VE' jump from 'INV/2026/00002' to 'INV/2026/00004': a FEC numbers each journal's entries without a break; justify or fill the gap")
            ])
    }

    @Test func interleavedPrefixesWithoutGapStaySilent() {
        let lines =
            Files.sale("INV/2026/00001", reference: "FA-1") + Files.sale("RINV/2026/00001", reference: "AV-1")
            + Files.sale("INV/2026/00002", reference: "FA-2") + Files.sale("RINV/2026/00002", reference: "AV-2")
        #expect(Files.findings(Files.importLines(lines)) == [])
    }

    /// Numbers 1…8 across journals VE and AC with 5 missing: one finding for the missing number,
    /// not one per jump in each journal.
    @Test func fileWideGapIsReportedOnce() {
        let lines =
            Files.sale("1", reference: "FA-1") + Files.purchase("2") + Files.sale("3", reference: "FA-2") + Files.purchase("4")
            + Files.sale("6", reference: "FA-3") + Files.purchase("7") + Files.sale("8", reference: "FA-4")
        #expect(
            Files.findings(Files.importLines(lines)) == [
                FECFinding("FR-FEC-06", 12, "entry numbers, shared by all journals, jump from '4' to '6' (1 number missing): a FEC numbers its entries without a break; justify or fill the gap")
            ])
    }

    @Test func fileWideGapCountGroupsDigitsInFrench() {
        let lines = Files.sale("1", reference: "FA-1") + Files.purchase("2") + Files.sale("12348", reference: "FA-2")
        let messages = Auditor().fecFindings(Files.importLines(lines).fecFaults).map(\.message.fr)
        #expect(messages == [
            "les numéros d'écriture, communs à tous les journaux, sautent de '2' à '12348' (12\u{202F}345 numéros manquants) : le FEC numérote les écritures sans rupture ; justifiez ou comblez le saut"
        ])
    }

    @Test func fileWideGapCountsEachMissingNumber() {
        let lines = Files.sale("1", reference: "FA-1") + Files.purchase("2") + Files.sale("5", reference: "FA-2")
        #expect(
            Files.findings(Files.importLines(lines)).map(\.message) == [
                "entry numbers, shared by all journals, jump from '2' to '5' (2 numbers missing): a FEC numbers its entries without a break; justify or fill the gap"
            ])
    }

    @Test func prefixedNumbersAreCompared() {
        let lines = Files.purchase("AC2026-0001") + Files.purchase("AC2026-0003")
        #expect(
            Files.findings(Files.importLines(lines)).map(\.message) == [
                "entry numbers of journal 'AC' jump from 'AC2026-0001' to 'AC2026-0003': a FEC numbers each journal's entries without a break; justify or fill the gap"
            ])
    }

    // MARK: FR-FEC-07

    @Test func accountWithoutThreeDigitsFires() {
        var lines = Files.clean
        lines[4] = lines[4].replacingOccurrences(of: "|401000|", with: "|F401|")
        #expect(
            Files.findings(Files.importLines(lines)) == [
                FECFinding("FR-FEC-07", 6, "account number 'F401' does not start with three digits: use an account of the French chart of accounts (PCG), such as 411000")
            ])
    }

    // MARK: FR-FEC-08

    @Test func fileNameOutsidePatternFires() {
        #expect(
            Files.findings(Files.importLines(Files.clean, file: "exports/grand-livre.txt")) == [
                FECFinding("FR-FEC-08", nil, "file name 'grand-livre.txt' does not follow <SIREN>FEC<YYYYMMDD>: name the FEC with the company's SIREN and the closing date of the fiscal year, otherwise the seller stays unknown")
            ])
    }

    @Test func invalidSIRENFires() {
        let result = Files.importLines(Files.clean, file: "847315925FEC20261231.txt")
        #expect(result.documents.first?.seller == nil)
        #expect(!result.warnings.contains { $0.reason.en.contains("SIREN") })
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-08", nil, "SIREN '847315925' in the file name is invalid (Luhn check): seller left unknown; name the file with the company's SIREN")
            ])
    }

    @Test func impossibleDateInFileNameFires() {
        let result = Files.importLines(Files.clean, file: "exports/847315926FEC20251331.txt")
        #expect(result.documents.first?.seller?.siren == "847315926")
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-08", nil, "the date '20251331' in file name '847315926FEC20251331.txt' is not a real date: write the closing date of the fiscal year as YYYYMMDD")
            ])
    }

    /// A browser's copy `… (1).txt` keeps its seller; the finding gives the name to restore.
    @Test func downloadedCopyKeepsTheSeller() {
        let result = Files.importLines(Files.clean, file: "Téléchargements/847315926FEC20261231 (1).txt")
        #expect(result.documents.first?.seller?.siren == "847315926")
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-08", nil, "file name '847315926FEC20261231 (1).txt' adds text after <SIREN>FEC<YYYYMMDD>, as a downloaded copy does: SIREN and date read anyway; rename the file '847315926FEC20261231.txt'")
            ])
    }

    @Test func regulatoryNameGivesTheSeller() {
        let result = Files.importLines(Files.clean, file: "exports/847315926fec20261231")
        #expect(result.documents.first?.seller?.siren == "847315926")
        #expect(Files.findings(result) == [])
    }

    // MARK: FR-FEC-09

    @Test func semicolonSeparatorFires() {
        let lines = Files.clean.map { $0.replacingOccurrences(of: "|", with: ";") }
        let result = Files.importLines(lines, header: Files.header.replacingOccurrences(of: "|", with: ";"))
        #expect(result.documents.count == 2)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-09", 1, "fields separated by ';': a FEC separates its fields with a tab or '|'; export it again with one of these separators")
            ])
    }

    @Test func tabSeparatorStaysSilent() {
        let lines = Files.clean.map { $0.replacingOccurrences(of: "|", with: "\t") }
        let result = Files.importLines(lines, header: Files.header.replacingOccurrences(of: "|", with: "\t"))
        #expect(result.documents.count == 2)
        #expect(Files.findings(result) == [])
    }

    // MARK: FR-FEC-10

    /// An OD entry of two lines, both without PieceRef, PieceDate and ValidDate: one finding for the entry.
    @Test func emptyMandatoryFieldsFireOncePerEntry() {
        let entry = [
            "OD|Opérations diverses|1|20260107|471000|Attente|||||Régularisation|30,00|0,00|||||",
            "OD|Opérations diverses|1|20260107|658000|Charges diverses|||||Régularisation|0,00|30,00|||||",
        ]
        #expect(
            Files.findings(Files.importLines(Files.clean + entry)) == [
                FECFinding("FR-FEC-10", 12, "entry 'OD/1' leaves the mandatory fields PieceRef, PieceDate and ValidDate empty (without ValidDate, the entry was never validated): fill them in the accounts, then export the FEC again")
            ])
    }

    /// JournalLib, CompteLib and EcritureLib are mandatory too (LPF art. A47 A-1); spaces count as empty.
    @Test func emptyLabelsFire() {
        let entry = [
            "OD||1|20260107|471000| |||OD1|20260107||30,00|0,00|||20260107||",
            "OD||1|20260107|658000|Charges diverses|||OD1|20260107|Régularisation|0,00|30,00|||20260107||",
        ]
        #expect(
            Files.findings(Files.importLines(Files.clean + entry)) == [
                FECFinding("FR-FEC-10", 12, "entry 'OD/1' leaves the mandatory fields JournalLib, CompteLib and EcritureLib empty: fill them in the accounts, then export the FEC again")
            ])
    }

    /// A sales entry with an empty account label is still imported, and its label reported.
    @Test func saleReportsItsEmptyAccountLabel() {
        var lines = Files.clean
        lines[1] = lines[1].replacingOccurrences(of: "|706000|Libellé|", with: "|706000||")
        let result = Files.importLines(lines)
        #expect(result.documents.count == 2)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-10", 3, "entry 'VE/1' leaves the mandatory field CompteLib empty: fill it in the accounts, then export the FEC again")
            ])
    }

    /// A sales entry reports its empty PieceDate only: its empty ValidDate has an import warning.
    @Test func saleReportsOnlyItsEmptyPieceDate() {
        var lines = Files.clean
        lines[1] = lines[1].replacingOccurrences(of: "|FA-1|20260105|", with: "|FA-1||").replacingOccurrences(of: "|||20260105||", with: "|||||")
        let result = Files.importLines(lines)
        #expect(result.documents.count == 2)
        #expect(
            Files.findings(result) == [
                FECFinding("FR-FEC-10", 3, "entry 'VE/1' leaves the mandatory field PieceDate empty: fill it in the accounts, then export the FEC again")
            ])
    }
}
