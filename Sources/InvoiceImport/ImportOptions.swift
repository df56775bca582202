import InvoiceModel

/// Settings shared by every importer.
public struct ImportOptions: Sendable {
    /// Files larger than this many bytes are rejected before parsing.
    public var maximumFileSize: Int
    /// Column assignments that override the header-name recognition of CSV exports.
    public var csvMapping: CSVMapping?
    /// The journal codes whose entries a FEC import reads as invoices and credit notes; `nil`
    /// detects sales entries from their accounts (see the FEC importer).
    public var fecSalesJournals: Set<String>?
    /// The character encoding of FEC files (`fec.encoding`).
    public var fecEncoding: FECEncoding = .automatic
    /// The Stripe invoices of all the files of a run, so a credit note finds the invoice it
    /// credits in another file (see ``StripeInvoiceIndex``).
    public var stripeInvoices = StripeInvoiceIndex()
    /// True for a file found in a folder whose extension is not `.csv` or `.tsv`: text that is
    /// clearly no table (see ``NonTableText``) is then skipped with a warning, not rejected.
    public var skipsProse = false

    public static let defaultMaximumFileSize = 64 * 1024 * 1024

    public init(
        maximumFileSize: Int = ImportOptions.defaultMaximumFileSize, csvMapping: CSVMapping? = nil,
        fecSalesJournals: Set<String>? = nil
    ) {
        self.maximumFileSize = maximumFileSize
        self.csvMapping = csvMapping
        self.fecSalesJournals = fecSalesJournals
    }
}
