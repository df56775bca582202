/// A text order that reads digit runs as numbers, so `FA-9` comes before `FA-10`.
enum NaturalOrder {
    /// Returns a negative number when `lhs` comes first, zero when both are equal, else a positive number.
    static func compare(_ lhs: String, _ rhs: String) -> Int {
        var left = lhs.unicodeScalars[...]
        var right = rhs.unicodeScalars[...]
        while let l = left.first, let r = right.first {
            if isDigit(l), isDigit(r) {
                let leftRun = left.prefix(while: isDigit)
                let rightRun = right.prefix(while: isDigit)
                let leftDigits = leftRun.drop { $0 == "0" }
                let rightDigits = rightRun.drop { $0 == "0" }
                if leftDigits.count != rightDigits.count { return leftDigits.count < rightDigits.count ? -1 : 1 }
                for (a, b) in zip(leftDigits, rightDigits) where a != b { return a < b ? -1 : 1 }
                left = left.dropFirst(leftRun.count)
                right = right.dropFirst(rightRun.count)
            } else {
                if l != r { return l < r ? -1 : 1 }
                left = left.dropFirst()
                right = right.dropFirst()
            }
        }
        if left.isEmpty, right.isEmpty { return lhs < rhs ? -1 : (lhs == rhs ? 0 : 1) }
        return left.isEmpty ? -1 : 1
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
