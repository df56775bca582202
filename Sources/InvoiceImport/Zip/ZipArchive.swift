/// A ZIP archive held in memory, read from its central directory.
///
/// Only what Office Open XML files need is read: one disk, entries stored or deflated, no
/// encryption. ZIP64 archives, encrypted entries and multi-disk archives are rejected with a
/// ``ZipError``. Reading an entry checks its declared sizes against ``ZipLimits`` before anything
/// is inflated, inflates no more than the declared size and checks the CRC-32, so a small archive
/// cannot make the reader hold more memory than the limits allow.
struct ZipArchive {
    let bytes: [UInt8]
    /// The entries in central directory order.
    let entries: [ZipEntry]
    private let index: [String: Int]

    static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let centralHeaderSignature: UInt32 = 0x0201_4B50
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let endRecordLength = 22

    /// True when `bytes` start like a ZIP archive: a local file header, or the end record of an empty archive.
    static func hasSignature(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && (bytes.readUInt32(at: 0) == localHeaderSignature || bytes.readUInt32(at: 0) == endSignature)
    }

    /// Reads the central directory of `bytes`.
    init(_ bytes: [UInt8], limits: ZipLimits) throws(ZipError) {
        self.bytes = bytes
        let end = try Self.endRecord(bytes)
        let disk = bytes.readUInt16(at: end + 4)
        let directoryDisk = bytes.readUInt16(at: end + 6)
        let entriesOnDisk = Int(bytes.readUInt16(at: end + 8))
        let entryCount = Int(bytes.readUInt16(at: end + 10))
        let directorySize = Int(bytes.readUInt32(at: end + 12))
        let directoryOffset = Int(bytes.readUInt32(at: end + 16))
        if end >= 20, bytes.readUInt32(at: end - 20) == Self.zip64LocatorSignature { throw .zip64 }
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { throw .zip64 }
        if disk != 0 || directoryDisk != 0 || entriesOnDisk != entryCount { throw .multiDisk }
        if entryCount > limits.maximumEntries { throw .tooManyEntries(entryCount, limit: limits.maximumEntries) }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else { throw .truncated }

        var entries: [ZipEntry] = []
        var index: [String: Int] = [:]
        var offset = directoryOffset
        for _ in 0..<entryCount {
            let entry = try Self.centralEntry(bytes, at: &offset, directoryEnd: directoryOffset + directorySize)
            if index.updateValue(entries.count, forKey: entry.name) != nil { throw .duplicateName(entry.name) }
            entries.append(entry)
        }
        self.entries = entries
        self.index = index
    }

    /// The entry stored under exactly this name, if any.
    func entry(named name: String) -> ZipEntry? {
        index[name].map { entries[$0] }
    }

    /// Finds the end of central directory record, searching back over a trailing comment.
    private static func endRecord(_ bytes: [UInt8]) throws(ZipError) -> Int {
        guard bytes.count >= endRecordLength else { throw .truncated }
        let lowest = max(0, bytes.count - endRecordLength - 0xFFFF)
        var position = bytes.count - endRecordLength
        while position >= lowest {
            if bytes.readUInt32(at: position) == endSignature,
                position + endRecordLength + Int(bytes.readUInt16(at: position + 20)) == bytes.count
            {
                return position
            }
            position -= 1
        }
        throw .truncated
    }

    /// Reads one central directory header at `offset` and moves `offset` past it.
    private static func centralEntry(_ bytes: [UInt8], at offset: inout Int, directoryEnd: Int) throws(ZipError) -> ZipEntry {
        guard offset + 46 <= directoryEnd, bytes.readUInt32(at: offset) == centralHeaderSignature else { throw .truncated }
        let flags = bytes.readUInt16(at: offset + 8)
        let method = bytes.readUInt16(at: offset + 10)
        let crc = bytes.readUInt32(at: offset + 16)
        let compressedSize = Int(bytes.readUInt32(at: offset + 20))
        let uncompressedSize = Int(bytes.readUInt32(at: offset + 24))
        let nameLength = Int(bytes.readUInt16(at: offset + 28))
        let extraLength = Int(bytes.readUInt16(at: offset + 30))
        let commentLength = Int(bytes.readUInt16(at: offset + 32))
        let startDisk = bytes.readUInt16(at: offset + 34)
        let localOffset = Int(bytes.readUInt32(at: offset + 42))
        let next = offset + 46 + nameLength + extraLength + commentLength
        guard next <= directoryEnd else { throw .truncated }
        // Bit 11 marks a UTF-8 name; Office writes ASCII part names, so CP437 names decode as UTF-8 too.
        let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
        if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF { throw .zip64 }
        if startDisk != 0 { throw .multiDisk }
        if flags & 0x0001 != 0 || flags & 0x0040 != 0 { throw .encrypted(name) }
        if name.hasPrefix("/") || name.contains("\\") || name.split(separator: "/").contains("..") {
            throw .unsafeName(name)
        }
        offset = next
        return ZipEntry(
            name: name, method: method, crc32: crc, compressedSize: compressedSize, uncompressedSize: uncompressedSize,
            localHeaderOffset: localOffset)
    }

    /// The range of an entry's compressed data, found through its local header.
    func dataRange(of entry: ZipEntry) throws(ZipError) -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header <= bytes.count - 30, bytes.readUInt32(at: header) == Self.localHeaderSignature else {
            throw .truncated
        }
        let start = header + 30 + Int(bytes.readUInt16(at: header + 26)) + Int(bytes.readUInt16(at: header + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw .truncated }
        return start..<(start + entry.compressedSize)
    }
}

/// One file of a ZIP archive, as its central directory header describes it.
struct ZipEntry: Sendable, Hashable {
    var name: String
    /// 0 for stored, 8 for deflated; others are rejected when read.
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
}

extension [UInt8] {
    /// The little-endian 16-bit value at `offset`; the caller checks the bounds.
    func readUInt16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit value at `offset`; the caller checks the bounds.
    func readUInt32(at offset: Int) -> UInt32 {
        UInt32(readUInt16(at: offset)) | UInt32(readUInt16(at: offset + 2)) << 16
    }
}
