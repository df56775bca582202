import FoundationEssentials
import InvoiceImport
import InvoiceModel
import InvoiceStore

/// Reads and imports files for the store commands: each file's documents plus the SHA-256 of its
/// bytes, in parallel across files, in input order.
enum FileImporter {
    /// The files read under the command-line paths, and the paths that gave none.
    struct Imported {
        var files: [FileToImport]
        /// Missing paths, folders without invoice file and unreadable folders, for the journal.
        var problems: [InputProblem]
    }

    /// Imports every file under `paths`. A missing path or an empty folder is a problem, reported
    /// apart as `check` reports it. An `output` that is one of those files is rejected before
    /// anything is read.
    static func importPaths(
        _ paths: [String], options: ImportOptions, output: String?, command: String
    ) async throws(UsageError) -> Imported {
        let inputs = InputCollector.collect(paths)
        try CheckCommand.rejectOutputAmongReadFiles(output, inputs: inputs.files, command: command)
        var options = options
        options.stripeInvoices = StripeInvoiceIndex.collect(
            pathBytes: inputs.files.map(\.pathBytes), maximumFileSize: options.maximumFileSize)
        return Imported(files: await importAll(inputs.files, options: options), problems: inputs.problems)
    }

    private static func importAll(_ files: [InputFile], options: ImportOptions) async -> [FileToImport] {
        let positioned = await orderedParallelMap(
            files, weight: { $0.importWeight(maximumFileSize: options.maximumFileSize) }, budget: InputFile.importBudget
        ) { file in importFile(file, options: options) }
        // Each file keeps the command-line path it was found through, so `check --db` has the sources of `check`.
        return zip(files.indices, zip(files, positioned)).map { position, pair in
            var imported = pair.1
            imported.source = pair.0.sourceName
            imported.sourcePosition = pair.0.sourceIndex
            imported.filePosition = position
            return imported
        }
    }

    /// Hashes and imports one file. A file too large or unreadable becomes one rejection.
    static func importFile(_ file: InputFile, options: ImportOptions) -> FileToImport {
        let bytes: [UInt8]
        switch DocumentImporter.readFile(pathBytes: file.pathBytes, options: options) {
        case .success(let read): bytes = read
        case .failure(let failure):
            let rejection = Rejection(location: SourceLocation(file: file.displayPath), reason: failure.reason)
            let result = ImportResult(file: file.displayPath, format: .unknown, rejections: [rejection])
            return FileToImport(path: file.displayPath, sha256: nil, result: result)
        }
        let result = DocumentImporter.importBytes(bytes, file: file.displayPath, options: file.options(options))
        return FileToImport(path: file.displayPath, sha256: SHA256.hex(bytes), result: result)
    }
}
