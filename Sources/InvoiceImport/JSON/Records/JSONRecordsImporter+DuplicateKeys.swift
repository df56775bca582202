import InvoiceModel

/// A record of one of the arrays read: the array's position among them and the record's index.
struct RecordIndex: Hashable {
    var array: Int
    var record: Int
}

extension JSONRecordsImporter {
    /// Sorts the keys written twice by the record holding them: the first of each record, and the
    /// first outside every record read, which rejects the file.
    static func duplicatesByRecord(
        _ duplicates: [JSONParser.DuplicateKey], in arrays: [JSONRecordArray]
    ) -> (byRecord: [RecordIndex: JSONParser.DuplicateKey], outside: JSONParser.DuplicateKey?) {
        var byRecord: [RecordIndex: JSONParser.DuplicateKey] = [:]
        var outside: JSONParser.DuplicateKey?
        for duplicate in duplicates {
            let found = arrays.enumerated().lazy.compactMap { position, array -> RecordIndex? in
                if array.isSingleObject { return RecordIndex(array: position, record: 0) }
                let prefix = array.keyPath.map(JSONPathComponent.key)
                let path = duplicate.objectPath
                guard path.count > prefix.count, path.starts(with: prefix), case .index(let index) = path[prefix.count] else {
                    return nil
                }
                return RecordIndex(array: position, record: index)
            }.first
            if let found {
                if byRecord[found] == nil { byRecord[found] = duplicate }
            } else if outside == nil {
                outside = duplicate
            }
        }
        return (byRecord, outside)
    }

    /// Sorts the keys written twice by the record holding them, each record given by its object's
    /// path from the root. It returns the first key of each record by position in `records`, and
    /// the first key outside every record, which rejects the file. Stripe objects and canonical
    /// documents use it, so every JSON format leaves out only the record with the repeated key.
    static func duplicatesByRecord(
        _ duplicates: [JSONParser.DuplicateKey], records: [[JSONPathComponent]]
    ) -> (byRecord: [Int: JSONParser.DuplicateKey], outside: JSONParser.DuplicateKey?) {
        guard !duplicates.isEmpty else { return ([:], nil) }
        var positions: [[JSONPathComponent]: Int] = [:]
        for (position, path) in records.enumerated() where positions[path] == nil { positions[path] = position }
        let lengths = Set(records.map(\.count)).sorted()
        var byRecord: [Int: JSONParser.DuplicateKey] = [:]
        var outside: JSONParser.DuplicateKey?
        for duplicate in duplicates {
            let found = lengths.lazy.compactMap { length -> Int? in
                guard duplicate.objectPath.count >= length else { return nil }
                return positions[Array(duplicate.objectPath.prefix(length))]
            }.first
            if let found {
                if byRecord[found] == nil { byRecord[found] = duplicate }
            } else if outside == nil {
                outside = duplicate
            }
        }
        return (byRecord, outside)
    }

    /// Returns the rejection of a record with a key written twice, located at the second occurrence.
    static func recordRejection(_ duplicate: JSONParser.DuplicateKey, bytes: [UInt8], file: String) -> Rejection {
        rejection(duplicate, bytes: bytes, file: file, inRecord: true)
    }

    /// Returns the rejection of a whole file with a key written twice outside the records read.
    static func fileRejection(_ duplicate: JSONParser.DuplicateKey, bytes: [UInt8], file: String) -> Rejection {
        rejection(duplicate, bytes: bytes, file: file, inRecord: false)
    }

    private static func rejection(_ duplicate: JSONParser.DuplicateKey, bytes: [UInt8], file: String, inRecord: Bool) -> Rejection {
        let line = bytes.prefix(duplicate.offset).count { $0 == 0x0A } + 1
        let path = JSONPathComponent.text(duplicate.objectPath + [.key(duplicate.key)])
        let reason = JSONRecordMessages.duplicateKey(duplicate.key, path: path, line: line, inRecord: inRecord)
        return Rejection(location: SourceLocation(file: file, line: line, element: path), reason: reason)
    }
}
