/// A party of the invoice: the seller (BG-4), the buyer (BG-7), the payee (BG-10), the seller's
/// tax representative (BG-11) or the party goods are delivered to (BG-13).
///
/// Each role uses the fields its business group defines; the others stay empty. Values are kept
/// as written; ``siren`` and ``siret`` are derived by the importers from the identifiers.
public struct Party: Sendable, Hashable, Codable {
    /// BT-27 / BT-44 / BT-59 / BT-62 / BT-70, the (legal) name.
    public var name: String?
    /// BT-28 / BT-45, the trading name.
    public var tradingName: String?
    /// SIREN, nine digits, from a legal registration id with scheme 0002 or a SIRET's first nine digits.
    public var siren: String?
    /// SIRET, fourteen digits (scheme 0009).
    public var siret: String?
    /// BT-30 / BT-47 / BT-61 as written, with its scheme.
    public var legalRegistration: Identifier?
    /// BT-31 / BT-48 / BT-63.
    public var vatID: String?
    /// BG-5 / BG-8 / BG-12 / BG-15.
    public var address: PostalAddress?
    /// BT-29 / BT-46 / BT-60 / BT-71, party identifiers in document order, each with its scheme
    /// (ISO 6523 ICD such as 0009 for a SIRET or 0088 for a GLN; `nil` when unwritten).
    public var identifiers: [Identifier]
    /// BT-32, the seller's tax registration id other than VAT (CII scheme `FC`).
    public var taxRegistrationID: String?
    /// BT-33, additional legal information (share capital, RCS city…).
    public var additionalLegalInfo: String?
    /// BT-34 / BT-49, the electronic address with its EAS scheme (French `0225`).
    public var electronicAddress: Identifier?
    /// BG-6 / BG-9.
    public var contact: Contact?

    public init(
        name: String? = nil, tradingName: String? = nil, siren: String? = nil, siret: String? = nil,
        legalRegistration: Identifier? = nil, vatID: String? = nil, address: PostalAddress? = nil,
        identifiers: [Identifier] = [], taxRegistrationID: String? = nil, additionalLegalInfo: String? = nil,
        electronicAddress: Identifier? = nil, contact: Contact? = nil
    ) {
        self.name = name
        self.tradingName = tradingName
        self.siren = siren
        self.siret = siret
        self.legalRegistration = legalRegistration
        self.vatID = vatID
        self.address = address
        self.identifiers = identifiers
        self.taxRegistrationID = taxRegistrationID
        self.additionalLegalInfo = additionalLegalInfo
        self.electronicAddress = electronicAddress
        self.contact = contact
    }
}

/// An identifier with its optional scheme (ISO 6523 ICD such as 0002 for SIREN, an EAS code for
/// an electronic address, a UNTDID 7143 code for an item classification).
public struct Identifier: Sendable, Hashable, Codable {
    public var value: String
    public var scheme: String?

    public init(value: String, scheme: String? = nil) {
        self.value = value
        self.scheme = scheme
    }
}

/// A postal address (BG-5, BG-8, BG-12, BG-15).
public struct PostalAddress: Sendable, Hashable, Codable {
    /// BT-35, BT-36, BT-162 (and their buyer, tax representative and delivery counterparts), in order.
    public var lines: [String]
    /// BT-37 / BT-52 / BT-66 / BT-77.
    public var city: String?
    /// BT-38 / BT-53 / BT-67 / BT-78.
    public var postalCode: String?
    /// BT-39 / BT-54 / BT-68 / BT-79.
    public var subdivision: String?
    /// BT-40 / BT-55 / BT-69 / BT-80, ISO 3166-1 alpha-2.
    public var country: String?

    public init(
        lines: [String] = [], city: String? = nil, postalCode: String? = nil, subdivision: String? = nil,
        country: String? = nil
    ) {
        self.lines = lines
        self.city = city
        self.postalCode = postalCode
        self.subdivision = subdivision
        self.country = country
    }
}

/// A contact point (BG-6 for the seller, BG-9 for the buyer).
public struct Contact: Sendable, Hashable, Codable {
    /// BT-41 / BT-56.
    public var name: String?
    /// BT-42 / BT-57.
    public var telephone: String?
    /// BT-43 / BT-58.
    public var email: String?

    public init(name: String? = nil, telephone: String? = nil, email: String? = nil) {
        self.name = name
        self.telephone = telephone
        self.email = email
    }
}
