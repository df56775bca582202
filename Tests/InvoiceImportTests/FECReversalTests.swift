import InvoiceModel
import Testing

@testable import InvoiceImport

/// A sales posting corrected by a reversal (*extourne*) and a new posting under the same
/// PieceRef: the erroneous entry and its reversal are left out, the corrected posting is the invoice.
@Suite struct FECReversalTests {
    static func entry(_ number: String, day: String, piece: String, label: String, customer: (String, String), revenue: (String, String), vat: (String, String)) -> [String] {
        [
            "VE|Ventes|\(number)|202601\(day)|411000|Clients|C001|Dupont SARL|\(piece)|202601\(day)|\(label)|\(customer.0)|\(customer.1)|||202601\(day)||",
            "VE|Ventes|\(number)|202601\(day)|706000|Prestations|||\(piece)|202601\(day)|\(label)|\(revenue.0)|\(revenue.1)|||202601\(day)||",
            "VE|Ventes|\(number)|202601\(day)|445710|TVA collectée 20%|||\(piece)|202601\(day)|\(label)|\(vat.0)|\(vat.1)|||202601\(day)||",
        ]
    }

    static let lines =
        entry("VE1", day: "05", piece: "FA-2026-0001", label: "Facture", customer: ("120,00", "0,00"), revenue: ("0,00", "100,00"), vat: ("0,00", "20,00"))
        + entry("VE2", day: "05", piece: "FA-2026-0002", label: "Facture (erreur)", customer: ("1200,00", "0,00"), revenue: ("0,00", "1000,00"), vat: ("0,00", "200,00"))
        // The reversal lists its lines in another order and writes an amount with one decimal.
        + entry("VE3", day: "06", piece: "FA-2026-0002", label: "Extourne", customer: ("0,00", "1200,00"), revenue: ("1000,0", "0,00"), vat: ("200,00", "0,00")).reversed()
        + entry("VE4", day: "06", piece: "FA-2026-0002", label: "Facture corrigée", customer: ("240,00", "0,00"), revenue: ("0,00", "200,00"), vat: ("0,00", "40,00"))

    @Test func reversedEntryAndReversalAreLeftOut() throws {
        let result = FECTestSupport.importLines(Self.lines, file: "847315926FEC20261231.txt")
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.number) == ["FA-2026-0001", "FA-2026-0002"])
        #expect(result.documents.map { $0.totals.taxInclusive } == [Amount(120), Amount(240)])
        #expect(result.documents.map(\.kind) == [.invoice, .invoice])
        #expect(result.skipped == 2)
        #expect(result.recordsRead == 4)
        let warning = try #require(result.warnings.first { $0.reason.en.contains("reverses") })
        #expect(warning.location == SourceLocation(file: "847315926FEC20261231.txt", line: 8))
        #expect(
            warning.reason.en
                == "entry VE/VE3 (line 8) reverses entry VE/VE2 (line 5) of piece FA-2026-0002: same accounts and amounts, debit and credit swapped; both are left out and the piece is read from its other entries")
        #expect(
            warning.reason.fr
                == "l'écriture VE/VE3 (ligne 8) extourne l'écriture VE/VE2 (ligne 5) de la pièce FA-2026-0002 : mêmes comptes et montants, débit et crédit inversés ; les deux sont laissées de côté et la pièce est lue dans ses autres écritures")
    }

    /// A credit note with its own number, or an entry that differs by one amount, is no reversal.
    @Test func entryThatDoesNotMirrorStaysADocument() {
        let lines =
            Self.entry("VE1", day: "05", piece: "FA-2026-0001", label: "Facture", customer: ("120,00", "0,00"), revenue: ("0,00", "100,00"), vat: ("0,00", "20,00"))
            + Self.entry("VE2", day: "06", piece: "AV-2026-0001", label: "Avoir", customer: ("0,00", "120,00"), revenue: ("100,00", "0,00"), vat: ("20,00", "0,00"))
            + Self.entry("VE3", day: "07", piece: "FA-2026-0001", label: "Avoir partiel", customer: ("0,00", "60,00"), revenue: ("50,00", "0,00"), vat: ("10,00", "0,00"))
        let result = FECTestSupport.importLines(lines, file: "847315926FEC20261231.txt")
        #expect(result.documents.map(\.number) == ["FA-2026-0001", "AV-2026-0001", "FA-2026-0001"])
        #expect(result.skipped == 0)
        #expect(!result.warnings.contains { $0.reason.en.contains("reverses") })
    }
}
