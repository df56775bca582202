import InvoiceAudit
import InvoiceModel
import Testing

/// A Factur-X MINIMUM XML has no addresses, notes or due date, so French rules judge only the
/// values it gives, as for a CSV export. BASIC WL carries them and is judged in full.
@Suite struct MinimumProfileMentionTests {
    typealias F = FrenchInvoice

    /// The compliant invoice reduced to what a MINIMUM profile carries.
    static func minimumShaped(specification: String) -> Document {
        var document = F.compliant()
        document.specification = specification
        document.profile = Profile(specification: specification)
        document.seller?.address = PostalAddress(country: "FR")
        document.buyer?.address = nil
        document.dueDate = nil
        document.notes = []
        return document
    }

    @Test func minimumProfileLeavesMissingMentionsSilent() {
        let document = Self.minimumShaped(specification: "urn:factur-x.eu:1p0:minimum")
        #expect(F.frenchRules(document) == [])
    }

    @Test func minimumProfileStillChecksGivenValues() {
        var document = Self.minimumShaped(specification: "urn:factur-x.eu:1p0:minimum")
        document.buyer?.siren = "839062511"
        document.buyer?.vatID = nil
        #expect(F.frenchRules(document) == ["FR-MENT-05"])
    }

    @Test func basicWLProfileReportsMissingMentions() {
        let document = Self.minimumShaped(specification: "urn:factur-x.eu:1p0:basicwl")
        #expect(F.frenchRules(document) == ["FR-MENT-01", "FR-MENT-02", "FR-PAY-01", "FR-PAY-02", "FR-PAY-03", "FR-PAY-04"])
    }
}
