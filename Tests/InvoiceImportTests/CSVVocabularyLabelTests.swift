import InvoiceModel
import Testing

@testable import InvoiceImport

/// Type and status labels that French and English exports commonly write.
@Suite struct CSVVocabularyLabelTests {
    typealias Support = CSVTestSupport

    @Test(arguments: [
        ("Facture de vente", DocumentKind.invoice), ("Facture de solde", .invoice), ("Sales invoice", .invoice),
        ("Tax invoice", .invoice), ("Note de crédit", .creditNote), ("Sales credit note", .creditNote),
        ("Avoir de vente", .creditNote), ("Down payment invoice", .deposit), ("Prepayment invoice", .deposit),
        ("Auto-facturation", .selfBilled),
    ])
    func moreTypeLabelsMapToKinds(cell: String, kind: DocumentKind) {
        let result = Support.importCSV("Number;Type\nA1;\(cell)\n")
        #expect(result.rejections == [])
        #expect(result.documents.map(\.kind) == [kind])
    }

    @Test(arguments: [
        ("Remboursé", DocumentStatus.paid), ("Remboursée", .paid), ("Refunded", .paid), ("Acquittée", .paid),
        ("Encaissée", .paid), ("Classée payée", .paid), ("Payée partiellement", .partiallyPaid),
        ("Partiellement remboursée", .partiallyPaid), ("Partially refunded", .partiallyPaid), ("Émis", .issued),
        ("Envoyé", .issued), ("En attente de paiement", .issued), ("Pending", .issued), ("Awaiting payment", .issued),
        ("Échue", .overdue), ("Abandonné", .cancelled),
    ])
    func moreStatusLabelsMapToStatuses(cell: String, status: DocumentStatus) {
        let result = Support.importCSV("Number;Type;Status;Facture d'origine\nAV1;Avoir;\(cell);F-1\n")
        #expect(result.warnings == [])
        #expect(result.documents.map(\.status) == [status])
    }

    @Test func aRefundedCreditNoteHasNoUnknownStatus() {
        let result = Support.importCSV(
            """
            N° facture;Date;Type;Statut;Montant remboursé;Facture d'origine
            AV-1;12/02/2025;Avoir;Remboursé;1200,00;FA-1

            """)
        #expect(result.warnings == [])
        #expect(result.documents.first?.status == .paid)
        #expect(result.documents.first?.payments.map(\.amount) == [Amount(units: -120000, scale: 2)])
    }

    @Test func proFormaAndPurchaseLabelsAreSkipped() {
        let result = Support.importCSV(
            """
            N° facture;Date;Type;Total TTC
            FA-1;10/01/2025;Facture;120,00
            PRO-1;11/01/2025;Proforma;12,00
            PRO-2;11/01/2025;Facture proforma;12,00
            P-1;12/01/2025;Facture d'achat;12,00
            P-2;12/01/2025;Avoir d'achat;6,00
            FA-2;13/01/2025;Facture;120,00

            """)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2"])
        #expect(
            result.warnings == [
                Rejection(
                    location: SourceLocation(file: "test.csv", line: 3),
                    reason: SkippedDocumentTally.message(.proforma, count: 2, types: ["Proforma", "Facture proforma"], firstLine: 3)),
                Rejection(
                    location: SourceLocation(file: "test.csv", line: 5),
                    reason: SkippedDocumentTally.message(.purchase, count: 2, types: ["Facture d'achat", "Avoir d'achat"], firstLine: 5)),
            ])
        #expect(
            result.warnings.first?.reason.en
                == #"2 pro forma invoices skipped (type 'Proforma', 'Facture proforma', the first at line 3): a pro forma invoice is an offer, not an invoice, so the audit leaves it out; if one of them is a sales invoice, give its type in a mapping file, for example {"values": {"type": {"Proforma": "invoice"}}}"#)
        #expect(
            result.warnings.first?.reason.fr
                == #"2 factures pro forma ignorées (type 'Proforma', 'Facture proforma', la première à la ligne 3) : une facture pro forma est une offre, pas une facture, l'audit la laisse de côté ; si l'une d'elles est une facture de vente, donnez son type dans un fichier de correspondance, par exemple {"values": {"type": {"Proforma": "invoice"}}}"#)
    }

    @Test func proFormaInAStatusColumnStaysADraft() {
        let result = Support.importCSV("Number;Type;Status\nPRO-1;Facture;Pro forma\n")
        #expect(result.documents.map(\.isDraft) == [true])
    }
}
