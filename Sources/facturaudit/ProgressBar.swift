import InvoiceModel

/// A progress bar on standard error for runs that last over a second: files done, documents
/// imported and the import rate, redrawn in place at most ten times a second.
///
/// It writes only when standard error is a terminal and `--quiet` is off, so logs and CI output
/// never see it.
final class ProgressBar {
    private let total: Int
    private let language: Language
    private let elapsed: () -> Duration
    private let write: (String) -> Void
    private var lastDraw: Duration?
    private var shownWidth = 0

    /// Waiting time before the first draw, so quick runs print nothing.
    static let delay = Duration.seconds(1)
    static let redrawInterval = Duration.milliseconds(100)

    /// - Parameters:
    ///   - elapsed: time since the run started; tests pass a fake clock.
    ///   - write: where the bar goes, standard error in the tool.
    init(total: Int, language: Language, elapsed: @escaping () -> Duration, write: @escaping (String) -> Void) {
        self.total = total
        self.language = language
        self.elapsed = elapsed
        self.write = write
    }

    /// Redraws the bar after a file is done, unless the run is younger than ``delay`` or the last
    /// draw is more recent than ``redrawInterval``.
    func update(files: Int, documents: Int) {
        let now = elapsed()
        guard now >= Self.delay else { return }
        if let lastDraw, now - lastDraw < Self.redrawInterval, files < total { return }
        lastDraw = now
        let line = Self.line(files: files, total: total, documents: documents, elapsed: now, language: language)
        let padding = String(repeating: " ", count: max(0, shownWidth - line.count))
        shownWidth = line.count
        write("\r" + line + padding)
    }

    /// Erases the bar so the next message starts on a clean line.
    func finish() {
        guard shownWidth > 0 else { return }
        write("\r" + String(repeating: " ", count: shownWidth) + "\r")
        shownWidth = 0
    }

    /// Formats one bar line, such as `[####----------------] 12/60 files  3210 documents  1604 documents/s`.
    static func line(files: Int, total: Int, documents: Int, elapsed: Duration, language: Language) -> String {
        let width = 20
        let filled = total > 0 ? min(width, files * width / total) : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let milliseconds = max(1, Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000))
        let rate = documents * 1000 / milliseconds
        let filesWord = language == .fr ? "fichiers" : "files"
        return "[\(bar)] \(files)/\(total) \(filesWord)  \(documents) documents  \(rate) documents/s"
    }
}
