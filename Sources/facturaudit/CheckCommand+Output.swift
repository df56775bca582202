import InvoiceAudit
import InvoiceModel
import InvoiceReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension CheckCommand {
    /// The journal in the format `--format` selected.
    static func render(_ journal: Journal, options: CheckOptions, language: Language) -> String {
        render(journal, format: options.format, language: language, failOn: options.failOn)
    }

    /// The journal in `format`; `failOn` sets which findings JUnit reports as failures.
    static func render(_ journal: Journal, format: JournalFormat, language: Language, failOn: FailLevel) -> String {
        let version = CommandLineTool.version
        switch format {
        case .text: return TextRenderer(language: language).render(journal)
        case .json: return JSONRenderer(language: language, toolVersion: version).render(journal)
        case .csv: return CSVRenderer(language: language).render(journal)
        case .linesCSV: return LinesCSVRenderer(language: language).render(journal)
        case .html: return HTMLRenderer(language: language, toolVersion: version).render(journal)
        case .junit: return JUnitRenderer(language: language, failureLevel: failOn.threshold).render(journal)
        case .sarif: return SARIFRenderer(language: language, toolVersion: version).render(journal)
        case .markdown: return MarkdownRenderer(language: language).render(journal)
        }
    }

    /// Returns a ticker that redraws the progress bar while files are read, when ``makeProgressBar``
    /// gives a bar.
    static func makeProgressTicker(total: Int, quiet: Bool, language: Language) -> ProgressTicker? {
        guard makeProgressBar(total: total, quiet: quiet, language: language) != nil else { return nil }
        let clock = ContinuousClock()
        let start = clock.now
        return ProgressTicker {
            ProgressBar(total: total, language: language, elapsed: { clock.now - start }, write: { Console.writeProgress($0) })
        }
    }

    /// A progress bar when standard error is a terminal and `--quiet` is off, else `nil`.
    static func makeProgressBar(total: Int, quiet: Bool, language: Language) -> ProgressBar? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        let clock = ContinuousClock()
        let start = clock.now
        return ProgressBar(
            total: total, language: language, elapsed: { clock.now - start }, write: { Console.writeProgress($0) })
    }
}
