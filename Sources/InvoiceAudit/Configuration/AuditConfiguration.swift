import InvoiceModel

/// The settings of one audit run: numbering patterns, issuer facts, rule switches,
/// the as-of date and overrides of the reference tables.
///
/// The CLI reads it from `facturaudit.json` (see ``AuditConfiguration/load(json:file:)``); every
/// field has a default so that an empty configuration audits with the embedded tables.
public struct AuditConfiguration: Sendable {
    /// Numbering patterns, one per series; numbers that match none are inferred.
    public var series: [SeriesConfiguration]
    public var issuer: IssuerConfiguration
    /// Rule ids that must not report anything.
    public var disabledRules: Set<String>
    /// Severities that replace a rule's default, by rule id.
    public var severityOverrides: [String: Severity]
    /// The date statuses, overdue invoices and unconsumed deposits are judged at. `nil` means the
    /// latest issue or payment date in the data up to ``today`` (see ``Ledger/defaultAsOfDate(today:)``).
    public var asOf: CivilDate?
    /// The current date, which the command line passes in so that the library reads no clock. An
    /// issue date after ``asOf``, or after this date without it, is reported (FR-MENT-12).
    public var today: CivilDate?
    /// Months after which a deposit invoice that no final invoice deducts is reported (FR-DEP-05).
    public var depositConsumptionMonths: Int
    public var tables: ReferenceTables
    /// A CSV mapping file named by the configuration, relative to the configuration file.
    public var csvMappingPath: String?
    /// The FEC journal codes that hold invoices and credit notes (`fec.salesJournals`); `nil`
    /// detects sales entries from their accounts.
    public var fecSalesJournals: [String]?
    /// The character encoding of FEC files (`fec.encoding`): `auto`, `utf-8`, `iso-8859-15` or
    /// `windows-1252`; `nil` reads as `auto`.
    public var fecEncoding: String?
    /// The journal and accounts of `export --to fec` (`fec.export`).
    public var fecExport = FECExportSettings()
    /// The buckets, default term and default currency of `facturaudit aging`.
    public var aging = AgingConfiguration()
    /// The reminder plan and penalty rate of `facturaudit dunning`.
    public var dunning = DunningConfiguration()

    public init(
        series: [SeriesConfiguration] = [], issuer: IssuerConfiguration = IssuerConfiguration(),
        disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:], asOf: CivilDate? = nil,
        depositConsumptionMonths: Int = 12, tables: ReferenceTables = .embedded, csvMappingPath: String? = nil,
        today: CivilDate? = nil
    ) {
        self.series = series
        self.issuer = issuer
        self.disabledRules = disabledRules
        self.severityOverrides = severityOverrides
        self.asOf = asOf
        self.depositConsumptionMonths = depositConsumptionMonths
        self.tables = tables
        self.csvMappingPath = csvMappingPath
        self.today = today
    }
}

/// One numbering series: its pattern, when its counter restarts, and how a period starts.
public struct SeriesConfiguration: Sendable, Hashable {
    public var pattern: NumberPattern
    public var reset: CounterReset
    /// True when a period's counter continues the previous period's instead of restarting at 1.
    public var carryOver: Bool
    /// The first counter of a period when it is not 1 (a migration that started mid-year), by
    /// period label (`2025` or `2025-03`).
    public var firstCounters: [String: Int]
    /// Restricts the pattern to one seller, by SIREN; `nil` applies it to every seller.
    public var sellerSIREN: String?
    /// The SIRET of the establishment the series is kept for; another establishment's document
    /// numbered in it is FR-NUM-09.
    public var establishment: String?

    public init(
        pattern: NumberPattern, reset: CounterReset? = nil, carryOver: Bool = false, firstCounters: [String: Int] = [:],
        sellerSIREN: String? = nil, establishment: String? = nil
    ) {
        self.pattern = pattern
        self.reset = reset ?? pattern.impliedReset
        self.carryOver = carryOver
        self.firstCounters = firstCounters
        self.sellerSIREN = sellerSIREN
        self.establishment = establishment
    }
}

/// When a series' counter starts again from its first value.
public enum CounterReset: String, Sendable, Hashable, CaseIterable {
    case never
    case yearly
    case monthly
}

/// The issuer's category for the e-invoicing calendar (GE, ETI, PME, micro-entreprise).
public enum IssuerCategory: String, Sendable, Hashable, CaseIterable {
    case large
    case mid
    case sme
    case micro
}

/// Facts about the issuer that documents do not carry.
public struct IssuerConfiguration: Sendable, Hashable {
    /// `nil` when not configured: e-invoicing mentions are then checked from the earliest date, as warnings.
    public var category: IssuerCategory?
    /// `nil`: derived from the seller's postal code (Corsica, overseas departments), else metropolitan France.
    public var territory: Territory?
    /// The date e-invoicing mentions apply from, overriding the calendar of ``category``.
    public var eInvoicingFrom: CivilDate?
    /// True when the seller opted to pay VAT on debits (FR-SPEC-10); `nil` when unknown.
    public var vatOnDebits: Bool?
    /// True for a seller under the franchise en base (no VAT charged).
    public var franchise: Bool
    /// True when the seller is a member of a VAT group (assujetti unique, FR-SPEC-11).
    public var vatGroupMember: Bool

    public init(
        category: IssuerCategory? = nil, territory: Territory? = nil, eInvoicingFrom: CivilDate? = nil,
        vatOnDebits: Bool? = nil, franchise: Bool = false, vatGroupMember: Bool = false
    ) {
        self.category = category
        self.territory = territory
        self.eInvoicingFrom = eInvoicingFrom
        self.vatOnDebits = vatOnDebits
        self.franchise = franchise
        self.vatGroupMember = vatGroupMember
    }
}
