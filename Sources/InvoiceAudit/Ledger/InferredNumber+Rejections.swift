import InvoiceModel

extension InferredNumber {
    /// Returns the rejected records whose number belongs to this number's series, with a counter
    /// in `counters` written at least `width` digits wide.
    func rejections(_ rejected: [Rejection], counters: Range<Int>, width: Int) -> [Rejection] {
        guard !counters.isEmpty else { return [] }
        return rejected.filter { rejection in
            guard let text = rejection.documentNumber, let missing = InferredNumber(text), counters ~= missing.counter,
                missing.counterWidth >= width
            else { return false }
            return formatted(counter: missing.counter, width: missing.counterWidth) == text
        }
    }
}
