import InvoiceModel

/// An invoice number split into the parts of its numbering series: a root, optional date parts,
/// a counter and a suffix, inferred from the text alone.
///
/// `FA-2025-0042` gives root `FA-{yyyy}-`, year 2025 and counter 42 (width 4); `F20250042` issued
/// in 2025 gives the same split once the digits are known to start with the issue year.
public struct InferredNumber: Sendable, Hashable {
    /// The text before the counter, with its date parts replaced by `{yyyy}` and `{mm}`.
    public let root: String
    public let year: Int?
    public let month: Int?
    public let counter: Int
    /// The number of digits the counter was written with (zero padding included).
    public let counterWidth: Int
    /// The text after the counter.
    public let suffix: String
    /// The period the counter runs in (see ``period``).
    let storedPeriod: NumberingPeriod
    /// The counter width a configured pattern declares: -1 for an inferred number, 0 for
    /// `{counter}` without a width.
    private let declaredWidth: Int8

    /// True when a configured pattern, not inference, split the number.
    public var isConfigured: Bool { declaredWidth >= 0 }

    /// The configured pattern as written, such as `{yyyy}-{counter:3}`; `nil` for an inferred number.
    public var declaredPattern: String? {
        guard declaredWidth >= 0 else { return nil }
        return declaredWidth == 0 ? "\(root){counter}\(suffix)" : pattern(width: Int(declaredWidth))
    }

    /// A number split by a configured pattern: `period` follows the series' reset policy.
    init(root: String, suffix: String, match: NumberMatch, period: NumberingPeriod, declaredWidth: Int?) {
        self.root = root
        self.suffix = suffix
        self.year = match.year
        self.month = match.month
        self.counter = match.counter
        self.counterWidth = match.counterWidth
        self.storedPeriod = period
        self.declaredWidth = Int8(declaredWidth ?? 0)
    }

    /// A number read again with date parts the text alone did not prove (see ``DatePartReading``).
    /// Its period is its year and month until the series' reset is known.
    init(reading root: String, suffix: String, year: Int?, month: Int?, counter: Int, counterWidth: Int) {
        self.root = root
        self.suffix = suffix
        self.year = year
        self.month = month
        self.counter = counter
        self.counterWidth = counterWidth
        self.declaredWidth = -1
        self.storedPeriod = NumberingPeriod(year: year, month: month)
    }

    /// The same number placed in another period (an inferred series found to restart every year).
    func moved(to period: NumberingPeriod) -> InferredNumber {
        InferredNumber(copying: self, period: period)
    }

    /// Returns the same number read with its first two counter digits as the year: `FA250042`
    /// becomes `FA{yy}` 0042 in 2025, `year` being the full year the two digits stand for.
    func splittingTwoDigitYear(_ year: Int) -> InferredNumber {
        let width = counterWidth - 2
        let divisor = InferredNumber.powerOfTen(width)
        return InferredNumber(
            reading: root + "{yy}", suffix: suffix, year: year, month: nil, counter: counter % divisor, counterWidth: width)
    }

    private init(copying other: InferredNumber, period: NumberingPeriod) {
        root = other.root
        suffix = other.suffix
        year = other.year
        month = other.month
        counter = other.counter
        counterWidth = other.counterWidth
        declaredWidth = other.declaredWidth
        storedPeriod = period
    }

    /// Infers the parts of `number`; `nil` when it contains no digit to count with.
    ///
    /// - Parameter issueYear: the document's issue year, used only to split a year glued to the
    ///   counter (`F20250042`).
    public init?(_ number: String, issueYear: Int? = nil) {
        let bytes = Array(number.trimmingSpaces.utf8)
        guard var lastDigit = bytes.lastIndex(where: InferredNumber.isDigit) else { return nil }
        var counterStart = lastDigit
        while counterStart > 0 && InferredNumber.isDigit(bytes[counterStart - 1]) { counterStart -= 1 }
        var suffixBytes = Array(bytes[(lastDigit + 1)...])
        var year: Int?
        var month: Int?
        if let issueYear, let split = InferredNumber.trailingYear(bytes, runStart: counterStart, runEnd: lastDigit, issueYear: issueYear) {
            year = split.year
            suffixBytes = Array(bytes[(split.counterEnd + 1)..<counterStart]) + Array("{yyyy}".utf8) + suffixBytes
            lastDigit = split.counterEnd
            counterStart = split.counterStart
        }
        var counterDigits = Array(bytes[counterStart...lastDigit])
        let prefixBytes = Array(bytes[..<counterStart])

        var root: [UInt8] = []
        // A standalone run of 4 digits (or 6: year and month) in the prefix is a date part.
        var index = 0
        while index < prefixBytes.count {
            guard InferredNumber.isDigit(prefixBytes[index]) else {
                root.append(prefixBytes[index])
                index += 1
                continue
            }
            var end = index
            while end < prefixBytes.count && InferredNumber.isDigit(prefixBytes[end]) { end += 1 }
            let run = Array(prefixBytes[index..<end])
            if year == nil, let parsed = InferredNumber.datePart(run) {
                year = parsed.year
                month = parsed.month
                root += Array((parsed.month == nil ? "{yyyy}" : "{yyyy}{mm}").utf8)
            } else {
                root += run
            }
            index = end
        }
        // A year glued in front of the counter, recognised only when it equals the issue year.
        if year == nil, let issueYear, counterDigits.count >= 7,
            InferredNumber.value(counterDigits[0..<4]) == issueYear
        {
            year = issueYear
            root += Array("{yyyy}".utf8)
            counterDigits.removeFirst(4)
        }
        guard counterDigits.count <= 18 else { return nil }
        self.root = String(decoding: root, as: UTF8.self)
        self.year = year
        self.month = month
        self.counter = InferredNumber.value(counterDigits[...])
        self.counterWidth = counterDigits.count
        self.suffix = String(decoding: suffixBytes, as: UTF8.self)
        self.storedPeriod = NumberingPeriod(year: year, month: month)
        self.declaredWidth = -1
    }

