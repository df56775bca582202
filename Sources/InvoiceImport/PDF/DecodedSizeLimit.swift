import CFAZlib

/// Checks that an embedded file decodes to at most the size limit before libqpdf decodes it.
///
/// libqpdf's C API decodes a stream whole into memory, so a Flate "bomb" (a few megabytes that
/// inflate to gigabytes) would take that memory before any limit applied. The Flate stage is
/// inflated here first into a small reused buffer that only counts bytes. Filters that never
/// expand their input (ASCIIHex, ASCII85) need no check. For other expanding filters, or Flate
/// after another filter, the worst case allowed by the filter is assumed.
enum DecodedSizeLimit {
    /// Filters whose output is never longer than their input.
    private static let shrinkingFilters: Set<String> = ["ASCIIHexDecode", "AHx", "ASCII85Decode", "A85"]

    /// The largest expansion of each expanding filter, per input byte: Flate 1032 (zlib's
    /// maximum), LZW at most 4096 bytes per 9-bit code (an upper bound: 3641 per byte), RunLength
    /// 128 bytes per 2.
    private static let worstRatios: [String: Int] = [
        "FlateDecode": 1032, "Fl": 1032, "LZWDecode": 3641, "LZW": 3641, "RunLengthDecode": 64, "RL": 64,
    ]

    /// Returns true when `raw`, decoded through `filters` (in decoding order), would exceed
    /// `limit` bytes. Data that zlib cannot inflate is left for libqpdf to report.
    static func exceeds(_ limit: Int, raw: [UInt8], filters: [String]) -> Bool {
        let expanding = filters.filter { !shrinkingFilters.contains($0) }
        if expanding.isEmpty { return false }
        if let first = filters.first, first == "FlateDecode" || first == "Fl", expanding.count == 1 {
            return (inflatedSize(raw, limit: limit) ?? 0) > limit
        }
        var bound = raw.count
        for filter in expanding {
            // An unknown filter is not decoded by libqpdf, so it expands nothing.
            let (product, overflow) = bound.multipliedReportingOverflow(by: worstRatios[filter] ?? 1)
            if overflow || product > limit { return true }
            bound = product
        }
        return false
    }

    /// Inflates zlib data and returns the number of bytes it gives, stopping as soon as the count
    /// passes `limit` or the data ends or turns out damaged. Returns `nil` when zlib cannot start.
    static func inflatedSize(_ raw: [UInt8], limit: Int) -> Int? {
        var stream = z_stream()
        guard raw.count <= Int(UInt32.max),
            inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 65_536)
        var total = 0
        return raw.withUnsafeBufferPointer { input -> Int? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                let (status, produced) = output.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, buffer.count - Int(stream.avail_out))
                }
                total += produced
                // Anything but Z_OK ends the count: the end of the data, data that ended early
                // or damaged data, which libqpdf then decodes no further than zlib did here.
                if total > limit || status != Z_OK { return total }
            }
        }
    }
}
