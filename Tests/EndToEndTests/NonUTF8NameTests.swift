import Foundation
import Testing

@testable import facturaudit

/// File names that are not valid UTF-8, such as `facturé.csv` written in Latin-1 by an old
/// Windows archiver. The file is read, and the journal shows the name with `\xE9`.
@Suite struct NonUTF8NameTests {
    private static let csv = """
        N° facture;Date;Émetteur;SIREN émetteur;Client;Total HT;TVA;Total TTC
        FA-2025-0001;15/01/2025;Atelier;812476356;Client;100,00;20,00;120,00
        FA-2025-0002;16/01/2025;Atelier;812476356;Client;100,00;20,00;120,00

        """

    /// Creates `folder/latin/factur<0xE9>.csv` with two invoices, or with `text`.
    private static func latinFolder(_ folder: URL, text: String = csv) throws {
        let latin = folder.appendingPathComponent("latin")
        try FileManager.default.createDirectory(at: latin, withIntermediateDirectories: true)
        let name = Array(latin.path.utf8) + Array("/factur".utf8) + [0xE9] + Array(".csv".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        try #require(descriptor >= 0)
        let bytes = Array(text.utf8)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
        close(descriptor)
    }

    /// Runs the tool through `sh`, whose `printf` can pass an argument holding byte 0xE9.
    private static func runShell(_ script: String, in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let output = folder.appendingPathComponent("out.txt")
        let errors = folder.appendingPathComponent("err.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, ToolRunner.executable.path]
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return (
            process.terminationStatus, try String(contentsOf: output, encoding: .utf8),
            try String(contentsOf: errors, encoding: .utf8)
        )
    }

    @Test func sarifURIEncodesRawNameBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-latin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The second invoice reuses the first one's number, so FR-NUM-02 gives a located result.
        try Self.latinFolder(folder, text: Self.csv.replacingOccurrences(of: "FA-2025-0002", with: "FA-2025-0001"))

        let result = try Self.runShell("exec \"$0\" check latin --format sarif --lang en", in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains(#""uri" : "latin/factur%E9.csv""#))
        #expect(!result.stdout.contains("%5CxE9"))
        // The text journal still shows the name escaped.
        let text = try Self.runShell("exec \"$0\" check latin --lang en", in: folder)
        #expect(text.stdout.contains("latin/factur\\xE9.csv:3: error: [FR-NUM-02]"))
    }

    @Test func folderReadsLatinName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-latin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.latinFolder(folder)

        let result = try Self.runShell("exec \"$0\" check latin --lang en", in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("\n  latin/factur\\xE9.csv (csv): 2 read, 2 imported, 0 rejected\n"))
        #expect(result.stdout.hasSuffix("Summary: 1 file; 2 documents read, 2 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
    }

    @Test func argumentReadsLatinName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-latin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.latinFolder(folder)

        let check = try Self.runShell("exec \"$0\" check \"$(printf 'latin/factur\\351.csv')\" --lang en", in: folder)
        #expect(check.status == 0)
        #expect(check.stdout.contains("\n  latin/factur\\xE9.csv (csv): 2 read, 2 imported, 0 rejected\n"))

        let store = try Self.runShell(
            "exec \"$0\" import \"$(printf 'latin/factur\\351.csv')\" --db s.db --lang en --quiet", in: folder)
        #expect(store.status == 0)
        #expect(store.stdout.contains("\n  latin/factur\\xE9.csv (csv): 2 read, 2 imported, 0 rejected\n"))
    }

    @Test func invalidBytesAreEscaped() {
        #expect(PathBytes.shown([0x66, 0xE9, 0x2E, 0x63]) == "f\\xE9.c")
        #expect(PathBytes.shown(Array("é".utf8)) == "é")
        #expect(PathBytes.shown([0xC3]) == "\\xC3")
    }
}
