import Foundation
import Testing

/// A FEC imported into a store and sealed, then a later FEC export where one invoice's amounts
/// changed: `verify`, `import`, `seal` and `verify --batch` report the change (FR-CORR-01).
@Suite struct StoreFECSealTests {
    static let header =
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|"
        + "EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise"

    /// Returns the three lines of one sales entry: customer debit, revenue and VAT credits.
    static func entry(_ number: Int, date: String, customer: String, net: String, vat: String, gross: String) -> [String] {
        let piece = "FA-2026-000\(number)"
        let common = "VE|Ventes|\(number)|\(date)|"
        let tail = "|\(piece)|\(date)|Facture \(piece)"
        return [
            common + "411000|Clients|C00\(number)|\(customer)" + tail + "|\(gross)|0,00|||\(date)||",
            common + "706000|Prestations de services||" + tail + "|0,00|\(net)|||\(date)||",
            common + "445710|TVA collectée 20 %||" + tail + "|0,00|\(vat)|||\(date)||",
        ]
    }

    /// Returns the FEC lines of FA-2026-0001 and FA-2026-0002, the second with the given amounts.
    static func fec(secondNet net: String = "500,00", secondVAT vat: String = "100,00", secondGross gross: String = "600,00")
        -> [String]
    {
        [header] + entry(1, date: "20260105", customer: "Hôtel des Tilleuls", net: "1000,00", vat: "200,00", gross: "1200,00")
            + entry(2, date: "20260112", customer: "Cabinet Dubreuil", net: net, vat: vat, gross: gross)
    }

    static let changedFields =
        "(changed fields: 'vat.1.taxable_amount', 'vat.1.tax_amount', 'total.tax_exclusive', 'total.vat', "
        + "'total.tax_inclusive')"

    /// Imports `exports/812476356FEC20261231.txt` and seals it, then returns the store and the FEC path.
    static func sealedFEC(in scratch: StoreCommandTests.Scratch) throws -> (database: String, fec: String) {
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("exports"), withIntermediateDirectories: true)
        let fec = try scratch.write("exports/812476356FEC20261231.txt", fec().joined(separator: "\n") + "\n")
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", fec, "--db", database, "--quiet"]).status == 0)
        #expect(try ToolRunner.run(["seal", "--db", database, "--quiet"]).status == 0)
        return (database, fec)
    }

    static func findingLines(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).filter { $0.contains(": [") }
    }

    @Test func verifyReportsChangedAmountInLaterFEC() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, fec) = try Self.sealedFEC(in: scratch)
        let changed = Self.fec(secondNet: "550,00", secondVAT: "110,00", secondGross: "660,00").joined(separator: "\n") + "\n"
        let later = try scratch.write("812476356FEC20261231.txt", changed)
        let result = try ToolRunner.run(["verify", "--db", database, later, "--lang", "en"])
        #expect(result.status == 1)
        #expect(
            Self.findingLines(result.stdout) == [
                "\(later):5: error: [FR-CORR-01] issued document 'FA-2026-0002' differs from its sealed version (seal 1, "
                    + "\(fec):5) \(Self.changedFields): correct an issued invoice with a credit note or a corrective invoice"
            ])
    }

    /// A FEC named without the SIREN names no seller. Compared with a seal of one seller, its
    /// invoices are that seller's, so the change is still found.
    @Test func verifyMatchesFECWithoutSIRENInItsName() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, _) = try Self.sealedFEC(in: scratch)
        let changed = Self.fec(secondNet: "550,00", secondVAT: "110,00", secondGross: "660,00").joined(separator: "\n") + "\n"
        let renamed = try scratch.write("ecritures.txt", changed)
        let result = try ToolRunner.run(["verify", "--db", database, renamed, "--lang", "en"])
        #expect(result.status == 1)
        #expect(Self.findingLines(result.stdout).count == 1)
        #expect(
            result.stdout.hasPrefix(
                "\(renamed):5: error: [FR-CORR-01] issued document 'FA-2026-0002' differs from its sealed version (seal 1, "))
    }

    /// The same entries in another line order are the same invoices.
    @Test func verifyAcceptsReorderedUnchangedFEC() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, _) = try Self.sealedFEC(in: scratch)
        let lines = Self.fec()
        let reordered = try scratch.write("812476356FEC20261231.txt", ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n")
        let result = try ToolRunner.run(["verify", "--db", database, reordered, "--lang", "en"])
        #expect(result.status == 0)
        #expect(Self.findingLines(result.stdout).isEmpty)
    }

    /// The later FEC written over the imported one and imported again: `import` reports the new
    /// version, `seal` rejects it and `verify --batch 2` compares the seal with it.
    @Test func reimportedChangedFECIsRejectedBySeal() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, fec) = try Self.sealedFEC(in: scratch)
        _ = try scratch.write(
            "exports/812476356FEC20261231.txt",
            Self.fec(secondNet: "550,00", secondVAT: "110,00", secondGross: "660,00").joined(separator: "\n") + "\n")
        let reimport = try ToolRunner.run(["import", fec, "--db", database, "--lang", "en"])
        #expect(reimport.status == 1)
        #expect(
            Self.findingLines(reimport.stdout) == [
                "\(fec):5: error: [FR-CORR-01] issued document 'FA-2026-0002' differs from the version of batch 1 (\(fec):5) "
                    + "\(Self.changedFields): correct an issued invoice with a credit note or a corrective invoice"
            ])
        let seal = try ToolRunner.run(["seal", "--db", database, "--lang", "en"])
        #expect(seal.status == 1)
        #expect(seal.stderr.hasPrefix("facturaudit: nothing was sealed, 1 issued document changed since the last seal"))
        let verify = try ToolRunner.run(["verify", "--db", database, "--batch", "2", "--lang", "en"])
        #expect(verify.status == 1)
        #expect(
            Self.findingLines(verify.stdout) == [
                "\(fec):5: error: [FR-CORR-01] issued document 'FA-2026-0002' differs from its sealed version (seal 1, "
                    + "\(fec):5) \(Self.changedFields): correct an issued invoice with a credit note or a corrective invoice"
            ])
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(check.stdout.contains("first FA-2026-0001, last FA-2026-0002, 2 documents, no gap"))
    }
}
