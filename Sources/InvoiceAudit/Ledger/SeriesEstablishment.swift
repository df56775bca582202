import InvoiceModel

/// The establishment a configured series belongs to, and the SIRET of the seller of a document
/// numbered in it, for FR-NUM-09 (series usage drift).
public struct SeriesEstablishment: Sendable, Hashable {
    /// The series pattern as configured.
    public let pattern: String
    /// The configured SIRET (`series[].establishment`).
    public let expected: String
    /// The SIRET the document gives its seller, from BT-30 or a scheme 0009 registration.
    public let actual: String

    /// `nil` when the series names no establishment or the seller gives no SIRET.
    init?(series: SeriesConfiguration, seller: Party?) {
        guard let expected = series.establishment, let seller, let actual = PartyKey.siret(of: seller) else { return nil }
        self.pattern = series.pattern.description
        self.expected = expected
        self.actual = actual
    }

    /// True when the seller is another establishment of the same company: a SIRET of another
    /// SIREN is another company, whose numbers this series does not govern.
    public var isDrift: Bool { actual != expected && actual.prefix(9) == expected.prefix(9) }
}
