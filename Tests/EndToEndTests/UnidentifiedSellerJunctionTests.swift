import Foundation
import Testing

/// `check OLD/ NEW/` on two CSV exports without a seller column, through the built binary: the
/// junction is checked across them, and a mapping file naming the seller silences the warning.
@Suite struct UnidentifiedSellerJunctionTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-junction-\(UUID().uuidString)")
        for (path, rows) in [
            ("old/old.csv", ["FA-2026-0001;06/01/2026;Client A;12,00", "FA-2026-0002;07/01/2026;Client A;12,00"]),
            ("new/new.csv", ["FA-2026-0002;03/02/2026;Client B;24,00", "FA-2026-0003;04/02/2026;Client B;24,00"]),
        ] {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let text = (["N° facture;Date;Client;Total TTC"] + rows).joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: file)
        }
        return folder
    }

    /// Returns the rule ids of the text journal's finding lines, in order.
    static func rules(_ journal: String) -> [String] {
        journal.matches(of: /: (?:error|warning|info): \[([A-Z0-9-]+)\]/).map { String($0.output.1) }
    }

    @Test func overlapBetweenExportsWithoutSeller() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("old").path
        let new = folder.appendingPathComponent("new").path
        let result = try ToolRunner.run(["check", old, new, "--lang", "en"])
        #expect(result.status == 1)
        #expect(Self.rules(result.stdout) == ["FA-MIG-01", "FA-NUM-02"])
        #expect(result.stdout.contains("overlap at the junction: '\(new)' uses FA-2026-0002 while '\(old)' goes up to FA-2026-0002"))

        let mapping = folder.appendingPathComponent("mapping.json")
        try Data(#"{"defaults": {"sellerSiren": "732829320"}}"#.utf8).write(to: mapping)
        let named = try ToolRunner.run(["check", old, new, "--mapping", mapping.path, "--lang", "en"])
        #expect(named.status == 1)
        #expect(Self.rules(named.stdout) == ["FA-MIG-01"])
    }
}
