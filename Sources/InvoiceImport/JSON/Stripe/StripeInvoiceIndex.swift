import InvoiceModel

/// The Stripe invoices of every file of one run, by Stripe id (`in_…`).
///
/// Stripe's API gives invoices (`/v1/invoices`) and credit notes (`/v1/credit_notes`) from two
/// endpoints, so they are often saved in two files, and a credit note names its invoice by id
/// only. With this index a credit note takes the number, issue date, seller and buyer of an
/// invoice held by another file, as it does for one in its own file.
public struct StripeInvoiceIndex: Sendable {
    var invoices: [String: StripeDocumentMapper.CreditedInvoice] = [:]

    public init() {}

    /// The number of invoices indexed.
    public var count: Int { invoices.count }

    /// Reads the Stripe files among `paths` (paths as the file system stores them) and indexes
    /// their invoices. A file is parsed only when its first bytes look like Stripe's JSON (an
    /// object or an array mentioning `"invoice"`); other files, and files larger than
    /// `maximumFileSize`, are left to the import, which reports them.
    public static func collect(pathBytes paths: [[UInt8]], maximumFileSize: Int) -> StripeInvoiceIndex {
        var index = StripeInvoiceIndex()
        guard paths.count > 1 else { return index }
        for path in paths where looksLikeStripe(FileBytes.prefix(pathBytes: path, count: 4096)) {
            guard case .success(let raw) = FileBytes.load(pathBytes: path, limit: maximumFileSize),
                case .success(let decoded) = TextDecoding.decode(raw, forced: nil),
                case .success(let value) = JSONParser.parse(decoded.fellBackToWindows1252 ? decoded.bytes : raw),
                let records = StripeJSONImporter.records(in: value)
            else { continue }
            index.invoices.merge(StripeJSONImporter.invoiceNumbers(records)) { first, _ in first }
        }
        return index
    }

    private static let marker = Array("\"invoice\"".utf8)

    /// True when `prefix` starts like JSON (after a byte order mark and spaces) and mentions `"invoice"`.
    static func looksLikeStripe(_ prefix: [UInt8]) -> Bool {
        var start = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < prefix.count, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[start]) { start += 1 }
        guard start < prefix.count, prefix[start] == UInt8(ascii: "{") || prefix[start] == UInt8(ascii: "[") else { return false }
        guard prefix.count >= marker.count else { return false }
        for offset in start...(prefix.count - marker.count) where prefix[offset] == marker[0] {
            if prefix[offset..<offset + marker.count].elementsEqual(marker) { return true }
        }
        return false
    }
}
