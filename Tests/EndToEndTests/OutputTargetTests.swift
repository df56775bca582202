import Foundation
import Testing

@testable import facturaudit

/// `--output` and `-o` on links, pipes and devices: the target is written, never replaced by a
/// regular file (docs/reports.md, "Output files").
@Suite struct OutputTargetTests {
    /// Creates a scratch folder for one test, which the caller removes.
    private static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-target-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func type(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    private static func demoJournal() throws -> String {
        try ToolRunner.run(["check", "fixtures/demo", "--lang", "en"]).stdout
    }

    @Test func linkWritesItsTarget() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("shared/journal.txt").path
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try "keep\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
        let link = folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "shared/journal.txt")

        let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--output", link, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        #expect(try Self.type(link) == .typeSymbolicLink)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/journal.txt")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.demoJournal())
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("shared").path) == ["journal.txt"])
    }

    @Test func linkToStdoutWritesStdout() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("stdout-link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/proc/self/fd/1")

        let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--output", link, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stdout == (try Self.demoJournal()))
        #expect(result.stdout.hasPrefix("fixtures/demo/"))
        #expect(try Self.type(link) == .typeSymbolicLink)

        let extract = try ToolRunner.run(["extract", "fixtures/migration/new-tool/FA-2025-0009.pdf", "-o", link])
        #expect(extract.status == 0)
        #expect(extract.stdout.hasPrefix("<?xml"))
        #expect(try Self.type(link) == .typeSymbolicLink)
    }

    @Test func fifoWrittenInPlace() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let copy = folder.appendingPathComponent("copy.txt")
        _ = FileManager.default.createFile(atPath: copy.path, contents: nil)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        reader.standardOutput = try FileHandle(forWritingTo: copy)
        try reader.run()
        defer { if reader.isRunning { reader.terminate() } }

        let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--output", fifo, "--quiet"])
        #expect(result.status == 1)
        #expect(isFIFO(fifo))
        let deadline = Date().addingTimeInterval(10)
        while reader.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!reader.isRunning, "the reader of the FIFO never got an end of file")
        #expect(try String(contentsOf: copy, encoding: .utf8) == Self.demoJournal())
    }

    private func isFIFO(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
    }

    @Test func devicesNeverReplaced() throws {
        // Only classified, never written: a test must not touch the machine's devices.
        let null = try OutputTarget.resolve("/dev/null")
        #expect(null == .stream || null == .standardOutput || null == .standardError)
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OutputTarget.resolve(folder.appendingPathComponent("new.txt").path)
            == .replace(file: folder.appendingPathComponent("new.txt").path, mode: nil))
    }

    @Test func folderAndBrokenLinksRejected() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken").path
        try FileManager.default.createSymbolicLink(atPath: broken, withDestinationPath: "nowhere/journal.txt")
        let loop = folder.appendingPathComponent("loop").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop")

        let cases: [(String, String)] = [
            (folder.path, "facturaudit: --output '\(folder.path)' is a folder: give a file name\n"),
            (broken, "facturaudit: --output '\(broken)' is a broken symbolic link: restore its target or give another file\n"),
            (loop, "facturaudit: --output '\(loop)' is a loop of symbolic links: give another file\n"),
        ]
        for (output, message) in cases {
            let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--output", output])
            #expect(result.status == 64)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix(message))
        }
        let french = try ToolRunner.run(["export", "--to", "csv", "fixtures/demo", "-o", broken])
        #expect(french.status == 64)
        #expect(french.stderr.hasPrefix(
            "facturaudit : --output '\(broken)' est un lien symbolique cassé : rétablissez sa cible ou indiquez un autre fichier\n"))
        #expect(try Self.type(broken) == .typeSymbolicLink)
    }

    @Test func exportRejectsItsOwnInput() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.csv").path
        try FileManager.default.copyItem(atPath: "\(ToolRunner.repositoryRoot.path)/fixtures/demo/export-2024-2025.csv", toPath: input)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))

        let result = try ToolRunner.run(["export", "--to", "canonical-json", folder.path, "-o", input, "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(
            "facturaudit: --output '\(input)' is also a file read by export: choose another file for the output\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)

        let store = folder.appendingPathComponent("s.db").path
        let imported = try ToolRunner.run(["import", input, "--db", store, "-o", input])
        #expect(imported.status == 64)
        #expect(imported.stderr.hasPrefix(
            "facturaudit : --output '\(input)' est aussi un fichier lu par import : choisissez un autre fichier pour la sortie\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func storeNeverTheOutput() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("s.db").path
        let imported = try ToolRunner.run(["import", "fixtures/demo/ubl", "--db", store, "--quiet"])
        #expect(imported.status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for arguments in [["seal", "--db", store, "-o", store], ["check", "--db", store, "--output", store]] {
            let result = try ToolRunner.run(arguments + ["--lang", "en"])
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("facturaudit: --output '\(store)' is the store '\(store)': choose another file for the output\n"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func fullDiskToldInTheReportLanguage() throws {
        let french = try ToolRunner.run(["check", "fixtures/demo", "--lang", "fr", "-o", "/dev/full"])
        #expect(french.stderr == "facturaudit : impossible d'écrire '/dev/full' : plus de place sur le disque\n")
        #expect(french.status == 2)
        let english = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "-o", "/dev/full"])
        #expect(english.stderr == "facturaudit: cannot write '/dev/full': no space left on the device\n")
    }
}
