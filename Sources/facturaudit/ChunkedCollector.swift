/// Collects values in chunks of fixed capacity and moves them into one array at the end.
///
/// An array that grows by appending doubles its buffer, so for a moment it keeps the old and the
/// new buffer, and ends with up to twice the capacity it needs. Ledger entries are hundreds of
/// bytes each, so for a large export that doubling set the peak memory of `check`. Collected in
/// chunks, the values take their own size plus one chunk, and ``joined()`` moves them into an
/// array of exactly their count, freeing each chunk as soon as its values are moved.
///
/// A collector owns its chunks, so it is a class used by one task at a time and not `Sendable`.
final class ChunkedCollector<Element> {
    private var chunks: [UnsafeMutablePointer<Element>] = []
    /// The number of values in the last chunk. The chunks before it are full.
    private var countInLast = 0
    private let chunkCapacity: Int

    /// Creates an empty collector whose chunks hold `chunkCapacity` values.
    init(chunkCapacity: Int = 4096) {
        self.chunkCapacity = max(1, chunkCapacity)
    }

    deinit {
        release()
    }

    /// How many values were collected and not yet joined.
    var count: Int { chunks.isEmpty ? 0 : (chunks.count - 1) * chunkCapacity + countInLast }

    func append(_ element: consuming Element) {
        if chunks.isEmpty || countInLast == chunkCapacity {
            chunks.append(UnsafeMutablePointer<Element>.allocate(capacity: chunkCapacity))
            countInLast = 0
        }
        (chunks[chunks.count - 1] + countInLast).initialize(to: element)
        countInLast += 1
    }

    /// Moves every value, in collection order, into an array of exactly their count, and leaves
    /// the collector empty.
    func joined() -> [Element] {
        let total = count
        let all = [Element](unsafeUninitializedCapacity: total) { buffer, initializedCount in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            for (index, chunk) in chunks.enumerated() {
                let filled = index == chunks.count - 1 ? countInLast : chunkCapacity
                (base + offset).moveInitialize(from: chunk, count: filled)
                chunk.deallocate()
                offset += filled
            }
            initializedCount = offset
        }
        chunks = []
        countInLast = 0
        return all
    }

    /// Destroys the values still collected and frees their chunks.
    private func release() {
        for (index, chunk) in chunks.enumerated() {
            chunk.deinitialize(count: index == chunks.count - 1 ? countInLast : chunkCapacity)
            chunk.deallocate()
        }
        chunks = []
        countInLast = 0
    }
}
