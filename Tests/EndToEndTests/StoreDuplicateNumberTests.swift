import Foundation
import Testing

/// FR-NUM-02 on a number read in two files sits on the second one in reading order: the later
/// command-line path, or the later batch. It names the first, in `check` and `check --db` alike,
/// whatever the order of the file names.
@Suite struct StoreDuplicateNumberTests {
    /// `z.csv` issues AVOIR in January, `a.csv`, read after it, issues AVOIR again for another
    /// buyer. AVOIR has no counter, so the repeat is FR-NUM-02 and not a junction overlap.
    static func exports(in scratch: StoreCommandTests.Scratch) throws -> (first: String, second: String) {
        let header = StoreJunctionTests.header
        let first = try scratch.write(
            "z.csv", [header, StoreJunctionTests.row("FA-2026-0001", "06/01/2026"), StoreJunctionTests.row("AVOIR", "07/01/2026")]
                .joined(separator: "\n") + "\n")
        let second = try scratch.write(
            "a.csv",
            [
                header, StoreJunctionTests.row("AVOIR", "08/01/2026", buyer: "Cabinet Dubreuil SARL;523174605"),
                StoreJunctionTests.row("FA-2026-0002", "09/01/2026"),
            ].joined(separator: "\n") + "\n")
        return (first, second)
    }

    static func duplicateLines(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).filter { $0.contains("[FR-NUM-02]") }
    }

    @Test func repeatSitsOnTheLaterPathInCheckAndInOneBatch() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (first, second) = try Self.exports(in: scratch)
        let expected = ["\(second):2: error: [FR-NUM-02] number 'AVOIR' is already used by the document at \(first):3"]
        let files = try ToolRunner.run(["check", first, second, "--lang", "en"])
        #expect(Self.duplicateLines(files.stdout) == expected)
        let database = scratch.path("one.db")
        _ = try ToolRunner.run(["import", first, second, "--db", database, "--quiet"])
        let stored = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(Self.duplicateLines(stored.stdout) == expected)
    }

    @Test func repeatSitsOnTheLaterBatch() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (first, second) = try Self.exports(in: scratch)
        let database = scratch.path("two.db")
        _ = try ToolRunner.run(["import", first, "--db", database, "--quiet"])
        // Another tool's export beside the first with the same columns: `--source` keeps it a source of its own.
        _ = try ToolRunner.run(["import", second, "--db", database, "--quiet", "--source", second])
        let stored = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(stored.status == 1)
        #expect(
            Self.duplicateLines(stored.stdout) == [
                "\(second):2: error: [FR-NUM-02] number 'AVOIR' is already used by the document at \(first):3"
            ])
    }
}
