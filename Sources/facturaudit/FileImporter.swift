import FoundationEssentials
import InvoiceImport
import InvoiceModel
import InvoiceStore

/// Reads and imports files for the store commands: each file's documents plus the SHA-256 of its
/// bytes, in parallel across files, in input order.
enum FileImporter {
    /// Imports every file under `paths`; a missing path or an empty folder becomes a file with one
    /// rejection. An `output` that is one of those files is rejected before anything is read.
    static func importPaths(
        _ paths: [String], options: ImportOptions, output: String?, command: String
    ) async throws(UsageError) -> [FileToImport] {
        let inputs = InputCollector.collect(paths)
        try CheckCommand.rejectOutputAmongReadFiles(output, inputs: inputs.files, command: command)
        var imported = inputs.problems.map { problem in
            FileToImport(
                path: problem.path, sha256: nil,
                result: ImportResult(
                    file: problem.path, format: .unknown,
                    rejections: [Rejection(location: SourceLocation(file: problem.path), reason: problem.reason)]))
        }
        var options = options
        options.stripeInvoices = StripeInvoiceIndex.collect(
            pathBytes: inputs.files.map(\.pathBytes), maximumFileSize: options.maximumFileSize)
        imported += await importAll(inputs.files, options: options)
        return imported
    }

    private static func importAll(_ files: [InputFile], options: ImportOptions) async -> [FileToImport] {
        await orderedParallelMap(
            files, weight: { $0.importWeight(maximumFileSize: options.maximumFileSize) }, budget: InputFile.importBudget
        ) { file in importFile(file, options: options) }
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
        let result = DocumentImporter.importBytes(bytes, file: file.displayPath, options: options)
        return FileToImport(path: file.displayPath, sha256: SHA256.hex(bytes), result: result)
    }
}
