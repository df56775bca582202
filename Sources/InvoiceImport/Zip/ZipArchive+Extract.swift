import CFAZlib

/// Bounds on what reading an archive may unpack, against archives built to exhaust memory.
struct ZipLimits: Sendable {
    /// The most entries the central directory may list.
    var maximumEntries = 10_000
    /// The largest unpacked size of one entry, in bytes.
    var maximumEntrySize: Int
    /// The largest unpacked size of all the entries read from one archive, in bytes.
    var maximumTotalSize: Int
    /// The largest ratio of unpacked to packed size, checked for entries above ``ratioFloor``.
    /// Spreadsheet XML packs about 5 to 30 times; zip bombs pack about 1,000 times.
    var maximumRatio = 200
    /// Entries that unpack to at most this many bytes are not checked for their ratio.
    var ratioFloor = 1 << 20

    /// Limits derived from `--max-file-size`: one part may unpack to that size, as a plain XML
    /// file may, and all the parts read to four times that size.
    init(maximumFileSize: Int) {
        maximumEntrySize = maximumFileSize
        maximumTotalSize = maximumFileSize.multipliedReportingOverflow(by: 4).overflow ? Int.max : maximumFileSize * 4
    }
}

/// How much an archive has unpacked so far, against ``ZipLimits/maximumTotalSize``.
struct ZipBudget {
    let limits: ZipLimits
    private(set) var unpacked = 0

    init(limits: ZipLimits) {
        self.limits = limits
    }

    /// Checks an entry's declared sizes before it is unpacked and counts them.
    mutating func admit(_ entry: ZipEntry) throws(ZipError) {
        if entry.uncompressedSize > limits.maximumEntrySize {
            throw .entryTooLarge(entry.name, size: entry.uncompressedSize, limit: limits.maximumEntrySize)
        }
        if entry.uncompressedSize > limits.ratioFloor,
            entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maximumRatio
        {
            throw .suspiciousRatio(entry.name, packed: entry.compressedSize, unpacked: entry.uncompressedSize)
        }
        if entry.uncompressedSize > limits.maximumTotalSize - unpacked {
            throw .archiveTooLarge(limit: limits.maximumTotalSize)
        }
        unpacked += entry.uncompressedSize
    }
}

extension ZipArchive {
    /// Unpacks `entry`, after checking it against `budget`.
    ///
    /// The output buffer has the declared size: data that inflates to more, or to less, or whose
    /// CRC-32 differs, is rejected as damaged. So the declared size, already checked, bounds memory.
    func extract(_ entry: ZipEntry, budget: inout ZipBudget) throws(ZipError) -> [UInt8] {
        try budget.admit(entry)
        let range = try dataRange(of: entry)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw .damaged(entry.name) }
            output = Array(bytes[range])
        case 8:
            output = try Self.inflate(bytes[range], size: entry.uncompressedSize, name: entry.name)
        default:
            throw .unsupportedMethod(entry.name, method: Int(entry.method))
        }
        let checksum = output.withUnsafeBufferPointer { buffer in
            crc32(0, buffer.baseAddress, UInt32(buffer.count))
        }
        guard UInt32(truncatingIfNeeded: checksum) == entry.crc32 else { throw .damaged(entry.name) }
        return output
    }

    /// Inflates raw deflate data into exactly `size` bytes.
    private static func inflate(_ packed: ArraySlice<UInt8>, size: Int, name: String) throws(ZipError) -> [UInt8] {
        var stream = z_stream()
        // Negative window bits: raw deflate, without the zlib header ZIP entries do not have.
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged(name)
        }
        defer { inflateEnd(&stream) }
        // One spare byte shows data that inflates to more than declared.
        var output = [UInt8](repeating: 0, count: size + 1)
        let (status, produced) = packed.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(buffer.count)
                var status = Z_OK
                while status == Z_OK { status = CFAZlib.inflate(&stream, Z_FINISH) }
                return (status, buffer.count - Int(stream.avail_out))
            }
        }
        guard status == Z_STREAM_END, produced == size else { throw .damaged(name) }
        output.removeLast()
        return output
    }
}
