import InvoiceReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to the standard streams with unbuffered `write(2)` calls, the tool's only writer, so
/// report and diagnostics reach a pipe in the order they were produced.
enum Console {
    static func writeOutput(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes bytes that are not the tool's own text (an extracted XML) unchanged.
    static func writeOutput(bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Writes a message to standard error with its controls escaped by ``visibleLines(_:)``, so a
    /// quoted value cannot move the cursor or erase what the terminal shows.
    static func writeError(_ text: String) {
        write(visibleLines(text), to: STDERR_FILENO)
    }

    /// Writes the progress bar unchanged, because its carriage returns redraw its line.
    static func writeProgress(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Writes bytes to standard error unchanged (a report sent there with `--output /dev/stderr`).
    static func writeError(bytes: [UInt8]) {
        write(bytes, to: STDERR_FILENO)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        write(Array(text.utf8), to: descriptor)
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var bytes = bytes
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                // A closed pipe (the reader stopped) ends output quietly.
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Musl)
    private let systemWrite = Musl.write
#else
    private let systemWrite = Darwin.write
#endif

/// The device and inode of a file, which identify it whatever path leads to it.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
}

/// What a path leads to, from `stat(2)` (which follows symbolic links); FoundationEssentials does
/// not wrap it.
enum FileStatus {
    case missing
    case file(FileIdentity)
    case directory(FileIdentity)

    init(path: String) {
        self.init(bytes: PathBytes.bytes(of: path))
    }

    /// Looks at the path whose bytes are `bytes`, which need not be valid UTF-8.
    init(bytes: [UInt8]) {
        var info = stat()
        let found = (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
        }
        guard found else {
            self = .missing
            return
        }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        self = (info.st_mode & S_IFMT) == S_IFDIR ? .directory(identity) : .file(identity)
    }
}
