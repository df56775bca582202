import InvoiceModel

/// What document rules need besides the document: the configuration and its reference tables.
public struct AuditContext: Sendable {
    public let configuration: AuditConfiguration

    public init(configuration: AuditConfiguration = AuditConfiguration()) {
        self.configuration = configuration
    }

    var tables: ReferenceTables { configuration.tables }

    /// The day e-invoicing mentions become mandatory for this issuer, and whether the issuer's
    /// category (or an explicit date) was configured. Without either, the earliest date of the
    /// calendar applies and findings are warnings, since the obligation may not apply yet.
    var eInvoicingStart: (date: CivilDate, configured: Bool) {
        let issuer = configuration.issuer
        if let date = issuer.eInvoicingFrom { return (date, true) }
        if let category = issuer.category, let date = tables.eInvoicingCalendar[category] { return (date, true) }
        return (tables.earliestEInvoicingDate, false)
    }

    /// The VAT territory of the seller: configured, else from its postal address.
    func territory(of document: Document) -> Territory {
        if let territory = configuration.issuer.territory { return territory }
        let address = document.seller?.address
        return Territory(postalCode: address?.postalCode, country: address?.country)
    }
}

extension Document {
    /// True when the document comes from a format that carries every mention (UBL, CII, PDF,
    /// canonical JSON, or a document built in code). A CSV export carries only its columns, a FEC
    /// only accounting entries and Stripe's JSON only its fields, so rules report a missing mention
    /// only on structured documents and check the values a CSV, FEC or Stripe export does have.
    /// Invoice records from other tools' JSON carry only their keys, like a CSV export. So does a
    /// Factur-X MINIMUM XML, whose profile has no addresses, notes or due date: its PDF shows them.
    var isStructured: Bool {
        switch sourceFormat {
        case .csv, .xlsx, .fec, .stripe, .jsonRecords: false
        default: profile != .minimum
        }
    }

    /// True when the seller is a business established in France: a SIREN, a French VAT number
    /// or an address in France or an overseas department (country FR, GP, MQ, RE, GF or YT).
    var sellerIsFrench: Bool {
        guard let seller else { return false }
        if seller.siren != nil || seller.siret != nil { return true }
        if let vat = seller.vatID, FrenchIdentifier.compact(vat).hasPrefix("FR") { return true }
        guard let country = seller.address?.country?.trimmingSpaces.uppercased() else { return false }
        return Territory.frenchCountryCodes.contains(country)
    }

    /// True unless the seller is shown to be established outside France: a seller with no
    /// country and no identifier, or no seller at all, as in most CSV exports, counts as French.
    var sellerCountsAsFrench: Bool { sellerIsFrench || !sellerIsForeign }

    /// True when the seller is shown to be established outside France: an address in another
    /// country or a VAT number of another country, and no French identifier.
    var sellerIsForeign: Bool {
        guard let seller, !sellerIsFrench else { return false }
        if let country = seller.address?.country?.trimmingSpaces.uppercased(), !country.isEmpty {
            return !Territory.frenchCountryCodes.contains(country)
        }
        guard let vat = seller.vatID else { return false }
        let prefix = FrenchIdentifier.compact(vat).prefix(2)
        return prefix.count == 2 && prefix.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// True when the buyer looks like a business: it has a SIREN, SIRET, VAT number or legal registration.
    var buyerIsBusiness: Bool {
        guard let buyer else { return false }
        return buyer.siren != nil || buyer.siret != nil || buyer.vatID != nil || buyer.legalRegistration != nil
    }

    /// True when the buyer is a business identified in France.
    var buyerIsFrenchBusiness: Bool {
        guard let buyer, buyerIsBusiness else { return false }
        if buyer.siren != nil || buyer.siret != nil { return true }
        if let vat = buyer.vatID { return FrenchIdentifier.compact(vat).hasPrefix("FR") }
        return buyer.address?.country == "FR"
    }

    /// Every free text of the document that can carry a mention: notes, payment terms and exemption reasons.
    var mentionTexts: [String] {
        Document.joinedMentionTexts(notes: notes, paymentTerms: paymentTerms, vatBreakdown: vatBreakdown)
    }

    /// Returns the texts of ``mentionTexts`` from the notes, payment terms and VAT breakdown.
    static func joinedMentionTexts(notes: [Note], paymentTerms: String?, vatBreakdown: [VATBreakdown]) -> [String] {
        var texts = notes.map(\.text)
        if let paymentTerms { texts.append(paymentTerms) }
        texts += vatBreakdown.compactMap(\.exemptionReason)
        return texts
    }

    /// The VAT categories used by the breakdown and the lines, upper-cased.
    var vatCategories: Set<String> {
        Set((vatBreakdown.compactMap(\.category) + lines.compactMap(\.vatCategory)).map { $0.trimmingSpaces.uppercased() })
    }

    /// The exemption reason codes (VATEX) of the breakdown, upper-cased.
    var exemptionCodes: Set<String> {
        Set(vatBreakdown.compactMap(\.exemptionReasonCode).map { $0.trimmingSpaces.uppercased() })
    }
}

extension RuleDescriptor {
    /// A finding of this rule on `document`, at the document's start unless `location` is given.
    func finding(
        on document: Document, fr: String, en: String, severity: Severity? = nil, location: SourceLocation? = nil
    ) -> Finding {
        Finding(
            rule: self, location: location ?? document.source, documentNumber: document.number,
            message: LocalizedText(fr: fr, en: en), severity: severity)
    }
}
