import InvoiceAudit
import InvoiceModel
import Testing

/// FR-MENT-17 on a quantity of 0: the quantity is written, so the finding names it as 0, not as missing.
@Suite struct LineMentionZeroQuantityTests {
    typealias F = FrenchInvoice

    static func lineFindings(_ document: Document) -> [Finding] {
        Auditor().documentFindings(document).filter { $0.ruleID == "FR-MENT-17" }
    }

    @Test func zeroQuantityIsNamedAsZero() throws {
        var document = F.compliant()
        document.lines[0].quantity = TestDocuments.amount("0")
        let findings = Self.lineFindings(document)
        #expect(findings.count == 1)
        #expect(
            findings.first?.message.en
                == "line 1: the quantity is '0', so the line bills nothing; write the quantity sold, or remove the line")
        #expect(
            findings.first?.message.fr
                == "ligne 1 : la quantité est '0', la ligne ne facture rien ; indiquez la quantité vendue, ou retirez la ligne")
    }

    @Test func zeroQuantityWithMissingMention() throws {
        var document = F.compliant()
        document.lines[0].quantity = TestDocuments.amount("0.00")
        document.lines[0].netPrice = nil
        let findings = Self.lineFindings(document)
        #expect(
            findings.map(\.message.en) == [
                "line 1 is incomplete, missing: net unit price, and its quantity is '0.00': complete the line and write the quantity sold"
            ])
    }

    @Test func missingQuantityIsStillMissing() {
        var document = F.compliant()
        document.lines[0].quantity = nil
        #expect(
            Self.lineFindings(document).map(\.message.en) == [
                "line 1 is incomplete, missing: quantity; complete the line"
            ])
    }
}
