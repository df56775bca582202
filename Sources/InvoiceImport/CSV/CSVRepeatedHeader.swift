/// Recognises a header row repeated below the data, as when two exports are joined with `cat`,
/// possibly with another column order or a byte order mark before the second header.
///
/// A row repeats the header when the recognition that found the first header reads it as a
/// header naming the number column. Such a row has at least two recognised column names, making
/// up at least a third of its non-empty cells, or, with a mapping, every mapped header.
enum CSVRepeatedHeader {
    /// Returns the layout `record` declares when it is a header, or `nil` for a data row.
    ///
    /// - Parameter current: the layout in force. Its number cell separates most data rows
    ///   cheaply, because a header names its columns without digits.
    static func layout(of record: CSVRecord, current: ColumnLayout, mapping: [CSVField: String]) -> ColumnLayout? {
        if let number = current.column(.number), number < record.fieldCount,
            record.field(number).contains(where: { (0x30...0x39).contains($0) })
        {
            return nil
        }
        let headers = (0..<record.fieldCount).map { cell(record, $0) }
        guard case .success(let recognised) = CSVColumnRecognition.recognise(headers: headers, mapping: mapping),
            recognised.layout.column(.number) != nil
        else { return nil }
        if !mapping.isEmpty { return recognised.layout }
        let fields = recognised.layout.columns.count
        let nonEmpty = headers.count { !$0.isEmpty }
        return fields >= 2 && fields * 3 >= nonEmpty ? recognised.layout : nil
    }

    /// Returns the cell's text without the byte order mark that a file joined after another keeps.
    private static func cell(_ record: CSVRecord, _ index: Int) -> String {
        let text = record.text(index)
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())).trimmingSpaces
    }
}
