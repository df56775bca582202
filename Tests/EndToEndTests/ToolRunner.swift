import Foundation

/// Runs the built `facturaudit` executable from the repository root and captures its output.
///
/// Output goes to temporary files rather than pipes, so a large report can never block the child
/// while the test waits for it.
struct ToolRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Standard output byte for byte, for commands whose output is not the tool's own text.
        let stdoutBytes: [UInt8]
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable built beside the test bundle.
    static var executable: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleFolder.appendingPathComponent("facturaudit"),
            bundleFolder.deletingLastPathComponent().appendingPathComponent("facturaudit"),
            repositoryRoot.appendingPathComponent(".build/debug/facturaudit"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `executable` (the built facturaudit unless given) with `arguments`, in `workingDirectory`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], executable: URL = executable,
        workingDirectory: URL = repositoryRoot
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        // A fixed environment: the language must come from the test, never from the machine.
        var base = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        base.merge(environment) { _, new in new }
        process.environment = base
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let output = [UInt8](try Data(contentsOf: outURL))
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            stdoutBytes: output)
    }
}

/// Compares output with a committed golden file; `FACTURAUDIT_RECORD=1` rewrites the file instead.
/// A missing golden file fails, so CI never records silently.
enum Golden {
    static let folder = ToolRunner.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Golden")

    static func contents(_ name: String, actual: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FACTURAUDIT_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