    /// The series pattern, such as `FA-{yyyy}-{counter:4}`.
    public var pattern: String {
        pattern(width: counterWidth)
    }

    /// Returns the series pattern with another counter width, the one the series is written in:
    /// `{counter:N}` for a width N above 1, `{counter}` for a counter written without padding.
    public func pattern(width: Int) -> String {
        width > 1 ? "\(root){counter:\(width)}\(suffix)" : seriesIdentity
    }

    /// The pattern without the counter width, so `F-9` and `F-10` belong to one series.
    public var seriesIdentity: String {
        "\(root){counter}\(suffix)"
    }

    /// The period the counter runs in: the year (and month) the number carries, or none.
    public var period: NumberingPeriod { storedPeriod }

    /// Rebuilds the number this series gives to `counter`, padded to `width` digits.
    public func formatted(counter: Int, width: Int) -> String {
        func fill(_ template: String) -> String {
            var text = template
            if let year {
                text = text.replacingFirst("{yyyy}", with: InferredNumber.padded(year, 4))
                text = text.replacingFirst("{yy}", with: InferredNumber.padded(year % 100, 2))
            }
            if let month { text = text.replacingFirst("{mm}", with: InferredNumber.padded(month, 2)) }
            return text
        }
        return fill(root) + InferredNumber.padded(counter, width) + fill(suffix)
    }

    /// Returns 10 raised to `exponent`, for splitting leading digits off a counter.
    static func powerOfTen(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func value(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// Splits a year written after the counter, as in `001/2025` or `F-0042-2025`.
    ///
    /// The last digit run, from `runStart` to `runEnd`, is the year when it is the issue year or
    /// the year before. A separator must precede it, and before that a digit run that is not a
    /// year itself. Returns the year and the bounds of the counter.
    private static func trailingYear(
        _ bytes: [UInt8], runStart: Int, runEnd: Int, issueYear: Int
    ) -> (year: Int, counterStart: Int, counterEnd: Int)? {
        guard runEnd - runStart == 3 else { return nil }
        let year = value(bytes[runStart...runEnd])
        guard year == issueYear || year == issueYear - 1 else { return nil }
        var separatorStart = runStart
        while separatorStart > 0, [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")].contains(bytes[separatorStart - 1]) {
            separatorStart -= 1
        }
        guard separatorStart < runStart, separatorStart > 0, isDigit(bytes[separatorStart - 1]) else { return nil }
        let counterEnd = separatorStart - 1
        var counterStart = counterEnd
        while counterStart > 0 && isDigit(bytes[counterStart - 1]) { counterStart -= 1 }
        // `2025-2024`, a counter after a year, stays as it is.
        guard datePart(Array(bytes[counterStart...counterEnd])) == nil else { return nil }
        return (year, counterStart, counterEnd)
    }

    private static func datePart(_ run: [UInt8]) -> (year: Int, month: Int?)? {
        guard run.count == 4 || run.count == 6 else { return nil }
        let year = value(run[0..<4])
        guard (1990...2099).contains(year) else { return nil }
        if run.count == 6 {
            let month = value(run[4..<6])
            return (1...12).contains(month) ? (year, month) : nil
        }
        return (year, nil)
    }
}

/// The period a counter runs in before it may restart: a year, a month, or the whole series.
public struct NumberingPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int?
    public let month: Int?

    public static func < (lhs: NumberingPeriod, rhs: NumberingPeriod) -> Bool {
        ((lhs.year ?? 0), (lhs.month ?? 0)) < ((rhs.year ?? 0), (rhs.month ?? 0))
    }

    public var description: String {
        guard let year else { return "" }
        guard let month else { return String(year) }
        return "\(year)-\(InferredNumber.padded(month, 2))"
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
