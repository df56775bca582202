/// Delivery information (BG-13) and the Factur-X EXTENDED details of the ship-to party.
public struct Delivery: Sendable, Hashable, Codable {
    /// The party delivered to: BT-70 name and BG-15 address (BT-75 … BT-80, BT-165); in CII
    /// EXTENDED also its identifiers, legal registration, VAT id and contact.
    public var party: Party?
    /// BT-71, the delivery location identifier with its scheme.
    public var locationID: Identifier?
    /// BT-72.
    public var actualDate: CivilDate?
    /// The despatch advice date (CII EXTENDED), when it is written next to its reference.
    public var despatchDate: CivilDate?

    public init(
        party: Party? = nil, locationID: Identifier? = nil, actualDate: CivilDate? = nil,
        despatchDate: CivilDate? = nil
    ) {
        self.party = party
        self.locationID = locationID
        self.actualDate = actualDate
        self.despatchDate = despatchDate
    }
}
