import InvoiceModel

/// Runs the rule catalogue: document rules on each document as it is imported, then ledger
/// rules once over the compact entries of all documents.
public struct Auditor: Sendable {
    public let configuration: AuditConfiguration
    let context: AuditContext

    public init(configuration: AuditConfiguration = AuditConfiguration()) {
        self.configuration = configuration
        self.context = AuditContext(configuration: configuration)
    }

    public init(disabledRules: Set<String>) {
        self.init(configuration: AuditConfiguration(disabledRules: disabledRules))
    }

    /// Rule ids that must not report anything.
    public var disabledRules: Set<String> { configuration.disabledRules }

    /// Findings of the rules that look at one document alone.
    public func documentFindings(_ document: Document) -> [Finding] {
        let texts = DocumentTexts(document)
        var findings = NumberingRules.checkNumberPresent(document) + ArithmeticRules.check(document)
        findings += EN16931Rules.check(document)
        findings += IdentityRules.check(document, context: context)
        findings += SpecialMentionRules.check(document, context: context, texts: texts)
        findings += PaymentMentionRules.check(document, context: context, texts: texts)
        findings += VATRateRules.check(document, context: context)
        findings += LineMentionRules.check(document, context: context)
        findings += EInvoicingRules.check(document, context: context, texts: texts)
        findings += SupplyDateRules.check(document, context: context)
        findings += LegalFormRules.check(document, context: context, texts: texts) + LegalFormRules.checkRegistry(document)
        findings += DepositRules.checkPaymentDate(document) + SupplyDateRules.checkDepositDate(document)
        findings += RepresentativeRules.check(document, context: context, texts: texts)
        findings += IssueDateRules.check(document, context: context)
        findings += EInvoicingRules.checkFinalInvoice(document, context: context)
        findings += VATRateRules.checkOverseasDestination(document, context: context)
        findings += VATRateRules.checkOutsideTerritory(document, context: context)
        return configured(findings)
    }

    /// Findings of the FEC file rules over the faults a FEC import found (``ImportSummary/fecFaults``).
    public func fecFindings(_ faults: [FECFault]) -> [Finding] {
        configured(FECRules.findings(faults))
    }

    /// Findings of the rules that compare documents, and the numbering series they found.
    public func ledgerFindings(_ ledger: Ledger) -> (findings: [Finding], series: [SeriesSummary]) {
        let series = SeriesSummary.all(in: ledger)
        // The day the export's declared statuses describe, and the audit date, by default the same.
        let statusDate = ledger.defaultAsOfDate(today: configuration.today)
        let asOf = asOfDate(for: ledger)
        var findings = NumberingRules.checkDuplicates(ledger)
        findings += NumberingRules.checkGaps(series, ledger: ledger)
        findings += NumberingRules.checkChronology(ledger)
        findings += NumberingRules.checkDrafts(ledger)
        findings += NumberingPeriodRules.check(ledger, configuration: configuration)
        findings += CreditNoteRules.check(ledger)
        findings += CorrectionRules.check(ledger)
        findings += DepositRules.check(ledger, asOf: asOf, consumptionMonths: configuration.depositConsumptionMonths)
        findings += StatusRules.check(ledger, asOf: asOf, statusDate: statusDate)
        findings += StatusHistoryRules.check(ledger)
        findings += CreditImputationRules.check(ledger, statusDate: statusDate)
        findings += ItemRateRules.check(ledger)
        findings += SeriesEstablishmentRules.check(ledger)
        findings += UncountedNumberRules.check(ledger)
        findings += SellerIdentityRules.check(ledger)
        return (configured(findings), series)
    }

    /// Returns the date the ledger rules judge overdue invoices and waiting deposits at: the
    /// configured one, else the one derived from `ledger` (see ``Ledger/defaultAsOfDate(today:)``).
    /// Declared statuses are judged at the derived date, the export's own, even when this is earlier.
    public func asOfDate(for ledger: Ledger) -> CivilDate? {
        configuration.asOf ?? ledger.defaultAsOfDate(today: configuration.today)
    }

    /// Drops findings of disabled rules and applies severity overrides.
    func configured(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard !configuration.disabledRules.contains(finding.ruleID) else { return nil }
            var adjusted = finding
            if let severity = configuration.severityOverrides[finding.ruleID] { adjusted.severity = severity }
            return adjusted
        }
    }
}

/// Every rule the auditor knows, in id order.
public enum RuleCatalogue {
    public static let all: [RuleDescriptor] =
        (NumberingRules.descriptors + CreditNoteRules.descriptors + ArithmeticRules.descriptors
            + EN16931Rules.descriptors + IntegrityRules.descriptors
            + IdentityRules.descriptors + SpecialMentionRules.descriptors + PaymentMentionRules.descriptors
            + VATRateRules.descriptors + LineMentionRules.descriptors + EInvoicingRules.descriptors
            + SupplyDateRules.descriptors + LegalFormRules.descriptors + RepresentativeRules.descriptors
            + IssueDateRules.descriptors
            + NumberingPeriodRules.descriptors + CorrectionRules.descriptors + DepositRules.descriptors + StatusRules.descriptors
            + StatusHistoryRules.descriptors + CreditImputationRules.descriptors + ItemRateRules.descriptors
            + SeriesEstablishmentRules.descriptors + UncountedNumberRules.descriptors + FECRules.descriptors
            + SellerIdentityRules.descriptors)
        .sorted { $0.id < $1.id }

    public static func rule(id: String) -> RuleDescriptor? {
        all.first { $0.id.caseInsensitiveEquals(id) }
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
