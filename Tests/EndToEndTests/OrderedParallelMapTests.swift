import Foundation
import Synchronization
import Testing

@testable import facturaudit

/// Parallel imports keep the input order and never run files whose weights add up past the budget.
@Suite struct OrderedParallelMapTests {
    /// The weight of the tasks running at once, and the largest it reached.
    final class Load: Sendable {
        let state = Mutex<(current: Int, peak: Int, tasks: Int, peakTasks: Int)>((0, 0, 0, 0))

        func run(_ weight: Int) -> Int {
            state.withLock {
                $0.current += weight
                $0.tasks += 1
                $0.peak = max($0.peak, $0.current)
                $0.peakTasks = max($0.peakTasks, $0.tasks)
            }
            // Long enough for the other tasks to start while this one runs.
            usleep(20_000)
            state.withLock {
                $0.current -= weight
                $0.tasks -= 1
            }
            return weight
        }
    }

    @Test func weightsStayWithinBudget() async {
        let load = Load()
        let weights = [60, 60, 60, 10, 10, 10, 90, 5]
        let results = await orderedParallelMap(weights, width: 4, weight: { $0 }, budget: 100) { load.run($0) }

        #expect(results == weights)
        #expect(load.state.withLock { $0.peak } <= 100)
    }

    @Test func heavyElementRunsAlone() async {
        let load = Load()
        let weights = [10, 500, 10, 10]
        let results = await orderedParallelMap(weights, width: 4, weight: { $0 }, budget: 100) { load.run($0) }

        #expect(results == weights)
        #expect(load.state.withLock { $0.peak } == 500)
    }

    @Test func widthLimitsTasksWithoutWeights() async {
        let load = Load()
        let results = await orderedParallelMap(Array(repeating: 1, count: 8), width: 3) { load.run($0) }

        #expect(results.count == 8)
        #expect(load.state.withLock { $0.peakTasks } <= 3)
    }

    @Test func pdfWeighsItsLargestAttachment() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-weight-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = folder.appendingPathComponent("a.xml").path
        let pdf = folder.appendingPathComponent("b.PDF").path
        try Data(count: 3_000).write(to: URL(fileURLWithPath: xml))
        try Data(count: 1_000).write(to: URL(fileURLWithPath: pdf))
        func input(_ path: String) -> InputFile { InputFile(path: path, displayPath: path, pathBytes: Array(path.utf8)) }

        #expect(input(xml).importWeight(maximumFileSize: 64_000_000) == 3_000)
        #expect(input(xml).importWeight(maximumFileSize: 2_000) == 2_000)
        #expect(input(pdf).importWeight(maximumFileSize: 64_000_000) == 1_032_000)
        #expect(input(pdf).importWeight(maximumFileSize: 500_000) == 500_000)
        #expect(input(folder.appendingPathComponent("missing.xml").path).importWeight(maximumFileSize: 64_000_000) == 0)
    }
}
