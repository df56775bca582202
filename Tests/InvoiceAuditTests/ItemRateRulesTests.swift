import InvoiceAudit
import InvoiceModel
import Testing

/// FR-VAT-02: one item billed at several VAT rates across one seller's documents.
@Suite struct ItemRateRulesTests {
    typealias T = TestDocuments

    static func line(_ name: String?, rate: String?, category: String? = "S", sellerID: String? = nil, standardID: String? = nil) -> Line {
        var line = Line(description: name, vatCategory: category, vatRate: rate.map(T.amount))
        if sellerID != nil || standardID != nil {
            line.item = Item(sellerID: sellerID, standardID: standardID.map { Identifier(value: $0, scheme: "0160") })
        }
        return line
    }

    static func invoice(_ number: String, line: Int, seller: Party = T.seller, _ lines: [Line]) -> Document {
        var document = T.document(number, "2025-02-0\(line)", seller: seller, line: line)
        document.lines = lines
        return document
    }

    static func findings(_ documents: [Document]) -> [Finding] {
        let ledger = Ledger(entries: documents.map { LedgerEntry($0) }, itemRates: ItemRateIndex(documents))
        return Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-VAT-02" }
    }

    @Test func sameNameAtTwoRates() throws {
        let documents = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Repas sur place", rate: "10"), Self.line("Repas sur place", rate: "10")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("  REPAS   sur PLACE ", rate: "20.00")]),
            Self.invoice("FA-2025-0003", line: 3, [Self.line("Repas sur place", rate: "10.0")]),
        ]
        let found = Self.findings(documents)
        try #require(found.count == 1)
        #expect(found[0].severity == .info)
        #expect(found[0].documentNumber == "FA-2025-0002")
        #expect(found[0].location.line == 2)
        #expect(
            found[0].message.en
                == "item 'Repas sur place' is billed at 2 VAT rates (10% on 3 lines, for example 'FA-2025-0001'; 20% on 1 line, for example 'FA-2025-0002'): check that each rate fits what was supplied")
        #expect(found[0].message.fr.hasPrefix("l'article 'Repas sur place' est facturé à 2 taux de TVA (10 % sur 3 lignes"))
    }

    @Test func accentsAndCaseFoldTogether() {
        let documents = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Éclairage scène", rate: "20")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("eclairage SCENE", rate: "5.5")]),
        ]
        #expect(Self.findings(documents).map(\.message.en) == [
            "item 'Éclairage scène' is billed at 2 VAT rates (5.5% on 1 line, for example 'FA-2025-0002'; 20% on 1 line, for example 'FA-2025-0001'): check that each rate fits what was supplied"
        ])
    }

    @Test func itemKeyPrecedence() {
        // Two names for one seller id: one item. The same name with two ids: two items.
        let byID = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Livre", rate: "5.5", sellerID: "REF-9", standardID: "9782070360024")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("Livre broché", rate: "20", sellerID: "REF-9")]),
        ]
        #expect(Self.findings(byID).map { $0.message.en.prefix(30) } == ["item with seller id 'REF-9' is"])
        let twoItems = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Livre", rate: "5.5", sellerID: "REF-9")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("Livre", rate: "20", sellerID: "EBOOK-9")]),
        ]
        #expect(Self.findings(twoItems).isEmpty)
        let byStandard = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Livre", rate: "5.5", standardID: "9782070360024")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("Roman", rate: "20", standardID: "9782070360024")]),
        ]
        #expect(Self.findings(byStandard).map { $0.message.en.prefix(40) } == ["item with standard id '9782070360024' is"])
    }

    @Test func silentForOneRateOrExempt() {
        let oneRate = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Conseil", rate: "20")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("Conseil", rate: "20.00")]),
        ]
        #expect(Self.findings(oneRate).isEmpty)
        // Exempt (E) and zero-rated (Z) lines carry no rate to compare.
        let exempt = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Formation", rate: "20")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("Formation", rate: "0", category: "E")]),
            Self.invoice("FA-2025-0003", line: 3, [Self.line("Formation", rate: "0", category: "Z")]),
        ]
        #expect(Self.findings(exempt).isEmpty)
        // Two sellers may tax the same name differently.
        let sellers = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("Conseil", rate: "20")]),
            Self.invoice("FA-2025-0001", line: 2, seller: T.otherSeller, [Self.line("Conseil", rate: "10")]),
        ]
        #expect(Self.findings(sellers).isEmpty)
    }

    @Test func findingsInDeterministicOrder() {
        let documents = [
            Self.invoice("FA-2025-0001", line: 1, [Self.line("b", rate: "20"), Self.line("a", rate: "20"), Self.line("c", rate: "10")]),
            Self.invoice("FA-2025-0002", line: 2, [Self.line("c", rate: "20"), Self.line("b", rate: "10"), Self.line("a", rate: "5.5")]),
        ]
        let first = Self.findings(documents)
        #expect(first.map { $0.message.en.prefix(8) } == ["item 'a'", "item 'b'", "item 'c'"])
        for _ in 0..<5 {
            #expect(Self.findings(documents) == first)
        }
    }

    @Test func linesOfOneDocumentAddUp() {
        let document = Self.invoice(
            "FA-2025-0001", line: 1,
            [Self.line("Câble", rate: "20"), Self.line("câble ", rate: "20.00"), Self.line("Câble", rate: "10"), Self.line(nil, rate: "20")])
        #expect(Self.findings([document]).map(\.message.en) == [
            "item 'Câble' is billed at 2 VAT rates (20% on 2 lines, for example 'FA-2025-0001'; 10% on 1 line, for example 'FA-2025-0001'): check that each rate fits what was supplied"
        ])
    }

    @Test func filesJoinInInputOrder() {
        let first = Self.invoice("FA-2025-0001", line: 1, [Self.line("Conseil", rate: "20")])
        let second = Self.invoice("FA-2025-0002", line: 2, [Self.line("Conseil", rate: "10"), Self.line("Conseil", rate: "20")])
        var index = ItemRateIndex([first])
        index.append(ItemRateIndex([second]))
        let ledger = Ledger(entries: [first, second].map { LedgerEntry($0) }, itemRates: index)
        let found = Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == "FR-VAT-02" }
        // 20 % is used twice, first by FA-2025-0001 of the first file.
        #expect(found.map(\.message.en) == [
            "item 'Conseil' is billed at 2 VAT rates (20% on 2 lines, for example 'FA-2025-0001'; 10% on 1 line, for example 'FA-2025-0002'): check that each rate fits what was supplied"
        ])
    }

    @Test func sellerKnownByNameJoinsItsRegistration() {
        // CSV rows without SIREN belong to the registered seller of the same name.
        let registered = Self.invoice("FA-2025-0001", line: 1, [Self.line("Conseil", rate: "20")])
        let byName = Self.invoice("FA-2025-0002", line: 2, seller: Party(name: "ATELIER TEST"), [Self.line("Conseil", rate: "10")])
        // Both rates have one line, so the higher rate comes second and locates the finding.
        #expect(Self.findings([registered, byName]).map(\.documentNumber) == ["FA-2025-0001"])
        let stranger = Self.invoice("FA-2025-0002", line: 2, seller: Party(name: "Autre Atelier"), [Self.line("Conseil", rate: "10")])
        #expect(Self.findings([registered, stranger]).isEmpty)
    }
}
