import Foundation
import Testing

/// An export whose invoice number carries cursor-up and erase-line sequences must not hide the
/// finding above it on a terminal: the text, Markdown, CSV and HTML journals and standard error write
/// the control characters as visible `\u{HEX}` escapes.
@Suite struct ControlCharacterInjectionTests {
    /// Writes an export whose second number ends with ESC[1A ESC[2K and whose seller name contains
    /// ESC[31m and U+202E, and returns its path.
    private static func hostileExport(in folder: URL) throws -> String {
        let csv = """
            N° facture;Date;Émetteur;Total HT;TVA;Total TTC
            FA-2025-0001;01/02/2025;Atelier;100,00;20,00;121,00
            FA-2025-0002\u{1B}[1A\u{1B}[2K;02/02/2025;S\u{1B}[31mRED\u{202E}txt.exe;100,00;20,00;120,00

            """
        let path = folder.appendingPathComponent("hostile.csv")
        try csv.write(to: path, atomically: false, encoding: .utf8)
        return path.path
    }

    private static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-ctl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: ["fr", "en"])
    func textJournalEscapesControls(language: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.hostileExport(in: folder)
        let result = try ToolRunner.run(["check", path, "--lang", language])
        #expect(result.status == 1)
        #expect(!result.stdoutBytes.contains(0x1B))
        #expect(!result.stdout.contains("\u{202E}"))
        let seller = #"  S\u{1B}[31mRED\u{202E}txt.exe"#
        #expect(result.stdout.split(separator: "\n").contains { $0 == seller })
        #expect(result.stdout.contains(#"'FA-2025-0002\u{1B}[1A\u{1B}[2K'"#))
        let calc = language == "en" ? ":2: error: [FA-CALC-05]" : ":2: erreur: [FA-CALC-05]"
        #expect(result.stdout.hasPrefix(path + calc))
    }

    @Test(arguments: ["markdown", "csv", "html"], ["fr", "en"])
    func reportsEscapeControls(format: String, language: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.hostileExport(in: folder)
        let result = try ToolRunner.run(["check", path, "--format", format, "--lang", language])
        #expect(result.status == 1)
        #expect(!result.stdoutBytes.contains(0x1B))
        #expect(!result.stdout.contains("\u{202E}"))
        let escapedNumber = format != "markdown" ? #"FA-2025-0002\u{1B}[1A\u{1B}[2K"# : #"FA-2025-0002\\u{1B}\[1A\\u{1B}\[2K"#
        #expect(result.stdout.contains(escapedNumber))
    }

    @Test(arguments: ["fr", "en"])
    func standardErrorEscapesQuotedValues(language: String) throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "x\u{1B}[2K\u{202E}", "--lang", language])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("\u{1B}"))
        let expected = language == "en"
            ? #"facturaudit: invalid value 'x\u{1B}[2K\u{202E}' for --format"#
            : #"facturaudit : valeur 'x\u{1B}[2K\u{202E}' invalide pour --format"#
        #expect(result.stderr.hasPrefix(expected))
    }
}
