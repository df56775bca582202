import Foundation
import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// FA-CALC-03 and FA-CALC-01 on line-level CSV exports, whose columns give quantity, unit price,
/// line amount and line rate but no VAT breakdown.
@Suite struct CSVLineArithmeticTests {
    static let header = "N° facture,Date,Client,Description,Qty,Unit price,Line amount,VAT rate,Total HT,TVA,Total TTC\n"

    static func findings(_ rows: String, header: String = header) -> [Finding] {
        let result = DocumentImporter.importBytes(Array((header + rows).utf8), file: "lines.csv", options: ImportOptions())
        return result.documents.flatMap { Auditor().documentFindings($0) }.filter { $0.ruleID.hasPrefix("FA-CALC") }
    }

    @Test func wrongLineAmountFiresFACALC03() {
        let findings = Self.findings("F-2,2025-03-02,ACME,Item C,3,10.00,31.00,20,31.00,6.20,37.20\n")
        #expect(findings.map(\.ruleID) == ["FA-CALC-03"])
        #expect(findings.first?.location == SourceLocation(file: "lines.csv", line: 2))
        #expect(findings.first?.severity == .error)
        #expect(
            findings.first?.message.en == "net amount of line '1' declared '31.00', computed '30.00': correct the quantity, price or amount")
        #expect(
            findings.first?.message.fr
                == "montant net de la ligne '1' déclaré '31,00', calculé '30,00' : corrigez la quantité, le prix ou le montant")
    }

    @Test func rightLineAmountsAreSilent() {
        let rows = """
            F-1,2025-03-01,ACME,Item A,2,"1,250.50","2,501.00",20,"2,600.00",520.00,"3,120.00"
            F-1,2025-03-01,ACME,Item B,1,99.00,99.00,20,"2,600.00",520.00,"3,120.00"
            F-3,2025-03-03,ACME,Item D,3,0.333,1.00,20,1.00,0.20,1.20

            """
        #expect(Self.findings(rows).isEmpty)
    }

    @Test func lineWithoutQuantityOrPriceColumnIsNotChecked() {
        let header = "N° facture,Date,Client,Description,Line amount,VAT rate,Total HT,TVA,Total TTC\n"
        #expect(Self.findings("F-2,2025-03-02,ACME,Item C,31.00,20,31.00,6.20,37.20\n", header: header).isEmpty)
        let noPrice = "N° facture,Date,Client,Description,Qty,Line amount,Total HT\n"
        #expect(Self.findings("F-2,2025-03-02,ACME,Item C,3,31.00,31.00\n", header: noPrice).isEmpty)
    }

    @Test func vatInconsistentWithTheLineRatesFiresFACALC01() {
        let findings = Self.findings("F-12,2025-03-04,ACME,E,1,10.00,10.00,5.5,10.00,2.00,12.00\n")
        #expect(findings.map(\.ruleID) == ["FA-CALC-01"])
        #expect(findings.first?.severity == .error)
        #expect(
            findings.first?.message.en
                == "VAT declared 2.00, expected from the line rates 10.00 × 5.5% = 0.55: correct a line's rate or the VAT amount")
        #expect(
            findings.first?.message.fr
                == "TVA déclarée 2,00, attendu d'après les taux des lignes 10,00 × 5,5 % = 0,55 : corrigez le taux d'une ligne ou le montant de TVA")
    }

    @Test func vatOfSeveralRatesIsSummedPerRate() {
        let rows = """
            F-5,2025-03-05,ACME,A,1,100.00,100.00,20,110.00,20.54,130.54
            F-5,2025-03-05,ACME,B,1,10.00,10.00,5.5,110.00,20.54,130.54

            """
        let findings = Self.findings(rows)
        #expect(findings.map(\.ruleID) == ["FA-CALC-01"])
        // Under one currency unit of difference it is a warning: the tool may round per line.
        #expect(findings.first?.severity == .warning)
        #expect(
            findings.first?.message.en
                == "VAT declared 20.54, expected from the line rates 100.00 × 20% + 10.00 × 5.5% = 20.55: correct a line's rate or the VAT amount")
        let right = rows.replacingOccurrences(of: "20.54,130.54", with: "20.55,130.55")
        #expect(Self.findings(right).isEmpty)
    }

    @Test func vatIsNotCheckedWithoutLineRatesOrWhenLinesMissTheTotal() {
        let noRate = "N° facture,Date,Client,Description,Qty,Unit price,Line amount,Total HT,TVA,Total TTC\n"
        #expect(Self.findings("F-12,2025-03-04,ACME,E,1,10.00,10.00,10.00,2.00,12.00\n", header: noRate).isEmpty)
        // The lines give 15.00 for a total of 10.00: FA-CALC-02 reports it, not a VAT difference too.
        let rows = """
            F-3,2025-03-03,ACME,Item D,1,10.00,10.00,20,10.00,2.00,12.00
            ,,,Item E,1,5.00,5.00,20,,,

            """
        #expect(Self.findings(rows).map(\.ruleID) == ["FA-CALC-02"])
    }
}

/// FR-NUM-08 for exports without a seller identifier: such a seller counts as French.
@Suite struct CSVNumberSyntaxTests {
    static func findings(_ csv: String) -> [Finding] {
        let result = DocumentImporter.importBytes(Array(csv.utf8), file: "syntax.csv", options: ImportOptions())
        return result.documents.flatMap { Auditor().documentFindings($0) }.filter { $0.ruleID == "FR-NUM-08" }
    }

    @Test func numberOfASellerWithoutIdentifierIsChecked() {
        let findings = Self.findings("N° facture;Date;Total TTC\nFA n°2025-0001;02/01/2025;120,00\n")
        #expect(findings.map(\.ruleID) == ["FR-NUM-08"])
        #expect(findings.first?.severity == .warning)
        #expect(
            findings.first?.message.en
                == "number 'FA n°2025-0001' does not follow the e-invoice syntax (characters other than letters, digits, space, - + _ /): adapt the numbering format")
        #expect(
            findings.first?.message.fr
                == "le numéro 'FA n°2025-0001' ne suit pas la syntaxe des factures électroniques (caractères hors lettres, chiffres, espace, - + _ /) : adaptez le format de numérotation")
    }

    @Test func numberWithControlCharactersIsChecked() {
        let findings = Self.findings("N° facture;Date;Total TTC\nFA-2025-0002\u{1B}[1A\u{1B}[2K;02/01/2025;120,00\n")
        #expect(findings.map(\.documentNumber) == ["FA-2025-0002\u{1B}[1A\u{1B}[2K"])
    }

    @Test func plainNumbersAndForeignSellersAreSilent() {
        #expect(Self.findings("N° facture;Date;Total TTC\nFA-2025-0003;02/01/2025;120,00\n").isEmpty)
        let foreign = "N° facture;Date;TVA intracommunautaire vendeur;Total TTC\nFA n°2025-0001;02/01/2025;DE123456789;120,00\n"
        #expect(Self.findings(foreign).isEmpty)
    }
}
