import Foundation
import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// FR-DEP-07 and FA-PROG-01 on progress invoices read from CSV exports and canonical JSON, through
/// the importers, so the columns and the rules are checked together.
@Suite struct ProgressRulesTests {
    static let header = "N° facture;Type;Date facture;Total TTC;Facture d'origine;N° commande;Montant commande;Situation n°;Avancement %;Cumul"

    /// Imports `rows` under ``header`` as `sit.csv` and returns the progress findings as
    /// "RULE line: message" in English.
    static func findings(csv rows: [String], fr: Bool = false) -> [String] {
        let text = ([header] + rows).joined(separator: "\n") + "\n"
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "sit.csv", options: ImportOptions())
        #expect(result.rejections.map(\.reason.en) == [])
        return findings(result.documents, fr: fr)
    }

    static func findings(_ documents: [Document], fr: Bool = false) -> [String] {
        let ledger = Ledger(entries: documents.map { LedgerEntry($0) })
        return Auditor().ledgerFindings(ledger).findings
            .filter { ["FR-DEP-07", "FA-PROG-01"].contains($0.ruleID) }
            .map { "\($0.ruleID) \($0.location.line ?? 0): \(fr ? $0.message.fr : $0.message.en)" }
    }

    // MARK: FR-DEP-07 from CSV

    @Test func consistentSituationsStaySilent() {
        #expect(
            Self.findings(csv: [
                "SIT-1;Facture;10/02/2025;3000,00;;BC-7;10000,00;1;30;3000,00",
                "SIT-2;Facture;10/03/2025;2500,00;;BC-7;10000,00;2;55;5500,00",
                "SIT-3;Facture;10/04/2025;4500,00;;BC-7;10000,00;3;100;10000,00",
            ]) == [])
    }

    /// Situation numbers decide the order, not dates: read by date, progress would go back.
    @Test func situationNumbersOrderTheSequence() {
        let rows = [
            "SIT-2;Facture;01/03/2025;2500,00;;BC-7;10000,00;2;55;",
            "SIT-1;Facture;05/03/2025;3000,00;;BC-7;10000,00;1;30;",
        ]
        #expect(Self.findings(csv: rows) == [])
        let undated = rows.map { $0.replacingOccurrences(of: ";2;55;", with: ";;55;").replacingOccurrences(of: ";1;30;", with: ";;30;") }
        #expect(
            Self.findings(csv: undated) == [
                "FR-DEP-07 3: progress invoice 'SIT-1' states 30% cumulative progress on order 'BC-7', less than the 55% of 'SIT-2': cumulative progress never goes back"
            ])
    }

    @Test func cumulativeAmountGoingBackAndWrongSituationAmount() {
        #expect(
            Self.findings(csv: [
                "SIT-1;Facture;10/02/2025;3000,00;;BC-7;10000,00;1;;3000,00",
                "SIT-2;Facture;10/03/2025;2000,00;;BC-7;10000,00;2;;2500,00",
                "SIT-3;Facture;10/04/2025;3000,00;;BC-7;10000,00;3;;6000,00",
            ]) == [
                "FR-DEP-07 3: progress invoice 'SIT-2' states a cumulative amount of 2500.00 on order 'BC-7', less than the 3000.00 of 'SIT-1': the cumulative amount never goes back",
                "FR-DEP-07 4: progress invoice 'SIT-3' of order 'BC-7' bills 3000.00 with VAT instead of 3500.00, the cumulative 6000.00 less the 2500.00 of 'SIT-2': bill the difference of the cumulative amounts",
            ])
    }

    @Test func firstSituationBillsItsCumulativeAmount() {
        #expect(
            Self.findings(csv: ["SIT-1;Facture;10/02/2025;2900,00;;BC-7;10000,00;1;;3000,00"], fr: true) == [
                "FR-DEP-07 2: la situation 'SIT-1' de la commande 'BC-7' facture 2\u{202F}900,00 TTC au lieu de 3\u{202F}000,00, son cumul de première situation : facturez la différence des montants cumulés"
            ])
        // One cent of VAT rounding is tolerated.
        #expect(Self.findings(csv: ["SIT-1;Facture;10/02/2025;2999,99;;BC-7;10000,00;1;;3000,00"]) == [])
    }

    @Test func cumulativeAmountBeyondTheOrderTotal() {
        #expect(
            Self.findings(csv: ["SIT-1;Facture;10/02/2025;10500,00;;BC-7;10000,00;;;10500,00"]) == [
                "FR-DEP-07 2: progress invoice 'SIT-1' states a cumulative amount of 10500.00 on order 'BC-7', more than its total of 10000.00: check the cumulative amount or the order total",
                "FR-DEP-07 2: with 'SIT-1', the invoices of order 'BC-7' reach 10500.00, more than its total of 10000.00: check the billed amounts",
            ])
    }

    /// Credit notes on a situation reduce what the order billed.
    @Test func orderTotalNetOfCreditNotes() {
        let situations = [
            "SIT-1;Facture;10/02/2025;6000,00;;BC-7;10000,00;1;;",
            "SIT-2;Facture;10/03/2025;5000,00;;BC-7;10000,00;2;;",
        ]
        #expect(
            Self.findings(csv: situations) == [
                "FR-DEP-07 3: with 'SIT-2', the invoices of order 'BC-7' reach 11000.00, more than its total of 10000.00: check the billed amounts"
            ])
        #expect(Self.findings(csv: situations + ["AV-1;Avoir;20/03/2025;1000,00;SIT-2;;;;;"]) == [])
        #expect(
            Self.findings(csv: situations + ["AV-1;Avoir;20/03/2025;400,00;SIT-2;;;;;"], fr: true) == [
                "FR-DEP-07 3: avec 'SIT-2', les factures de la commande 'BC-7' atteignent 10\u{202F}600,00 après 400,00 d'avoirs, plus que son total de 10\u{202F}000,00 : vérifiez les montants facturés"
            ])
    }

    /// A final invoice that bills the whole work again and cites the situations it deducts
    /// counts for the difference only.
    @Test func finalInvoiceDeductsCitedSituations() {
        let situations = [
            "SIT-1;Facture;10/02/2025;3000,00;;BC-7;10000,00;1;;3000,00",
            "SIT-2;Facture;10/03/2025;2500,00;;BC-7;10000,00;2;;5500,00",
        ]
        #expect(Self.findings(csv: situations + ["FIN-1;Facture;10/04/2025;10000,00;SIT-1, SIT-2;BC-7;10000,00;3;;10000,00"]) == [])
        #expect(
            Self.findings(csv: situations + ["FIN-1;Facture;10/04/2025;10000,00;;BC-7;10000,00;3;;10000,00"]) == [
                "FR-DEP-07 4: progress invoice 'FIN-1' of order 'BC-7' bills 10000.00 with VAT instead of 4500.00, the cumulative 10000.00 less the 5500.00 of 'SIT-2': bill the difference of the cumulative amounts",
                "FR-DEP-07 4: with 'FIN-1', the invoices of order 'BC-7' reach 15500.00, more than its total of 10000.00: check the billed amounts",
            ])
    }

    // MARK: FA-PROG-01 from CSV

    @Test func situationGapAndRepeat() {
        #expect(
            Self.findings(csv: [
                "SIT-1;Facture;10/02/2025;1000,00;;BC-7;;1;;",
                "SIT-2;Facture;10/03/2025;1000,00;;BC-7;;2;;",
                "SIT-2B;Facture;12/03/2025;1000,00;;BC-7;;2;;",
                "SIT-5;Facture;10/06/2025;1000,00;;BC-7;;5;;",
                "AUT-1;Facture;10/06/2025;1000,00;;BC-8;;3;;",
            ]) == [
                "FA-PROG-01 4: invoices 'SIT-2' and 'SIT-2B' are both situation 2 of order 'BC-7': number each situation once, or cancel the repeated invoice with a credit note",
                "FA-PROG-01 5: invoice 'SIT-5', situation 5 of order 'BC-7', follows situation 2 'SIT-2': situations 3 to 4 are missing; import them or correct the situation numbers",
            ])
    }

    /// A situation cancelled in full by a credit note and issued again keeps its number.
    @Test func reissuedSituationIsNoRepeat() {
        #expect(
            Self.findings(csv: [
                "SIT-1;Facture;10/02/2025;1000,00;;BC-7;;1;;",
                "SIT-2;Facture;10/03/2025;1000,00;;BC-7;;2;;",
                "AV-1;Avoir;11/03/2025;1000,00;SIT-2;;;;;",
                "SIT-2B;Facture;12/03/2025;1000,00;;BC-7;;2;;",
                "SIT-3;Facture;10/04/2025;1000,00;;BC-7;;3;;",
            ]) == [])
    }

    // MARK: canonical JSON

    static func situation(
        _ number: String, _ date: String, total: String, situation: Int? = nil, percent: String? = nil, line: Int
    ) -> Document {
        var document = Document(
            number: number, issueDate: CivilDate(parsing: date), source: SourceLocation(file: "sit.json", line: line))
        document.totals.taxInclusive = Amount(parsing: total)
        document.progress = ProgressBilling(
            orderReference: "BC-9", orderTotal: Amount(parsing: "5000.00"), cumulativePercent: percent.flatMap(Amount.init(parsing:)),
            situationNumber: situation)
        return document
    }

    static func findings(canonical documents: [Document]) throws -> [String] {
        let bytes = try CanonicalJSON.encode(documents)
        let result = DocumentImporter.importBytes(bytes, file: "sit.json", options: ImportOptions())
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.progress) == documents.map(\.progress))
        return findings(result.documents)
    }

    @Test func canonicalJSONFiresAndStaysSilent() throws {
        let good = [
            Self.situation("S-1", "2025-02-01", total: "2000.00", situation: 1, percent: "40", line: 2),
            Self.situation("S-2", "2025-03-01", total: "3000.00", situation: 2, percent: "100", line: 3),
        ]
        #expect(try Self.findings(canonical: good) == [])
        let bad = [
            Self.situation("S-1", "2025-02-01", total: "2000.00", situation: 1, percent: "40", line: 2),
            Self.situation("S-3", "2025-03-01", total: "3500.00", situation: 3, percent: "30", line: 3),
        ]
        #expect(
            try Self.findings(canonical: bad) == [
                "FR-DEP-07 3: progress invoice 'S-3' states 30% cumulative progress on order 'BC-9', less than the 40% of 'S-1': cumulative progress never goes back",
                "FR-DEP-07 3: with 'S-3', the invoices of order 'BC-9' reach 5500.00, more than its total of 5000.00: check the billed amounts",
                "FA-PROG-01 3: invoice 'S-3', situation 3 of order 'BC-9', follows situation 1 'S-1': situation 2 is missing; import it or correct the situation numbers",
            ])
    }
}
