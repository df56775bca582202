import Foundation
import Synchronization
import Testing

@testable import facturaudit

/// The progress bar moves while one long file is read: documents counted by the workers are
/// drawn by the ticker's own task, before any file is done.
@Suite struct ProgressTickerTests {
    final class Sink: Sendable {
        let lines = Mutex<[String]>([])
    }

    @Test func documentsShowBeforeFileIsDone() async throws {
        let sink = Sink()
        let ticker = ProgressTicker {
            ProgressBar(total: 2, language: .en, elapsed: { .seconds(2) }, write: { text in sink.lines.withLock { $0.append(text) } })
        }
        for _ in 0..<3 { ticker.documentRead() }
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline, !sink.lines.withLock({ $0.contains { $0.contains("3 documents") } }) {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(sink.lines.withLock { $0.contains("\r[--------------------] 0/2 files  3 documents  1 documents/s") })

        ticker.fileDone()
        ticker.fileDone()
        await ticker.stop()
        let written = sink.lines.withLock { $0 }
        // The erase covers the last line drawn, without its leading carriage return.
        let width = written.dropLast().last.map { $0.count - 1 } ?? 0
        #expect(width >= 60)
        #expect(written.last == "\r" + String(repeating: " ", count: width) + "\r")
    }
}
