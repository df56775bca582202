import InvoiceModel

// NOTE: only document-level elements are listed. A repeated element inside an invoice line (its
// `cbc:ID`, quantity or net amount) is still read from its first occurrence without a warning.
extension XMLCardinalityCheck {
    private static let ublSchema = LocalizedText(fr: "le schéma UBL 2.1", en: "the UBL 2.1 schema")
    private static let ciiSchema = LocalizedText(fr: "le schéma CII D16B", en: "the CII D16B schema")
    private static let zugferd1Authority = LocalizedText(fr: "ZUGFeRD 1.0", en: "ZUGFeRD 1.0")

    /// UBL 2.1 Invoice and CreditNote: the elements the importer reads that `UBL-Invoice-2.1.xsd`,
    /// `UBL-CreditNote-2.1.xsd` and `MonetaryTotalType` allow at most once.
    static let ubl: XMLCardinalityCheck = {
        func reject(_ parent: [String], _ name: String, labels: [[String]] = []) -> Element {
            Element(parent: parent, name: name, action: .reject, labels: labels, authority: ublSchema)
        }
        func warn(_ name: String, labels: [[String]] = []) -> Element {
            Element(parent: [], name: name, action: .warn, labels: labels, authority: ublSchema)
        }
        let partyName = [["Party", "PartyLegalEntity", "RegistrationName"], ["Party", "PartyName", "Name"]]
        let totals = ["LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "AllowanceTotalAmount",
            "ChargeTotalAmount", "PrepaidAmount", "PayableRoundingAmount", "PayableAmount"]
        return XMLCardinalityCheck(
            elements: [
                reject([], "ID"), reject([], "IssueDate"), reject([], "InvoiceTypeCode"), reject([], "CreditNoteTypeCode"),
                reject([], "DocumentCurrencyCode"),
                reject([], "AccountingSupplierParty", labels: partyName), reject(["AccountingSupplierParty"], "Party", labels: partyName.map { Array($0.dropFirst()) }),
                reject([], "AccountingCustomerParty", labels: partyName), reject(["AccountingCustomerParty"], "Party", labels: partyName.map { Array($0.dropFirst()) }),
                reject([], "LegalMonetaryTotal", labels: [["PayableAmount"]]),
            ] + totals.map { reject(["LegalMonetaryTotal"], $0) } + [
                warn("CustomizationID"), warn("ProfileID"), warn("DueDate"), warn("TaxPointDate"), warn("TaxCurrencyCode"),
                warn("BuyerReference"), warn("AccountingCost"), warn("OrderReference", labels: [["ID"]]),
                warn("PayeeParty", labels: [["PartyName", "Name"]]), warn("TaxRepresentativeParty", labels: [["PartyName", "Name"]]),
            ])
    }()

    /// CII D16B (Factur-X, ZUGFeRD 2.x, XRechnung CII): the elements the importer reads that
    /// `CrossIndustryInvoice_100pD16B.xsd` and its aggregate module allow at most once. The D16B
    /// schema lets the header totals repeat, so those cite the EN 16931 rules CII-SR-477 to 487.
    static let cii = ciiFamily(.d16b, authority: ciiSchema, totalsAction: .reject)

    /// ZUGFeRD 1.0 gets the same list under its own names. Its schema is not in the reference set
    /// the lists were checked against, so its header totals only warn.
    static let zugferd1 = ciiFamily(.zugferd1, authority: zugferd1Authority, totalsAction: .warn)

    private static func ciiFamily(_ names: CIIVocabulary, authority: LocalizedText, totalsAction: Action) -> XMLCardinalityCheck {
        func element(_ parent: [String], _ name: String, _ action: Action = .reject, labels: [[String]] = []) -> Element {
            Element(parent: parent, name: name, action: action, labels: labels, authority: authority)
        }
        let header = [names.header]
        let agreement = [names.transaction, names.agreement]
        let settlement = [names.transaction, names.settlement]
        let summation = settlement + [names.summation]
        // The EN 16931 CII rule that allows each header total once.
        let totals = [("LineTotalAmount", 477), ("ChargeTotalAmount", 478), ("AllowanceTotalAmount", 479),
            ("TaxBasisTotalAmount", 480), ("RoundingAmount", 481), ("GrandTotalAmount", 482),
            ("TotalPrepaidAmount", 484), ("DuePayableAmount", 487)]
        return XMLCardinalityCheck(
            elements: [
                element([], names.context, labels: [["GuidelineSpecifiedDocumentContextParameter", "ID"]]),
                element([], names.header, labels: [["ID"]]),
                element([], names.transaction),
                element(header, "ID"), element(header, "TypeCode"),
                element(header, "IssueDateTime", labels: [["DateTimeString"]]), element(header + ["IssueDateTime"], "DateTimeString"),
                element([names.transaction], names.agreement), element([names.transaction], names.delivery),
                element([names.transaction], names.settlement),
                element(agreement, "SellerTradeParty", labels: [["Name"]]), element(agreement, "BuyerTradeParty", labels: [["Name"]]),
                element(settlement, "InvoiceCurrencyCode"),
                element(settlement, names.summation, labels: [["DuePayableAmount"]]),
            ] + totals.map { name, rule in
                var total = element(summation, name, totalsAction)
                if totalsAction == .reject && names.syntax == .cii {
                    total.authority = LocalizedText(fr: "la règle EN 16931 CII-SR-\(rule)", en: "EN 16931 rule CII-SR-\(rule)")
                }
                return total
            } + [
                element(agreement, "BuyerReference", .warn),
                element(agreement, "SellerTaxRepresentativeTradeParty", .warn, labels: [["Name"]]),
                element(agreement, "BuyerOrderReferencedDocument", .warn, labels: [[names.referencedID]]),
                element(agreement, "ContractReferencedDocument", .warn, labels: [[names.referencedID]]),
                element(settlement, "TaxCurrencyCode", .warn), element(settlement, "CreditorReferenceID", .warn),
                element(settlement, "PayeeTradeParty", .warn, labels: [["Name"]]),
                element(settlement, "BillingSpecifiedPeriod", .warn),
            ])
    }
}
