import InvoiceModel

extension InferredNumber {
    /// Returns the rejected records whose number belongs to this number's series, with a counter
    /// in `counters` written at least `width` digits wide.
    ///
    /// A rejected record has no issue date to infer from, so each digit run of its number is tried
    /// as the counter (`001/25` has its counter before the year): the record matches when this
    /// series writes that counter as the same text.
    func rejections(_ rejected: [Rejection], counters: Range<Int>, width: Int) -> [Rejection] {
        guard !counters.isEmpty else { return [] }
        return rejected.filter { rejection in
            guard let text = rejection.documentNumber else { return false }
            return InferredNumber.digitRuns(text).contains { run in
                counters ~= run.value && run.width >= width && formatted(counter: run.value, width: run.width) == text
            }
        }
    }

    /// Returns the runs of ASCII digits in `text`, up to 18 digits each, with their values and widths.
    private static func digitRuns(_ text: String) -> [(value: Int, width: Int)] {
        var runs: [(value: Int, width: Int)] = []
        var current: [UInt8] = []
        for byte in Array(text.utf8) + [0] {
            if isDigit(byte) {
                current.append(byte)
                continue
            }
            if !current.isEmpty && current.count <= 18 { runs.append((value(current[...]), current.count)) }
            current = []
        }
        return runs
    }
}
