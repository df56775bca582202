import InvoiceModel

/// FR-MENT-22 under the franchise en base: a seller that charges no VAT (CGI art. 293 B) shows
/// none, whatever the format. A CSV export, a FEC or JSON records carry no mention, so there the
/// franchise is known from the configuration (`issuer.franchise`) only.
extension SpecialMentionRules {
    /// FR-MENT-22 on a document that is not structured, from a seller counted as French and
    /// declared under the franchise in the configuration.
    static func unstructuredFranchiseFindings(_ document: Document, context: AuditContext) -> [Finding] {
        guard context.configuration.issuer.franchise, document.sellerCountsAsFrench else { return [] }
        return franchiseVATFindings(document)
    }

    /// FR-MENT-22 when `document` charges VAT: a VAT total or breakdown amount above zero, or a
    /// rate above zero in the breakdown or on a line.
    static func franchiseVATFindings(_ document: Document) -> [Finding] {
        let amounts = [document.totals.vat] + document.vatBreakdown.map(\.taxAmount)
        let rates = document.vatBreakdown.map(\.rate) + document.lines.map(\.vatRate)
        let amount = amounts.compactMap(\.self).filter { $0 > .zero }.first
        let rate = rates.compactMap(\.self).filter { $0 > .zero }.max()
        if let amount {
            return [
                vatShownWithoutRight.finding(
                    on: document,
                    fr: "TVA de \(amount.frenchText) facturée alors que le vendeur est en franchise en base : retirez la TVA",
                    en: "VAT of \(amount) charged although the seller is under the franchise en base: remove the VAT")
            ]
        }
        guard let rate else { return [] }
        return [
            vatShownWithoutRight.finding(
                on: document,
                fr: "taux de TVA de \(rate.frenchText) % appliqué alors que le vendeur est en franchise en base : facturez sans TVA",
                en: "VAT rate of \(rate)% applied although the seller is under the franchise en base: invoice without VAT")
        ]
    }
}
