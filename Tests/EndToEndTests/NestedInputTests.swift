import Foundation
import Testing

/// A folder given together with one of its own subfolders or files (`check exports/2025 exports`):
/// each file is read once, and both paths are one source, so no false migration junction appears.
@Suite struct NestedInputTests {
    @Test(arguments: [
        ["fixtures/demo/ubl", "fixtures/demo"], ["fixtures/demo", "fixtures/demo/ubl"],
        ["fixtures/demo/ubl/FA-2025-0009.xml", "fixtures/demo"],
    ])
    func nestedPathsAreOneSource(paths: [String]) throws {
        let alone = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en"])
        let nested = try ToolRunner.run(["check"] + paths + ["--lang", "en"])
        #expect(nested.status == alone.status)
        #expect(!nested.stdout.contains("FA-MIG-01"))
        let findings = { (text: String) in text.split(separator: "\n").filter { $0.contains(": error: [") }.sorted() }
        #expect(findings(nested.stdout) == findings(alone.stdout))
        #expect(nested.stdout.hasSuffix(
            "Summary: 4 files; 25 documents read, 25 imported, 0 rejected; 4 errors, 2 warnings, 1 info\n"))
    }
}
