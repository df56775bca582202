import InvoiceModel

/// One item of a document billed at one VAT rate, and the number of the document's lines with it.
///
/// The item is the seller's item id (BT-155), else its standard id (BT-157), else its name
/// (BT-153) trimmed, in lower case and without accents. Only lines with a rate count, in category
/// S or at a rate above zero: exempt and zero-rated lines have no rate to compare.
struct ItemRate: Sendable, Hashable {
    /// The field the item key comes from. Keys of two origins never match each other.
    enum Origin: UInt8, Sendable, Hashable, Comparable {
        case sellerID
        case standardID
        case name

        static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let origin: Origin
    /// The id as written, or the normalised name.
    let key: String
    let rate: Amount
    let lines: Int
    /// The item as the first of its lines wrote it (`Café` for the key `cafe`), for messages.
    let written: String

    /// Returns the items and rates of `lines`, in the order they first appear, without repeats.
    static func collect(_ lines: [Line]) -> [ItemRate] {
        guard !lines.isEmpty else { return [] }
        struct Key: Hashable {
            let origin: Origin
            let key: String
            let rate: Amount
        }
        var result: [ItemRate] = []
        // A dictionary rather than a search of `result`, because an invoice may have thousands of lines.
        var positions: [Key: Int] = [:]
        for line in lines {
            guard let rate = line.vatRate, line.vatCategory == "S" || rate > .zero,
                let (origin, key) = itemKey(line)
            else { continue }
            let lookup = Key(origin: origin, key: key, rate: rate)
            if let index = positions[lookup] {
                let known = result[index]
                result[index] = ItemRate(origin: origin, key: key, rate: known.rate, lines: known.lines + 1, written: known.written)
            } else {
                positions[lookup] = result.count
                let written = origin == .name ? (line.description ?? key).trimmingSpaces : key
                result.append(ItemRate(origin: origin, key: key, rate: rate, lines: 1, written: written))
            }
        }
        return result
    }

    private static func itemKey(_ line: Line) -> (Origin, String)? {
        if let id = line.item?.sellerID?.trimmingSpaces, !id.isEmpty { return (.sellerID, id) }
        if let id = line.item?.standardID?.value.trimmingSpaces, !id.isEmpty { return (.standardID, id) }
        guard let name = line.description else { return nil }
        let key = normalisedName(name)
        return key.isEmpty ? nil : (.name, key)
    }

    /// Returns the name trimmed, in lower case, without accents and with single spaces.
    static func normalisedName(_ text: String) -> String {
        // Most names are ASCII: fold them byte by byte, without building Characters.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return MentionText.normalise(text.trimmingSpaces).trimmingSpaces
    }
}
