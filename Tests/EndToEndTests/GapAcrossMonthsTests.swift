import Foundation
import Testing

/// A yearly counter written with the month (`FA2502004`, then `FA2503006`): the missing counter 5
/// may carry either month, so no report names it as a February or a March number.
@Suite struct GapAcrossMonthsTests {
    static let csv = """
        N° facture;Date;Type;Émetteur;SIREN émetteur;Client;Total HT;TVA;Total TTC
        FA2501001;03/01/2025;Facture;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;100,00;20,00;120,00
        FA2501002;15/01/2025;Facture;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;100,00;20,00;120,00
        FA2502003;04/02/2025;Facture;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;100,00;20,00;120,00
        FA2502004;20/02/2025;Facture;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;100,00;20,00;120,00
        FA2503006;05/03/2025;Facture;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;100,00;20,00;120,00
        FA2503007;25/03/2025;Facture;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;100,00;20,00;120,00
        FA2504008;02/04/2025;Facture;Atelier Lumière SARL;812476356;Hôtel des Tilleuls SAS;100,00;20,00;120,00

        """

    /// Runs `check` on the file in `format` and `language`, from a folder of its own.
    static func check(format: String, language: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-gap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.csv")
        try Data(csv.utf8).write(to: file)
        let result = try ToolRunner.run(["check", file.path, "--format", format, "--lang", language])
        #expect(result.status == 1)
        return result.stdout
    }

    @Test func textNamesTheCounterAndBothNeighbours() throws {
        let english = try Self.check(format: "text", language: "en")
        #expect(english.contains(
            ": error: [FR-NUM-03] missing number in series FA{yy}{mm}{counter:3}: counter 5 (between FA2502004 and FA2503006)\n"))
        #expect(english.contains(
            "FA{yy}{mm}{counter:3} 2025: first FA2501001, last FA2504008, 7 documents, gap: counter 5 (between FA2502004 and FA2503006)\n"))
        #expect(!english.contains("FA2502005"))
        let french = try Self.check(format: "text", language: "fr")
        #expect(french.contains(
            ": erreur: [FR-NUM-03] numéro manquant dans la série FA{yy}{mm}{counter:3} : compteur 5 (entre FA2502004 et FA2503006)\n"))
        #expect(french.contains("trou : compteur 5 (entre FA2502004 et FA2503006)\n"))
        #expect(!french.contains("FA2502005"))
    }

    @Test func jsonGivesCountersAndNeighboursWithoutANumber() throws {
        let output = try Self.check(format: "json", language: "en")
        let journal = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let series = try #require(journal["series"] as? [[String: Any]])
        let gaps = try #require(series.first?["gaps"] as? [[String: Any]])
        #expect(gaps.count == 1)
        #expect(gaps.first?["first"] == nil)
        #expect(gaps.first?["last"] == nil)
        #expect(gaps.first?["count"] as? Int == 1)
        #expect(gaps.first?["firstCounter"] as? Int == 5)
        #expect(gaps.first?["lastCounter"] as? Int == 5)
        #expect(gaps.first?["previous"] as? String == "FA2502004")
        #expect(gaps.first?["next"] as? String == "FA2503006")
    }

    @Test func markdownAndHTMLShowTheSameLabel() throws {
        let markdown = try Self.check(format: "markdown", language: "fr")
        #expect(markdown.contains("`compteur 5 (entre FA2502004 et FA2503006)`"))
        #expect(!markdown.contains("FA2502005"))
        let html = try Self.check(format: "html", language: "en")
        #expect(html.contains("<code class=\"gap\">counter 5 (between FA2502004 and FA2503006)</code> (1 missing number)"))
        #expect(!html.contains("FA2502005"))
    }
}
