#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file into one byte array, checking its size first.
///
/// Reading with `open`/`read` straight into the array avoids the intermediate `Data` copy, which
/// doubled the peak memory of large CSV exports.
enum FileBytes {
    enum Failure: Error, Sendable, Hashable {
        case unreadable
        /// The file has this many bytes, more than the limit.
        case tooLarge(Int)
    }

    static func load(path: String, limit: Int) -> Result<[UInt8], Failure> {
        load(pathBytes: Array(path.utf8), limit: limit)
    }

    /// Reads the file whose path is `pathBytes`, which need not be valid UTF-8 (a Latin-1 name).
    static func load(pathBytes: [UInt8], limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = (pathBytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY) }
        }
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable) }
        let size = Int(status.st_size)
        if size > limit { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while filled < size {
                let count = read(descriptor, base + filled, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if count == 0 { break }
                filled += count
            }
            return true
        }
        guard complete else { return .failure(.unreadable) }
        // A file that shrank since fstat keeps what was read; one that grew is read to its size at open time.
        if filled < size { bytes.removeSubrange(filled...) }
        return .success(bytes)
    }
}
