/// A payment received against a document, as an exporting tool declared it.
public struct Payment: Sendable, Hashable, Codable {
    public var date: CivilDate?
    public var amount: Amount

    public init(date: CivilDate? = nil, amount: Amount) {
        self.date = date
        self.amount = amount
    }
}

/// One way the buyer is asked to pay (BG-16), with its account, card or direct-debit details.
///
/// UBL repeats `cac:PaymentMeans` and CII `ram:SpecifiedTradeSettlementPaymentMeans` once per
/// account, so each value carries at most one credit-transfer account (BG-17).
public struct PaymentMeans: Sendable, Hashable, Codable {
    /// BT-81, UNTDID 4461 (30 credit transfer, 58 SEPA credit transfer, 59 SEPA direct debit…).
    public var typeCode: String?
    /// BT-82.
    public var text: String?
    /// BG-17, the payee's account for a credit transfer.
    public var account: FinancialAccount?
    /// BG-18.
    public var card: PaymentCard?
    /// BT-91, the debited account (IBAN) for a direct debit (BG-19).
    public var debitedAccount: String?

    public init(
        typeCode: String? = nil, text: String? = nil, account: FinancialAccount? = nil, card: PaymentCard? = nil,
        debitedAccount: String? = nil
    ) {
        self.typeCode = typeCode
        self.text = text
        self.account = account
        self.card = card
        self.debitedAccount = debitedAccount
    }
}

/// A payee account for a credit transfer (BG-17).
public struct FinancialAccount: Sendable, Hashable, Codable {
    /// BT-84, an IBAN (CII `ram:IBANID`) or another account id (CII `ram:ProprietaryID`).
    public var id: String?
    /// True when ``id`` came from CII `ram:ProprietaryID` rather than `ram:IBANID`.
    public var isProprietary: Bool
    /// BT-85.
    public var name: String?
    /// BT-86, the payment service provider (BIC).
    public var serviceProvider: String?

    public init(id: String? = nil, isProprietary: Bool = false, name: String? = nil, serviceProvider: String? = nil) {
        self.id = id
        self.isProprietary = isProprietary
        self.name = name
        self.serviceProvider = serviceProvider
    }
}

/// Payment card information (BG-18).
public struct PaymentCard: Sendable, Hashable, Codable {
    /// BT-87, the card's primary account number as written (usually masked but its last digits).
    public var primaryAccountNumber: String?
    /// BT-88.
    public var holderName: String?

    public init(primaryAccountNumber: String? = nil, holderName: String? = nil) {
        self.primaryAccountNumber = primaryAccountNumber
        self.holderName = holderName
    }
}
