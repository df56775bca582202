import Synchronization
import Testing

@testable import facturaudit

/// The collector of ledger entries keeps their order across chunks, and destroys every value
/// exactly once, joined or not.
@Suite struct ChunkedCollectorTests {
    /// Counts the instances alive, so a value destroyed twice or never shows.
    final class Tracked: Sendable {
        static let alive = Atomic<Int>(0)
        let value: Int

        init(_ value: Int) {
            self.value = value
            Tracked.alive.add(1, ordering: .relaxed)
        }

        deinit {
            Tracked.alive.subtract(1, ordering: .relaxed)
        }
    }

    @Test func joinsInOrderAcrossChunks() {
        let collector = ChunkedCollector<Int>(chunkCapacity: 3)
        for value in 1...10 { collector.append(value) }
        #expect(collector.count == 10)
        #expect(collector.joined() == Array(1...10))
        #expect(collector.count == 0)
        #expect(collector.joined() == [])
    }

    @Test func joinsAFullLastChunkAndNothing() {
        let full = ChunkedCollector<String>(chunkCapacity: 2)
        for value in ["a", "b", "c", "d"] { full.append(value) }
        #expect(full.joined() == ["a", "b", "c", "d"])
        #expect(ChunkedCollector<String>().joined() == [])
    }

    @Test(.serialized, arguments: [true, false])
    func destroysEachValueOnce(joining: Bool) {
        let before = Tracked.alive.load(ordering: .relaxed)
        do {
            let collector = ChunkedCollector<Tracked>(chunkCapacity: 4)
            for value in 0..<9 { collector.append(Tracked(value)) }
            #expect(Tracked.alive.load(ordering: .relaxed) == before + 9)
            if joining {
                let values = collector.joined()
                #expect(values.map(\.value) == Array(0..<9))
                #expect(Tracked.alive.load(ordering: .relaxed) == before + 9)
            }
        }
        #expect(Tracked.alive.load(ordering: .relaxed) == before)
    }
}
