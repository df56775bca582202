/// The number of decimals of a currency's minor unit (the ISO 4217 exponent), for sources such as
/// Stripe that write amounts as whole numbers of minor units.
enum CurrencyMinorUnit {
    /// Returns the exponent of `code` (upper case ISO 4217): 0 for JPY, 3 for KWD, 2 for the
    /// currencies not listed here, which is the ISO 4217 exponent of most currencies.
    static func exponent(of code: String) -> Int {
        if zeroDecimal.contains(code) { return 0 }
        if threeDecimal.contains(code) { return 3 }
        if fourDecimal.contains(code) { return 4 }
        return 2
    }

    private static let zeroDecimal: Set<String> = [
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF",
        "XPF",
    ]
    private static let threeDecimal: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]
    private static let fourDecimal: Set<String> = ["CLF", "UYW"]
}
