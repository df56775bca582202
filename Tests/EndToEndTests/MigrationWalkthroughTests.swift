import Foundation
import Testing

/// Runs the commands of docs/migration.md and docs/migration.fr.md and compares each command's exit
/// status and output with the page, so the walk-through cannot drift from the tool. The output is
/// standard output and standard error in the order a terminal shows them.
@Suite struct MigrationWalkthroughTests {
    /// One `$ command` line of a console block, with the output lines that follow it.
    struct Step {
        let command: String
        let expectedStatus: Int32
        let expectedOutput: String
    }

    /// The steps of every ```console block, in page order.
    static func steps(ofPage text: String) -> [Step] {
        var steps: [Step] = []
        var inBlock = false
        var command: (text: String, status: Int32)?
        var output: [String] = []
        func flush() {
            if let command {
                let joined = output.joined(separator: "\n")
                steps.append(Step(command: command.text, expectedStatus: command.status, expectedOutput: joined.isEmpty ? "" : joined + "\n"))
            }
            command = nil
            output = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "```console" {
                inBlock = true
                continue
            }
            guard inBlock else { continue }
            if line == "```" {
                flush()
                inBlock = false
            } else if line.hasPrefix("$ ") {
                flush()
                var text = String(line.dropFirst(2))
                var status: Int32 = 0
                if let range = text.range(of: #"  # (exit status|code de sortie) \d+$"#, options: .regularExpression) {
                    status = Int32(text[range].split(separator: " ").last ?? "") ?? -1
                    text.removeSubrange(range)
                }
                command = (text, status)
            } else {
                output.append(line)
            }
        }
        return steps
    }

    /// Runs the page as a reader would: from the repository root, whose content must stay
    /// untouched, into the scratch folder the page's first `cd` makes.
    @Test(arguments: ["docs/migration.md", "docs/migration.fr.md"])
    func walkthroughOutputsMatchPage(page: String) throws {
        let root = ToolRunner.repositoryRoot
        let text = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
        let steps = Self.steps(ofPage: text)
        #expect(steps.count == 10)
        #expect(steps.first?.command == #"cd "$(mktemp -d)""#, "the page must leave the repository untouched")
        let before = try Set(FileManager.default.contentsOfDirectory(atPath: root.path))

        var folder = root
        var scratch: URL?
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        var environment = [
            "PATH": ToolRunner.executable.deletingLastPathComponent().path + ":/usr/bin:/bin", "LANG": "C",
        ]
        for step in steps {
            if step.command.hasPrefix("export ") {
                let assignment = step.command.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
                environment[String(assignment[0])] = String(assignment[1])
                continue
            }
            if step.command.hasPrefix("cd ") {
                // Each command runs in its own shell, so the change of folder is carried by hand.
                let result = try ShellRunner.run(step.command + " && pwd", in: folder, environment: environment)
                #expect(result.status == 0, "exit status of '\(step.command)'")
                environment["OLDPWD"] = folder.path
                folder = URL(fileURLWithPath: result.output.trimmingCharacters(in: .newlines))
                if scratch == nil && folder != root { scratch = folder }
                continue
            }
            #expect(folder != root, "'\(step.command)' would write into the repository")
            let result = try ShellRunner.run(step.command, in: folder, environment: environment)
            #expect(result.status == step.expectedStatus, "exit status of '\(step.command)'")
            #expect(result.output == step.expectedOutput, "output of '\(step.command)'")
        }
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: root.path)) == before)
    }
}

/// Runs one command line through `/bin/sh -c`, with output captured in files.
enum ShellRunner {
    /// Captures standard output and standard error in one file, as a terminal interleaves them.
    /// The tool writes both unbuffered, so their order in `output` is the order of its writes.
    static func run(_ command: String, in folder: URL, environment: [String: String]) throws -> (status: Int32, output: String) {
        // The captured output lives outside `folder`, which may be the repository.
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-walk-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outURL) }
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardOutput = outHandle
        process.standardError = outHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self))
    }
}
