import InvoiceAudit
import InvoiceModel
import Testing

/// A credit note whose original-invoice cell holds the number among other words.
@Suite struct CreditNoteCitedTextTests {
    typealias T = TestDocuments

    let invoices = [
        T.document("FA-2025-0001", "2025-01-05", total: "120.00", line: 2),
        T.document("FA-2025-0002", "2025-01-06", total: "120.00", line: 3),
    ]

    @Test(arguments: ["FA-2025-0001 du 05/01/2025", "Facture FA-2025-0001", "Facture n° FA-2025-0001."])
    func numberAmongWordsIsNamed(cited: String) {
        let findings = T.ledgerFindings(
            invoices + [
                T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00", references: [(cited, "2025-01-05")], line: 4)
            ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
        #expect(
            findings.first?.message.en
                == "credit note 'AV-2025-0001' cites invoice '\(cited)', which this seller never issued: the cell contains text around 'FA-2025-0001', a number this seller issued, so write only the number there")
        #expect(
            findings.first?.message.fr
                == "l'avoir 'AV-2025-0001' cite la facture '\(cited)', introuvable chez ce vendeur : la cellule entoure de texte le numéro 'FA-2025-0001' d'une facture de ce vendeur, n'y écrivez que le numéro")
    }

    @Test(arguments: ["Factures FA-2025-0001 et FA-2025-0002", "Facture FA-2025-0077", "FA-2025-0077"])
    func noSingleIssuedNumberKeepsThePlainMessage(cited: String) {
        let findings = T.ledgerFindings(
            invoices + [
                T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00", references: [(cited, "2025-01-05")], line: 4)
            ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
        #expect(findings.first?.message.en == "credit note 'AV-2025-0001' cites invoice '\(cited)', which this seller never issued")
    }
}
