import Foundation
import Testing

@testable import facturaudit

@Suite struct ProgressBarTests {
    @Test func lineShowsBarCountsAndRate() {
        let line = ProgressBar.line(files: 10, total: 40, documents: 3000, elapsed: .milliseconds(1500), language: .en)
        #expect(line == "[#####---------------] 10/40 files  3000 documents  2000 documents/s")
        let french = ProgressBar.line(files: 40, total: 40, documents: 7, elapsed: .seconds(2), language: .fr)
        #expect(french == "[####################] 40/40 fichiers  7 documents  3 documents/s")
    }

    @Test func quietForTheFirstSecond() {
        var written: [String] = []
        var now = Duration.milliseconds(900)
        let bar = ProgressBar(total: 2, language: .en, elapsed: { now }, write: { written.append($0) })
        bar.update(files: 1, documents: 5)
        bar.finish()
        #expect(written.isEmpty)
        now = .milliseconds(1200)
        bar.update(files: 2, documents: 9)
        #expect(written == ["\r[####################] 2/2 files  9 documents  7 documents/s"])
    }

    @Test func redrawsAtMostTenTimesASecondAndClears() {
        var written: [String] = []
        var now = Duration.milliseconds(1000)
        let bar = ProgressBar(total: 100, language: .en, elapsed: { now }, write: { written.append($0) })
        bar.update(files: 1, documents: 1)
        now = .milliseconds(1050)
        bar.update(files: 2, documents: 2)
        #expect(written.count == 1)
        now = .milliseconds(1100)
        bar.update(files: 3, documents: 3)
        #expect(written.count == 2)
        bar.finish()
        let width = "[--------------------] 3/100 files  3 documents  2 documents/s".count
        #expect(written.last == "\r" + String(repeating: " ", count: width) + "\r")
    }

    @Test func noBarWhenStandardErrorIsNotATerminal() throws {
        // ToolRunner sends standard error to a file, so no bar may reach it, even on a run with
        // other diagnostics there.
        let result = try ToolRunner.run(["check", "fixtures/demo", "--fail-on", "never"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stderr.contains("documents/s"))
        #expect(CheckCommand.makeProgressBar(total: 1, quiet: true, language: .en) == nil)
    }
}
