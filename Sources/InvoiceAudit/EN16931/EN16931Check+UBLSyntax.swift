import InvoiceModel

/// The UBL syntax-binding rules of the CEN artefacts that the canonical model can check: single
/// VAT identifiers and payment identifier, one payment means code (UBL-SR-12, -18, -42, -44,
/// -47), amounts with at most two decimals (UBL-DT-01) and the attributes of an embedded
/// attachment (UBL-DT-06, UBL-DT-07).
// NOTE: the other UBL-SR and UBL-DT rules test element counts the model does not keep.
extension EN16931Check {
    mutating func checkUBLSyntax() {
        guard syntax == .ubl else { return }
        let codes = Set(document.paymentMeans.compactMap { $0.typeCode?.trimmingSpaces })
        require(codes.count <= 1, "UBL-SR-47")
        if let counts = document.sourceFacts?.ublRepetitions {
            require(counts.sellerVATIdentifiers <= 1, "UBL-SR-12")
            require(counts.buyerVATIdentifiers <= 1, "UBL-SR-18")
            require(counts.sellerTaxSchemes <= 2, "UBL-SR-42")
            require(counts.distinctPaymentIDs <= 1, "UBL-SR-44")
        }
        for amount in document.sourceFacts?.syntaxValues?["UBL-DT-01"] ?? [] {
            fire(
                "UBL-DT-01",
                LocalizedText(
                    fr: "montant '\(amount.value)' avec plus de deux décimales : arrondissez-le au centime",
                    en: "amount '\(amount.value)' with more than two decimals: round it to the cent"),
                at: amount.location)
        }
        for supporting in document.supportingDocuments {
            guard let attachment = supporting.attachment else { continue }
            require(attachment.mimeCode != nil, "UBL-DT-06")
            require(attachment.filename != nil, "UBL-DT-07")
        }
    }
}
