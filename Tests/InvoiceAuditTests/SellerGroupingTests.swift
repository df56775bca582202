import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct SellerGroupingTests {
    typealias T = TestDocuments

    @Test func nameOnlyRowsJoinTheRegisteredSeller() {
        let findings = T.ledgerFindings([
            T.document("F-1", "2025-01-02", seller: Party(name: "Alpha SAS", siren: "732829320"), line: 2),
            T.document("F-2", "2025-01-03", seller: Party(name: "ALPHA S.A.S."), line: 3),
            T.document("F-3", "2025-01-04", seller: Party(name: "alpha sas"), line: 4),
        ])
        #expect(findings.isEmpty)
    }

    @Test func ambiguousNameStaysApart() {
        // Two registered companies share the name: the name-only row cannot be attributed.
        let ledger = Ledger(entries: [
            T.document("F-1", "2025-01-02", seller: Party(name: "Alpha", siren: "732829320"), line: 2),
            T.document("G-1", "2025-01-02", seller: Party(name: "Alpha", siren: "552100554"), line: 3),
            T.document("F-2", "2025-01-03", seller: Party(name: "Alpha"), line: 4),
        ].map(LedgerEntry.init))
        #expect(ledger.entries.map(\.seller.value) == ["SIREN:732829320", "SIREN:552100554", "NAME:alpha"])
    }

    /// A document without any seller identity, as a CSV export without a seller column gives it.
    static func anonymous(_ number: String, _ issued: String, file: String, line: Int) -> Document {
        Document(number: number, issueDate: T.date(issued), source: SourceLocation(file: file, line: line))
    }

    /// Audits documents given as sources (command-line paths), in order.
    static func findings(_ sources: [(name: String, documents: [Document])]) -> (findings: [Finding], ledger: Ledger) {
        var entries: [LedgerEntry] = []
        for (index, source) in sources.enumerated() {
            entries += source.documents.map {
                LedgerEntry($0, configuration: AuditConfiguration(), sourceIndex: index, sourceName: source.name)
            }
        }
        let ledger = Ledger(entries: entries)
        return (Auditor().ledgerFindings(ledger).findings.sorted(by: Finding.journalOrder), ledger)
    }

    @Test func documentsWithoutSellerAreComparedAcrossFiles() {
        // Monthly exports of one folder: February repeats January's last number.
        let (findings, ledger) = Self.findings([(
            "exports", [
                Self.anonymous("F-1", "2025-01-02", file: "exports/01.csv", line: 2),
                Self.anonymous("F-2", "2025-01-03", file: "exports/01.csv", line: 3),
                Self.anonymous("F-3", "2025-02-03", file: "exports/02.csv", line: 2),
                Self.anonymous("F-2", "2025-02-04", file: "exports/02.csv", line: 3),
            ]
        )])
        #expect(findings.map(\.ruleID) == ["FA-NUM-02", "FR-NUM-02"])
        #expect(findings[0].severity == .warning)
        #expect(findings[0].location == SourceLocation(file: "exports/01.csv", line: 2))
        #expect(findings[0].message.en == "4 documents in 'exports/01.csv' and 1 other file carry no seller identity (SIREN, SIRET, VAT number or name): their numbering is checked across the files as one unidentified seller's; to name that seller, give its SIREN as defaults.sellerSiren in a mapping file (--mapping), and check the exports of different sellers in separate runs")
        #expect(findings[0].message.fr == "4 documents de 'exports/01.csv' et d'un autre fichier ne portent aucune identité du vendeur (SIREN, SIRET, numéro de TVA ou nom) : leur numérotation est vérifiée d'un fichier à l'autre comme celle d'un seul vendeur non identifié ; pour nommer ce vendeur, donnez son SIREN par defaults.sellerSiren dans un fichier de correspondance (--mapping), et vérifiez séparément les exports de vendeurs différents")
        #expect(findings[1].message.en == "number 'F-2' is already used by the document at exports/01.csv:3")
        #expect(Set(ledger.entries.map(\.seller)) == [PartyKey.unknown])
    }

    @Test func junctionBetweenExportsWithoutSellerIsChecked() {
        let (findings, _) = Self.findings([
            ("old/", [
                Self.anonymous("FA-2026-0001", "2026-01-06", file: "old/old.csv", line: 2),
                Self.anonymous("FA-2026-0002", "2026-01-07", file: "old/old.csv", line: 3),
                Self.anonymous("FA-2026-0003", "2026-01-08", file: "old/old.csv", line: 4),
            ]),
            ("new/", [
                Self.anonymous("FA-2026-0003", "2026-02-03", file: "new/new.csv", line: 2),
                Self.anonymous("FA-2026-0004", "2026-02-04", file: "new/new.csv", line: 3),
            ]),
        ])
        #expect(findings.map(\.ruleID) == ["FA-MIG-01", "FA-NUM-02"])
        #expect(findings[0].location == SourceLocation(file: "new/new.csv", line: 2))
        #expect(findings[0].message.en == "overlap at the junction: 'new/' uses FA-2026-0003 while 'old/' goes up to FA-2026-0003; the new numbering must continue after it")
    }

    @Test func documentsWithoutSellerJoinTheOnlyIdentifiedSeller() {
        let (findings, ledger) = Self.findings([
            ("old/", [
                T.document("FA-2026-0001", "2026-01-06", line: 2, file: "old/old.csv"),
                T.document("FA-2026-0002", "2026-01-07", line: 3, file: "old/old.csv"),
            ]),
            ("new/", [Self.anonymous("FA-2026-0002", "2026-02-03", file: "new/items.json", line: 1)]),
        ])
        #expect(findings.map(\.ruleID) == ["FA-MIG-01", "FA-NUM-02"])
        #expect(findings[1].severity == .info)
        #expect(findings[1].location == SourceLocation(file: "new/items.json", line: 1))
        #expect(findings[1].message.en == "1 document in 'new/items.json' carries no seller identity (SIREN, SIRET, VAT number or name): it is numbered with the only identified seller, Atelier Test (SIREN 732829320); if it comes from another seller, give its SIREN as defaults.sellerSiren in a mapping file (--mapping)")
        #expect(findings[1].message.fr == "1 document de 'new/items.json' ne porte aucune identité du vendeur (SIREN, SIRET, numéro de TVA ou nom) : il est numéroté avec le seul vendeur identifié, Atelier Test (SIREN 732829320) ; s'il vient d'un autre vendeur, donnez son SIREN par defaults.sellerSiren dans un fichier de correspondance (--mapping)")
        #expect(Set(ledger.entries.map(\.seller.value)) == ["SIREN:732829320"])
    }

    @Test func twoIdentifiedSellersNeverShareSeriesWithEachOtherNorWithUnidentifiedDocuments() {
        let (findings, ledger) = Self.findings([(
            "in/", [
                T.document("F-1", "2025-01-02", seller: T.seller, line: 1, file: "in/a.xml"),
                T.document("F-1", "2025-01-02", seller: T.otherSeller, line: 1, file: "in/b.xml"),
                Self.anonymous("F-1", "2025-01-03", file: "in/c.csv", line: 2),
            ]
        )])
        #expect(findings.map(\.ruleID) == ["FA-NUM-02"])
        #expect(findings[0].severity == .warning)
        #expect(findings[0].message.en == "1 document in 'in/c.csv' carries no seller identity (SIREN, SIRET, VAT number or name) while the run holds 2 identified sellers: it is numbered apart as one unidentified seller; to join it to its seller, give its SIREN as defaults.sellerSiren in a mapping file (--mapping)")
        #expect(ledger.entries.map(\.seller.value) == ["SIREN:732829320", "SIREN:552100554", "?"])
    }

    @Test func identifiedSellersInSeparateFilesAreNeverCompared() {
        let (findings, ledger) = Self.findings([
            ("a.xml", [T.document("F-1", "2025-01-02", seller: T.seller, line: 1, file: "a.xml")]),
            ("b.xml", [T.document("F-1", "2025-01-02", seller: T.otherSeller, line: 1, file: "b.xml")]),
        ])
        #expect(findings.isEmpty)
        #expect(ledger.unidentifiedSellers == nil)
        #expect(ledger.seriesKeys.count == 2)
    }

    @Test func oneFileWithoutSellerAloneIsSilent() {
        let (findings, ledger) = Self.findings([(
            "export.csv", [
                Self.anonymous("F-1", "2025-01-02", file: "export.csv", line: 2),
                Self.anonymous("F-2", "2025-01-03", file: "export.csv", line: 3),
            ]
        )])
        #expect(findings.isEmpty)
        #expect(ledger.unidentifiedSellers?.count == 2)
    }
}
