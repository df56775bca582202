import InvoiceModel

/// The element names that differ between CII D16B (Factur-X, ZUGFeRD 2.x, XRechnung CII) and
/// ZUGFeRD 1.0's `CrossIndustryDocument`, so that one mapping reads both.
///
/// The two syntaxes share the trade party, address, tax and allowance structures. They differ in
/// the names of the header, of the agreement, delivery and settlement blocks, of the tax rate and
/// of the referenced-document id.
struct CIIVocabulary: Sendable {
    var context: String
    var header: String
    var transaction: String
    var agreement: String
    var delivery: String
    var settlement: String
    var summation: String
    var lineAgreement: String
    var lineDelivery: String
    var lineSettlement: String
    var lineSummation: String
    /// The VAT rate inside `ram:ApplicableTradeTax` and `ram:CategoryTradeTax`.
    var rate: String
    /// The id of a referenced document (`ram:BuyerOrderReferencedDocument` and others).
    var referencedID: String
    /// The despatch advice reference in the delivery block.
    var despatchAdvice: String
    var syntax: InputFormat

    /// The names of UN/CEFACT CII D16B.
    static let d16b = CIIVocabulary(
        context: "ExchangedDocumentContext", header: "ExchangedDocument",
        transaction: "SupplyChainTradeTransaction", agreement: "ApplicableHeaderTradeAgreement",
        delivery: "ApplicableHeaderTradeDelivery", settlement: "ApplicableHeaderTradeSettlement",
        summation: "SpecifiedTradeSettlementHeaderMonetarySummation", lineAgreement: "SpecifiedLineTradeAgreement",
        lineDelivery: "SpecifiedLineTradeDelivery", lineSettlement: "SpecifiedLineTradeSettlement",
        lineSummation: "SpecifiedTradeSettlementLineMonetarySummation", rate: "RateApplicablePercent",
        referencedID: "IssuerAssignedID", despatchAdvice: "DespatchAdviceReferencedDocument", syntax: .cii)

    /// The names of ZUGFeRD 1.0 (UN/CEFACT schema modules of 2012 and 2015).
    static let zugferd1 = CIIVocabulary(
        context: "SpecifiedExchangedDocumentContext", header: "HeaderExchangedDocument",
        transaction: "SpecifiedSupplyChainTradeTransaction", agreement: "ApplicableSupplyChainTradeAgreement",
        delivery: "ApplicableSupplyChainTradeDelivery", settlement: "ApplicableSupplyChainTradeSettlement",
        summation: "SpecifiedTradeSettlementMonetarySummation", lineAgreement: "SpecifiedSupplyChainTradeAgreement",
        lineDelivery: "SpecifiedSupplyChainTradeDelivery", lineSettlement: "SpecifiedSupplyChainTradeSettlement",
        lineSummation: "SpecifiedTradeSettlementMonetarySummation", rate: "ApplicablePercent",
        referencedID: "ID", despatchAdvice: "DeliveryNoteReferencedDocument", syntax: .zugferd1)

    /// Reads a VAT rate under `node`, accepting the other syntax's name too, as some producers mix them.
    func rate(in node: XMLNode?) -> Amount? {
        guard let node else { return nil }
        if let value = node.number(.rate, rate) { return value }
        return node.number(.rate, rate == "ApplicablePercent" ? "RateApplicablePercent" : "ApplicablePercent")
    }

    /// Reads a referenced document's id, accepting the other syntax's name too.
    func referencedID(in node: XMLNode?) -> String? {
        guard let node else { return nil }
        return node.string(referencedID) ?? node.string(referencedID == "ID" ? "IssuerAssignedID" : "ID")
    }
}
