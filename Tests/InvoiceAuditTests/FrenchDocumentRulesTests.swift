import InvoiceAudit
import InvoiceModel
import Testing

/// Each French document rule: one broken mention makes exactly that rule fire; the compliant
/// invoice, or the fixed variant, keeps it silent.
@Suite struct FrenchDocumentRulesTests {
    typealias F = FrenchInvoice
    typealias T = TestDocuments

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        var configuration = AuditConfiguration()
        let change: @Sendable (inout Document) -> Void
        let expected: [String]
        var testDescription: String { name }
    }

    static let afterReform = AuditConfiguration(issuer: IssuerConfiguration(category: .large))

    static let firing: [Case] = [
        Case(name: "seller address missing", change: { $0.seller?.address = nil }, expected: ["FR-MENT-01"]),
        Case(name: "buyer city missing", change: { $0.buyer?.address?.city = nil }, expected: ["FR-MENT-02"]),
        Case(name: "seller SIRET fails Luhn", change: { $0.seller?.siret = "81247635600018" }, expected: ["FR-MENT-04"]),
        Case(
            name: "seller SIREN missing",
            change: {
                $0.seller?.siren = nil
                $0.seller?.siret = nil
            }, expected: ["FR-MENT-04"]),
        Case(
            name: "buyer SIREN fails Luhn",
            change: {
                $0.buyer?.siren = "839062511"
                $0.buyer?.vatID = nil
            }, expected: ["FR-MENT-05"]),
        Case(name: "seller VAT number missing", change: { $0.seller?.vatID = nil }, expected: ["FR-MENT-09"]),
        Case(
            name: "no VAT number wholly outside VAT scope",
            change: {
                $0 = F.zeroRated("O", reason: "Hors champ de la TVA")
                $0.seller?.vatID = nil
            }, expected: []),
        Case(
            name: "no VAT number with one line outside VAT scope",
            change: {
                $0.seller?.vatID = nil
                $0.lines[1].vatCategory = "O"
            }, expected: ["FR-MENT-09", "FR-SPEC-02"]),
        Case(name: "VAT key wrong", change: { $0.seller?.vatID = "FR83812476356" }, expected: ["FR-ID-01"]),
        Case(name: "VAT number of another SIREN", change: { $0.seller?.vatID = "FR44732829320" }, expected: ["FR-ID-02"]),
        Case(name: "line without quantity", change: { $0.lines[0].quantity = nil }, expected: ["FR-MENT-17"]),
        Case(name: "generic line description", change: { $0.lines[1].description = "Divers" }, expected: ["FR-MENT-17"]),
        Case(name: "foreign currency without VAT in euros", change: { $0.currency = "USD" }, expected: ["FR-MENT-21"]),
        Case(
            name: "franchise without 293 B",
            change: { $0 = F.zeroRated("E", reason: "Exonération", code: "VATEX-FR-FRANCHISE") }, expected: ["FR-SPEC-01"]),
        Case(
            name: "franchise showing VAT",
            configuration: AuditConfiguration(issuer: IssuerConfiguration(franchise: true)),
            change: { $0.notes.append(Note(text: "TVA non applicable, art. 293 B du CGI")) }, expected: ["FR-MENT-22"]),
        Case(name: "exemption without reason", change: { $0 = F.zeroRated("E") }, expected: ["FR-SPEC-02"]),
        Case(
            name: "intra-EU supply without mention",
            change: {
                $0 = F.zeroRated("K")
                $0.buyer?.address?.country = "BE"
            }, expected: ["FR-SPEC-03"]),
        Case(
            name: "intra-EU supply to France",
            change: { $0 = F.zeroRated("K", code: "VATEX-EU-IC") }, expected: ["FR-SPEC-03"]),
        Case(
            name: "intra-EU supply without buyer VAT number",
            change: {
                $0 = F.zeroRated("K", code: "VATEX-EU-IC")
                $0.buyer?.address?.country = "BE"
                $0.buyer?.vatID = nil
            }, expected: ["FR-MENT-10"]),
        Case(name: "export without mention", change: { $0 = F.zeroRated("G") }, expected: ["FR-SPEC-04"]),
        Case(
            name: "reverse charge without the word", change: { $0 = F.zeroRated("AE", code: "VATEX-EU-AE") },
            expected: ["FR-SPEC-05"]),
        Case(
            name: "second-hand margin scheme without label", change: { $0 = F.zeroRated("E", code: "VATEX-EU-F") },
            expected: ["FR-SPEC-08"]),
        Case(
            name: "debit option printed without option",
            configuration: AuditConfiguration(issuer: IssuerConfiguration(vatOnDebits: false)),
            change: { $0.notes.append(Note(text: "Option pour le paiement de la taxe d'après les débits")) },
            expected: ["FR-SPEC-10"]),
        Case(name: "due date missing", change: { $0.dueDate = nil }, expected: ["FR-PAY-01"]),
        Case(name: "due date before issue", change: { $0.dueDate = T.date("2025-07-01") }, expected: ["FR-PAY-01"]),
        Case(name: "discount terms missing", change: { $0.notes.removeAll { $0.subject == "AAB" } }, expected: ["FR-PAY-02"]),
        Case(name: "penalty rate missing", change: { $0.notes.removeAll { $0.subject == "PMD" } }, expected: ["FR-PAY-03"]),
        Case(name: "indemnity missing", change: { $0.notes.removeAll { $0.subject == "PMT" } }, expected: ["FR-PAY-04"]),
        Case(name: "term beyond 60 days", change: { $0.dueDate = T.date("2025-10-20") }, expected: ["FR-TERM-01"]),
        Case(
            name: "term within one 45 days end of month computation",
            change: {
                $0.issueDate = T.date("2025-01-01")
                $0.dueDate = T.date("2025-03-15")
            }, expected: ["FR-TERM-02"]),
        Case(
            name: "periodic invoice beyond 45 days",
            change: {
                $0.invoicePeriod = Period(start: T.date("2025-06-01"), end: T.date("2025-06-30"))
                $0.dueDate = T.date("2025-08-27")
            }, expected: ["FR-TERM-03"]),
        Case(
            name: "penalty rate below three times the legal rate",
            change: { $0.notes[1] = Note(subject: "PMD", text: "Pénalités de retard au taux annuel de 5 %") },
            expected: ["FR-TERM-04"]),
        Case(
            name: "penalty rate below the floor after a discount rate",
            change: { $0.notes[1] = Note(subject: "PMD", text: "Escompte de 2 % pour paiement anticipé ; pénalités de retard : 5 % l'an") },
            expected: ["FR-TERM-04"]),
        Case(
            name: "monthly penalty rate below the floor",
            change: { $0.notes[1] = Note(subject: "PMD", text: "Pénalités de retard : 0,5 % par mois") },
            expected: ["FR-TERM-04"]),
        Case(
            name: "old 19.6 % rate in 2025",
            change: {
                $0.lines[0].vatRate = T.amount("19.6")
                $0.vatBreakdown[0].rate = T.amount("19.6")
            }, expected: ["FR-VAT-01"]),
        Case(name: "Canary Islands category", change: { $0.lines[0].vatCategory = "L" }, expected: ["FR-VAT-01"]),
        Case(
            name: "buyer SIREN missing after the reform", configuration: afterReform,
            change: {
                $0.issueDate = T.date("2026-10-01")
                $0.dueDate = T.date("2026-10-31")
                $0.buyer?.siren = nil
            }, expected: ["FR-EINV-01"]),
        Case(
            name: "goods without delivery address after the reform", configuration: afterReform,
            change: {
                $0.issueDate = T.date("2026-10-01")
                $0.dueDate = T.date("2026-10-31")
                $0.delivery = nil
            }, expected: ["FR-EINV-02"]),
        Case(
            name: "operation category missing after the reform", configuration: afterReform,
            change: {
                $0.issueDate = T.date("2026-10-01")
                $0.dueDate = T.date("2026-10-31")
                $0.operationCategory = nil
            }, expected: ["FR-EINV-03"]),
        Case(
            name: "debit option not stated after the reform",
            configuration: AuditConfiguration(issuer: IssuerConfiguration(category: .large, vatOnDebits: true)),
            change: {
                $0.issueDate = T.date("2026-10-01")
                $0.dueDate = T.date("2026-10-31")
            }, expected: ["FR-EINV-04"]),
        Case(name: "number outside the e-invoice syntax", change: { $0.number = "FA#2025#9" }, expected: ["FR-NUM-08"]),
    ]

    static let silent: [Case] = [
        Case(name: "compliant invoice", change: { _ in }, expected: []),
        Case(name: "small invoice without seller VAT number",
            change: {
                $0.seller?.vatID = nil
                $0.totals.taxExclusive = T.amount("120.00")
            }, expected: []),
        Case(
            name: "franchise with its mention",
            change: {
                $0 = F.zeroRated("E", code: "VATEX-FR-FRANCHISE")
                $0.notes.append(Note(text: "TVA non applicable, art. 293 B du CGI"))
            }, expected: []),
        Case(
            name: "franchise with a CIBS-era wording",
            change: {
                $0 = F.zeroRated("E", code: "VATEX-FR-FRANCHISE")
                $0.notes.append(Note(text: "TVA non applicable - franchise en base"))
            }, expected: []),
        Case(
            name: "exemption with its reason", change: { $0 = F.zeroRated("E", reason: "Exonération, article 261-4-4° du CGI") },
            expected: []),
        Case(
            name: "intra-EU supply with its code",
            change: {
                $0 = F.zeroRated("K", code: "VATEX-EU-IC")
                $0.buyer?.address?.country = "BE"
            }, expected: []),
        Case(name: "export with CIBS-neutral wording", change: { $0 = F.zeroRated("G", reason: "Exportation, art. 146 de la directive") }, expected: []),
        Case(name: "reverse charge with the word", change: { $0 = F.zeroRated("AE", reason: "Autoliquidation") }, expected: []),
        Case(
            name: "margin scheme with its label",
            change: {
                $0 = F.zeroRated("E", code: "VATEX-EU-F")
                $0.notes.append(Note(text: "Régime particulier - biens d’occasion"))
            }, expected: []),
        Case(
            name: "debit option stated with the option",
            configuration: AuditConfiguration(issuer: IssuerConfiguration(vatOnDebits: true)),
            change: { $0.notes.append(Note(text: "Option pour le paiement de la taxe d'après les débits")) }, expected: []),
        Case(
            name: "consumer invoice without payment mentions",
            change: {
                $0.buyer = Party(name: "Jeanne Martin", address: F.address("3 rue Oberkampf", "75011", "Paris"))
                $0.notes = []
                $0.dueDate = T.date("2025-12-01")
            }, expected: []),
        Case(
            name: "45 days end of month agreed",
            change: {
                $0.issueDate = T.date("2025-01-15")
                $0.dueDate = T.date("2025-03-17")
                $0.paymentTerms = "Paiement à 45 jours fin de mois"
            }, expected: []),
        Case(
            name: "penalty rate above the floor",
            change: { $0.notes[1] = Note(subject: "PMD", text: "Pénalités de retard : 10,5 % par an") }, expected: []),
        Case(
            name: "discount rate beside a penalty rate above the floor",
            change: { $0.notes[1] = Note(subject: "PMD", text: "Escompte de 2 % pour paiement anticipé ; pénalités de retard : 10 % l'an") },
            expected: []),
        Case(
            name: "monthly penalty rate above the floor",
            change: { $0.notes[1] = Note(subject: "PMD", text: "Pénalités de retard : 1,5 % par mois de retard") }, expected: []),
        Case(
            name: "Corsican rate in Corsica",
            change: {
                $0.seller?.address = F.address("2 cours Napoléon", "20000", "Ajaccio")
                $0.lines[0].vatRate = T.amount("13")
            }, expected: []),
        Case(
            name: "e-invoicing mentions before the issuer's date",
            configuration: AuditConfiguration(issuer: IssuerConfiguration(category: .sme)),
            change: {
                $0.issueDate = T.date("2026-10-01")
                $0.dueDate = T.date("2026-10-31")
                $0.buyer?.siren = nil
                $0.operationCategory = nil
            }, expected: []),
        Case(
            name: "CSV export lacking mention columns",
            change: {
                $0.sourceFormat = .csv
                $0.seller?.address = nil
                $0.buyer?.address = nil
                $0.notes = []
                $0.lines = []
            }, expected: []),
        Case(
            name: "foreign seller without French mentions",
            change: {
                $0.seller = Party(name: "Leuchten GmbH", vatID: "DE123456789", address: F.address("Hauptstraße 1", "10115", "Berlin", country: "DE"))
                $0.notes = []
                $0.lines[0].quantity = nil
            }, expected: []),
        Case(name: "draft", change: { $0.isDraft = true; $0.seller = nil }, expected: []),
    ]

    @Test(arguments: firing + silent)
    func ruleFiresOnlyOnItsFault(_ testCase: Case) {
        var document = F.compliant()
        testCase.change(&document)
        #expect(F.frenchRules(document, configuration: testCase.configuration) == testCase.expected)
    }

    @Test func csvValuesAreStillChecked() {
        var document = F.compliant()
        document.sourceFormat = .csv
        document.notes = []
        document.seller?.siren = "812476357"
        document.seller?.siret = nil
        document.seller?.vatID = nil
        #expect(F.frenchRules(document) == ["FR-MENT-04"])
    }

    @Test func messagesNameTheValueAndWhatToDo() {
        var document = F.compliant()
        document.seller?.vatID = "FR83812476356"
        let finding = Auditor().documentFindings(document).first { $0.ruleID == "FR-ID-01" }
        #expect(
            finding?.message.en
                == "seller's VAT number 'FR83812476356': the key should be '82' for SIREN 812476356; correct the number")
        #expect(
            finding?.message.fr
                == "numéro de TVA du vendeur 'FR83812476356' : la clé devrait être '82' pour le SIREN 812476356 ; corrigez le numéro")
    }

    @Test func eInvoicingFindingsAreWarningsWithoutACategory() {
        var document = F.compliant()
        document.issueDate = T.date("2026-10-01")
        document.dueDate = T.date("2026-10-31")
        document.operationCategory = nil
        let unconfigured = Auditor().documentFindings(document).first { $0.ruleID == "FR-EINV-03" }
        let configured = Auditor(configuration: Self.afterReform).documentFindings(document).first { $0.ruleID == "FR-EINV-03" }
        #expect(unconfigured?.severity == .warning)
        #expect(configured?.severity == .error)
    }

    @Test func penaltyFloorUsesTheSemesterRate() {
        var document = F.compliant()
        document.notes[1] = Note(subject: "PMD", text: "Pénalités : 8 %")
        // Due 2025-08-07: legal rate 2.76 %, floor 8.28 %.
        let finding = Auditor().documentFindings(document).first { $0.ruleID == "FR-TERM-04" }
        #expect(
            finding?.message.en
                == "penalty rate of 8% is below the minimum of 8.28% (3 × the legal interest rate of 2.76% on 2025-08-07): raise the rate")
        document.dueDate = T.date("2024-08-07")
        document.issueDate = T.date("2024-07-08")
        // 2024 H2: 4.92 %, floor 14.76 %: still below.
        #expect(F.frenchRules(document) == ["FR-TERM-04"])
    }
}
