import InvoiceModel

/// The facts a first pass over a CSV file collects before any document is built. They are whether
/// libcsv reads it to the end, its header row, how many data and blank records it has, and whether
/// an amount cell shows a decimal comma.
///
/// The importer needs all of this before the first row: a file with malformed quoting is rejected
/// whole, and the decimal mark applies to every amount, so the evidence must come from all rows.
/// The pass keeps no record but the header.
struct CSVSurvey {
    var failure: CSVReadError?
    var header: CSVRecord?
    /// The header row's cells, trimmed.
    var headers: [String] = []
    /// The header matched to fields; `nil` when the file has no record at all.
    var recognition: Result<(layout: ColumnLayout, ignored: [IgnoredColumn]), ColumnRecognitionProblem>?
    var dataRecords = 0
    var blankRecords = 0
    /// True when an amount cell reads only with a decimal comma (see ``DecimalSeparator/votesForComma(_:fieldSeparator:)``).
    var hasDecimalCommaEvidence = false

    static func read(_ bytes: [UInt8], separator: UInt8, mapping: CSVMapping?) -> CSVSurvey {
        var survey = CSVSurvey()
        var amountColumns: [Int] = []
        // With a declared decimal mark there is nothing to detect.
        var looking = mapping?.decimalSeparator == nil
        survey.failure = CSVReader(separator: separator).read(bytes) { record in
            guard survey.header != nil else {
                survey.header = record
                survey.headers = (0..<record.fieldCount).map { record.text($0) }
                let recognition = CSVColumnRecognition.recognise(
                    headers: survey.headers, mapping: mapping?.mappedColumns ?? [:])
                survey.recognition = recognition
                if case .success(let recognised) = recognition {
                    amountColumns = recognised.layout.columns.filter { $0.key.isAmount }.map(\.value).sorted()
                }
                return
            }
            if record.isBlank {
                survey.blankRecords += 1
                return
            }
            survey.dataRecords += 1
            guard looking else { return }
            for column in amountColumns where column < record.fieldCount && record.field(column).contains(UInt8(ascii: ",")) {
                if DecimalSeparator.votesForComma(record.text(column), fieldSeparator: separator) {
                    survey.hasDecimalCommaEvidence = true
                    looking = false
                    break
                }
            }
        }
        return survey
    }
}
