import FoundationEssentials
import InvoiceImport
import InvoiceModel
import InvoiceStore

/// Reads and imports files for the store commands: each file's documents plus the SHA-256 of its
/// bytes, in parallel across files, in input order.
enum FileImporter {
    /// Imports every file under `paths`; a missing path or an empty folder becomes a file with one
    /// rejection. An `output` that is one of those files is refused before anything is read.
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
        imported += await importAll(inputs.files, options: options)
        return imported
    }

    private static func importAll(_ files: [InputFile], options: ImportOptions) async -> [FileToImport] {
        await orderedParallelMap(files) { file in importFile(file, options: options) }
    }

    /// Hashes and imports one file; a file too large or unreadable goes through
    /// `DocumentImporter.importFile`, which turns it into a rejection.
    static func importFile(_ file: InputFile, options: ImportOptions) -> FileToImport {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size].flatMap(byteCount)
        guard let size, size <= options.maximumFileSize, let data = FileManager.default.contents(atPath: file.path)
        else {
            let result = DocumentImporter.importFile(path: file.path, displayPath: file.displayPath, options: options)
            return FileToImport(path: file.displayPath, sha256: nil, result: result)
        }
        let bytes = [UInt8](data)
        let result = DocumentImporter.importBytes(bytes, file: file.displayPath, options: options)
        return FileToImport(path: file.displayPath, sha256: SHA256.hex(bytes), result: result)
    }

    /// The file size attribute, whose integer type differs between Foundation implementations.
    private static func byteCount(_ value: Any) -> Int? {
        switch value {
        case let size as Int: size
        case let size as UInt: Int(exactly: size)
        case let size as UInt64: Int(exactly: size)
        case let size as Int64: Int(exactly: size)
        default: nil
        }
    }
}
