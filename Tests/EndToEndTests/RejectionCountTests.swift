import Foundation
import Testing

/// The closing line on standard error counts rejections the way each language writes numbers: the
/// French one groups digits with a narrow no-break space, as the journal does.
@Suite struct RejectionCountTests {
    @Test(arguments: [
        ("fr", "facturaudit : 1\u{202F}001 rejets à l'import, voir le journal\n"),
        ("en", "facturaudit: 1001 records rejected on import, see the journal\n"),
    ])
    func stderrCountsRejections(language: String, expected: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-count-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var csv = "Numéro;Date;Total HT;TVA;Total TTC\nFA-2025-0001;06/01/2025;100,00;20,00;120,00\n"
        for counter in 2...1002 {
            csv += "FA-2025-\(counter);32/01/2025;100,00;20,00;120,00\n"
        }
        try Data(csv.utf8).write(to: folder.appendingPathComponent("ventes.csv"))
        let result = try ToolRunner.run(["check", folder.path, "--lang", language])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix(expected))
    }
}
