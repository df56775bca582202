import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// Small FEC files for the FR-FEC rules, written line by line.
enum FECRuleFiles {
    static let name = "847315926FEC20261231.txt"
    static let header =
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise"

    /// One FEC line of journal `journal`, validated on its date unless `valid` says otherwise.
    static func line(
        _ journal: String, _ number: String, account: String, debit: String, credit: String, date: String = "20260105",
        reference: String = "P1", valid: String? = nil, label: String = "Libellé"
    ) -> String {
        let journalLabel = journal == "VE" ? "Ventes" : "Achats"
        let auxiliary = account.hasPrefix("411") ? "C001|Client Un" : "|"
        return "\(journal)|\(journalLabel)|\(number)|\(date)|\(account)|\(label)|\(auxiliary)|\(reference)|\(date)|Pièce \(reference)|\(debit)|\(credit)|||\(valid ?? date)||"
    }

    /// A balanced 20 % sale of 100,00 in journal VE.
    static func sale(_ number: String, reference: String, date: String = "20260105") -> [String] {
        [
            line("VE", number, account: "411000", debit: "120,00", credit: "0,00", date: date, reference: reference),
            line("VE", number, account: "706000", debit: "0,00", credit: "100,00", date: date, reference: reference),
            line("VE", number, account: "445710", debit: "0,00", credit: "20,00", date: date, reference: reference, label: "TVA collectée 20%"),
        ]
    }

    /// A balanced purchase of `amount` in journal AC.
    static func purchase(_ number: String, amount: String = "50,00", date: String = "20260106") -> [String] {
        [
            line("AC", number, account: "607000", debit: amount, credit: "0,00", date: date, reference: "F\(number)"),
            line("AC", number, account: "401000", debit: "0,00", credit: amount, date: date, reference: "F\(number)"),
        ]
    }

    /// A file with a sale and a purchase that breaks no FR-FEC rule.
    static let clean = sale("1", reference: "FA-1") + purchase("1") + sale("2", reference: "FA-2") + purchase("2")

    static func importText(_ text: String, file: String = name) -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: file, options: ImportOptions())
    }

    static func importLines(_ lines: [String], header: String = header, file: String = name) -> ImportResult {
        importText(([header] + lines).joined(separator: "\n") + "\n", file: file)
    }

    /// The FR-FEC findings of a result as (rule, line, English message).
    static func findings(_ result: ImportResult) -> [FECFinding] {
        Auditor().fecFindings(result.fecFaults).sorted(by: Finding.journalOrder).map {
            FECFinding($0.ruleID, $0.location.line, $0.message.en)
        }
    }
}

struct FECFinding: Hashable, CustomStringConvertible {
    var rule: String
    var line: Int?
    var message: String

    init(_ rule: String, _ line: Int?, _ message: String) {
        self.rule = rule
        self.line = line
        self.message = message
    }

    var description: String { "\(rule)@\(line.map(String.init) ?? "-"): \(message)" }
}

@Suite struct FECRulesTests {
    typealias Files = FECRuleFiles

    @Test func cleanFileFiresNothing() {
        let result = Files.importLines(Files.clean)
        #expect(result.documents.count == 2)
        #expect(result.rejections.isEmpty)
        #expect(Files.findings(result) == [])
    }

    @Test func catalogueListsTheTenRules() {
        let rules = RuleCatalogue.all.filter { $0.id.hasPrefix("FR-FEC-") }
        #expect(rules.map(\.id) == (1...9).map { "FR-FEC-0\($0)" } + ["FR-FEC-10"])
        #expect(rules.map(\.severity) == [.error, .error, .error, .error, .error, .warning, .error, .warning, .error, .error])
        #expect(rules.allSatisfy { $0.reference == "LPF art. A47 A-1; BOI-CF-IOR-60-40-20" })
        #expect(rules.allSatisfy { $0.explanation != nil && $0.runnableExample != nil })
    }

    @Test func severityOverrideApplies() {
        let result = Files.importLines(Files.clean, file: "grand-livre.txt")
        var configuration = AuditConfiguration()
        configuration.severityOverrides["FR-FEC-08"] = .info
        let findings = Auditor(configuration: configuration).fecFindings(result.fecFaults)
        #expect(findings.map(\.severity) == [.info])
        configuration.disabledRules = ["FR-FEC-08"]
        #expect(Auditor(configuration: configuration).fecFindings(result.fecFaults).isEmpty)
    }

    @Test func faultsPastTheLimitAreCounted() {
        var lines: [String] = []
        for number in 1...25 {
            lines += Files.purchase(String(number), amount: "10.00")
        }
        let findings = Files.findings(Files.importLines(lines)).filter { $0.rule == "FR-FEC-04" }
        #expect(findings.count == 21)
        #expect(findings.first == FECFinding("FR-FEC-04", 2, "amount '10.00' in column Debit has a decimal point: write it with a decimal comma, '10,00'"))
        #expect(findings.last == FECFinding("FR-FEC-04", 51, "30 more faults of this rule, the last at line 51: only the first 20 are listed"))
    }
}
