import InvoiceModel
import Synchronization

/// Counts files and documents from the import workers, and redraws a ``ProgressBar`` from its
/// own task every ``interval``, so the bar moves while one long file is read.
///
/// Workers only add one to an atomic counter per document, which is cheap next to parsing it.
final class ProgressTicker: Sendable {
    private let files = Atomic<Int>(0)
    private let documents = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    private let drawing: Mutex<Task<Void, Never>?> = Mutex(nil)

    /// Time between two redraws: a few per second are enough for a person to see progress.
    static let interval = Duration.milliseconds(250)

    /// Starts redrawing `makeBar()`'s bar until ``stop()``.
    init(makeBar: @escaping @Sendable () -> ProgressBar) {
        let task = Task { [self] in
            let bar = makeBar()
            while !stopped.load(ordering: .acquiring) {
                bar.update(files: files.load(ordering: .relaxed), documents: documents.load(ordering: .relaxed))
                try? await Task.sleep(for: Self.interval)
            }
            bar.finish()
        }
        drawing.withLock { $0 = task }
    }

    /// Records one imported document. The import workers call it.
    func documentRead() {
        documents.wrappingAdd(1, ordering: .relaxed)
    }

    /// Records one file done.
    func fileDone() {
        files.wrappingAdd(1, ordering: .relaxed)
    }

    /// Stops the redraws and erases the bar, so the next message starts on a clean line.
    func stop() async {
        stopped.store(true, ordering: .releasing)
        let task = drawing.withLock { $0 }
        task?.cancel()
        await task?.value
    }
}
