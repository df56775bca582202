import InvoiceModel

/// The journal and accounts `facturaudit export --to fec` writes (`fec.export` in the
/// configuration). The defaults follow the French chart of accounts (PCG): customers 411,
/// services sold 706, output VAT 44571.
///
/// With other accounts than 411…, 70… and 4457…, a FEC import no longer detects the entries as
/// sales unless `fec.salesJournals` names the journal.
public struct FECExportSettings: Sendable, Hashable {
    public var journalCode = "VE"
    public var journalLabel = "Ventes"
    public var customerAccount = "411000"
    public var revenueAccount = "706000"
    public var vatAccount = "445710"

    public init() {}
}
