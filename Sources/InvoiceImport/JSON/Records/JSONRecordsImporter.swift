import InvoiceModel

/// Imports invoice lists that invoicing tools export as JSON (Pennylane, Sellsy, Odoo, Invoice
/// Ninja, QuickBooks, Xero…): arrays of invoice objects found by ``JSONRecordArrays``.
///
/// Keys are matched like CSV headers after flattening nested objects, so the CSV header catalogue,
/// its type and status vocabularies and the mapping file (`--mapping`) apply. Every element of an
/// array read becomes a document or a rejection naming the file, the line where the element
/// starts, its JSON path (`invoices[3].amount`) and the value. docs/json-records.md describes it.
struct JSONRecordsImporter {
    func importDocuments(
        _ arrays: (read: [JSONRecordArray], leftAside: [JSONRecordArray]), bytes: [UInt8],
        parsed: JSONParser.Parsed, file: String, options: ImportOptions
    ) -> ImportResult {
        var result = ImportResult(file: file, format: .jsonRecords)
        let mapping = options.csvMapping
        if let problem = mapping?.problems.first {
            result.rejections = [Rejection(location: SourceLocation(file: file), reason: CSVMessages.invalidMapping(problem))]
            return result
        }
        let duplicates = Self.duplicatesByRecord(parsed.duplicateKeys, in: arrays.read)
        if let outside = duplicates.outside {
            result.rejections = [Self.fileRejection(outside, bytes: bytes, file: file)]
            return result
        }
        var unknownStatuses = Set<String>()
        // The first number rounded to 15 significant digits, with its record's line, and how many were.
        var firstRounded: (number: JSONRoundedNumber, line: Int?)?
        var roundedCount = 0
        var skipped = SkippedDocumentTally()
        for (arrayIndex, array) in arrays.read.enumerated() {
            let layout: JSONRecordLayout
            switch JSONRecordLayout.make(array.elements, mapping: mapping) {
            case .success(let made): layout = made
            case .failure(let problem):
                let reason = JSONRecordMessages.mappedKeyMissing(field: problem.field, key: problem.key, keys: problem.keys)
                return ImportResult(file: file, format: .jsonRecords, rejections: [Rejection(location: SourceLocation(file: file), reason: reason)])
            }
            let arrayLocation = SourceLocation(file: file, element: array.path.isEmpty ? nil : array.path)
            for fallback in layout.fallbacks {
                let reason = JSONRecordMessages.fallbackKey(fallback.header, firstKey: fallback.usedHeader, field: fallback.field)
                result.warnings.append(Rejection(location: arrayLocation, reason: reason))
            }
            let mapper = JSONRecordMapper(
                file: file, layout: layout, mapping: mapping,
                decimal: mapping?.decimalSeparator.flatMap(DecimalSeparator.init(rawValue:)) ?? .point,
                dateFormat: mapping?.dateFormat ?? .dayMonthYear, defaultKind: array.defaultKind)
            let lines = Self.lines(of: array, elementStarts: parsed.elementStarts, in: bytes)
            func deliver(_ outcome: JSONRecordMapper.Outcome.Result) {
                switch outcome {
                case .imported(let document): result.documents.append(document)
                case .rejected(let rejection): result.rejections.append(rejection)
                case .skipped: break
                }
            }
            var grouper = JSONRecordGrouper(file: file, layout: layout)
            for (index, element) in array.elements.enumerated() {
                let path = array.path(ofRecord: index)
                guard case .object = element else {
                    grouper.finish(emit: deliver)
                    let quoted = JSONRecordMessages.display(element)
                    let location = SourceLocation(file: file, line: lines[index], element: path)
                    result.rejections.append(Rejection(location: location, reason: JSONRecordMessages.notAnObject(quoted, path: path)))
                    continue
                }
                if let duplicate = duplicates.byRecord[RecordIndex(array: arrayIndex, record: index)] {
                    grouper.finish(emit: deliver)
                    result.rejections.append(Self.recordRejection(duplicate, bytes: bytes, file: file))
                    continue
                }
                let record = FlatRecord(element)
                if layout.isLineLevel, grouper.continuesSkipped(record) { continue }
                let continuation = layout.isLineLevel && grouper.continuesOpenInvoice(record)
                let outcome = mapper.map(record, path: path, line: lines[index], continuesInvoice: continuation)
                if case .skipped(let kind, let type) = outcome.result { skipped.note(kind, type: type, line: lines[index], element: path.isEmpty ? nil : path) }
                if layout.isLineLevel {
                    grouper.add(record, result: outcome.result, line: lines[index], path: path, emit: deliver)
                } else {
                    deliver(outcome.result)
                }
                if let rounded = outcome.roundedNumbers.first, firstRounded == nil { firstRounded = (rounded, lines[index]) }
                roundedCount += outcome.roundedNumbers.count
                for unknown in outcome.unknownStatuses where unknownStatuses.insert(unknown.value).inserted {
                    let location = SourceLocation(file: file, line: lines[index], element: "\(path.isEmpty ? "" : path + ".")\(unknown.key)")
                    result.warnings.append(Rejection(location: location, reason: JSONRecordMessages.unknownStatus(unknown.value, key: unknown.key)))
                }
            }
            grouper.finish(emit: deliver)
        }
        if let (rounded, line) = firstRounded {
            let location = SourceLocation(file: file, line: line, element: rounded.path)
            result.warnings.append(Rejection(location: location, reason: JSONRecordMessages.roundedNumber(rounded, count: roundedCount)))
        }
        result.warnings += skipped.warnings(file: file)
        result.skipped = skipped.count
        let unreferencedCredits = result.documents.filter { $0.kind.isCredit && $0.referencesNotInSource == true }.count
        if unreferencedCredits > 0 {
            result.warnings.append(
                Rejection(location: SourceLocation(file: file), reason: JSONRecordMessages.noOriginalInvoiceKey(credits: unreferencedCredits)))
        }
        if arrays.read.allSatisfy(\.elements.isEmpty) {
            result.warnings.append(Rejection(location: SourceLocation(file: file), reason: JSONRecordMessages.noRecords))
        }
        let readPaths = arrays.read.map(\.path)
        for array in arrays.leftAside {
            let reason = JSONRecordMessages.arrayLeftAside(array.path, count: array.elements.count, read: readPaths)
            result.warnings.append(Rejection(location: SourceLocation(file: file, element: array.path), reason: reason))
        }
        return result
    }

    /// Returns the line where each record of `array` starts, from the offsets the parser recorded.
    static func lines(of array: JSONRecordArray, elementStarts: [[String]: [Int]], in bytes: [UInt8]) -> [Int?] {
        var offsets: [Int]
        if array.isSingleObject {
            var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
            offsets = [start]
        } else {
            offsets = elementStarts[array.keyPath] ?? []
        }
        guard offsets.count == array.elements.count else { return Array(repeating: nil, count: array.elements.count) }
        // Offsets increase, so one pass over the bytes counts the line feeds before each of them.
        var lines: [Int?] = []
        lines.reserveCapacity(offsets.count)
        var line = 1
        var position = 0
        bytes.withUnsafeBufferPointer { buffer in
            for offset in offsets {
                while position < offset {
                    if buffer[position] == 0x0A { line += 1 }
                    position += 1
                }
                lines.append(line)
            }
        }
        return lines
    }
}
