import InvoiceModel

// NOTE: elements deeper than these (a line's item properties, a party's address) are still read
// from their first occurrence without a warning.
extension XMLCardinalityCheck {
    private static let ublSchema = LocalizedText(fr: "le schéma UBL 2.1", en: "the UBL 2.1 schema")
    private static let ciiSchema = LocalizedText(fr: "le schéma CII D16B", en: "the CII D16B schema")
    private static let zugferd1Authority = LocalizedText(fr: "ZUGFeRD 1.0", en: "ZUGFeRD 1.0")

    /// UBL 2.1 Invoice and CreditNote: the elements the importer reads that `UBL-Invoice-2.1.xsd`,
    /// `UBL-CreditNote-2.1.xsd`, `MonetaryTotalType`, `InvoiceLineType`, `CreditNoteLineType` and
    /// `PriceType` allow at most once.
    static let ubl: XMLCardinalityCheck = {
        func reject(_ parent: [String], _ name: String, labels: [[String]] = []) -> Element {
            Element(parent: parent, name: name, action: .reject, labels: labels, authority: ublSchema)
        }
        func warn(_ name: String, labels: [[String]] = []) -> Element {
            Element(parent: [], name: name, action: .warn, labels: labels, authority: ublSchema)
        }
        let partyName = [["Party", "PartyLegalEntity", "RegistrationName"], ["Party", "PartyName", "Name"]]
        var lines: [Element] = []
        for (line, quantity) in [("InvoiceLine", "InvoicedQuantity"), ("CreditNoteLine", "CreditedQuantity")] {
            lines += [
                reject([line], "ID"), reject([line], quantity), reject([line], "LineExtensionAmount"),
                reject([line], "Price", labels: [["PriceAmount"]]),
                // A second item only warns, because its name and identifiers do not change the sums
                // and the CEN unit tests of the EN 16931 artefacts repeat it to test code lists.
                Element(parent: [line], name: "Item", action: .warn, labels: [["Name"]], authority: ublSchema),
                reject([line, "Price"], "PriceAmount"), reject([line, "Price"], "BaseQuantity"),
            ]
        }
        let totals = ["LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "AllowanceTotalAmount",
            "ChargeTotalAmount", "PrepaidAmount", "PayableRoundingAmount", "PayableAmount"]
        return XMLCardinalityCheck(
            elements: [
                reject([], "ID"), reject([], "IssueDate"), reject([], "InvoiceTypeCode"), reject([], "CreditNoteTypeCode"),
                reject([], "DocumentCurrencyCode"),
                reject([], "AccountingSupplierParty", labels: partyName), reject(["AccountingSupplierParty"], "Party", labels: partyName.map { Array($0.dropFirst()) }),
                reject([], "AccountingCustomerParty", labels: partyName), reject(["AccountingCustomerParty"], "Party", labels: partyName.map { Array($0.dropFirst()) }),
                reject([], "LegalMonetaryTotal", labels: [["PayableAmount"]]),
            ] + totals.map { reject(["LegalMonetaryTotal"], $0) } + lines + [
                warn("CustomizationID"), warn("ProfileID"), warn("DueDate"), warn("TaxPointDate"), warn("TaxCurrencyCode"),
                warn("BuyerReference"), warn("AccountingCost"), warn("OrderReference", labels: [["ID"]]),
                warn("PayeeParty", labels: [["PartyName", "Name"]]), warn("TaxRepresentativeParty", labels: [["PartyName", "Name"]]),
            ])
    }()

    /// CII D16B (Factur-X, ZUGFeRD 2.x, XRechnung CII): the elements the importer reads that
    /// `CrossIndustryInvoice_100pD16B.xsd` and its aggregate module allow at most once. The D16B
    /// schema lets the amounts repeat, so those cite an EN 16931 CII rule or business term instead.
    static let cii = ciiFamily(.d16b, authority: ciiSchema)

    /// ZUGFeRD 1.0 gets the same list under its own names. Its schema is not in the reference set
    /// the lists were checked against, so its amounts only warn, citing the EN 16931 term.
    static let zugferd1 = ciiFamily(.zugferd1, authority: zugferd1Authority)

    /// Returns the entry for an amount of a CII family syntax. It rejects, citing `rule`, when a
    /// CII D16B rule allows it once, and warns, citing the EN 16931 business term, otherwise.
    private static func amount(_ parent: [String], _ name: String, syntax: InputFormat, rule: Int?, term: String) -> Element {
        if syntax == .cii, let rule {
            return Element(
                parent: parent, name: name, action: .reject,
                authority: LocalizedText(fr: "la règle EN 16931 CII-SR-\(rule)", en: "EN 16931 rule CII-SR-\(rule)"))
        }
        return Element(
            parent: parent, name: name, action: .warn,
            authority: LocalizedText(fr: "le modèle EN 16931 (\(term))", en: "the EN 16931 model (\(term))"))
    }

    /// Returns the entries for the elements of each `ram:IncludedSupplyChainTradeLineItem`.
    private static func lineElements(_ names: CIIVocabulary, authority: LocalizedText) -> [Element] {
        func element(_ parent: [String], _ name: String, labels: [[String]] = []) -> Element {
            Element(parent: parent, name: name, action: .reject, labels: labels, authority: authority)
        }
        let line = [names.transaction, "IncludedSupplyChainTradeLineItem"]
        let agreement = line + [names.lineAgreement]
        let settlement = line + [names.lineSettlement]
        return [
            element(line, "AssociatedDocumentLineDocument", labels: [["LineID"]]),
            element(line + ["AssociatedDocumentLineDocument"], "LineID"),
            Element(parent: line, name: "SpecifiedTradeProduct", action: .warn, labels: [["Name"]], authority: authority),
            element(line, names.lineAgreement), element(line, names.lineDelivery), element(line, names.lineSettlement),
            element(line + [names.lineDelivery], "BilledQuantity"),
            element(agreement, "NetPriceProductTradePrice", labels: [["ChargeAmount"]]),
            amount(agreement + ["NetPriceProductTradePrice"], "ChargeAmount", syntax: names.syntax, rule: 441, term: "BT-146"),
            element(settlement, names.lineSummation, labels: [["LineTotalAmount"]]),
            // No CII rule limits the line total amount, so a second one warns in CII too.
            amount(settlement + [names.lineSummation], "LineTotalAmount", syntax: names.syntax, rule: nil, term: "BT-131"),
        ]
    }

    private static func ciiFamily(_ names: CIIVocabulary, authority: LocalizedText) -> XMLCardinalityCheck {
        func element(_ parent: [String], _ name: String, _ action: Action = .reject, labels: [[String]] = []) -> Element {
            Element(parent: parent, name: name, action: action, labels: labels, authority: authority)
        }
        let header = [names.header]
        let agreement = [names.transaction, names.agreement]
        let settlement = [names.transaction, names.settlement]
        let summation = settlement + [names.summation]
        // Each header total with the EN 16931 CII rule and the business term that allow it once.
        let totals = [
            ("LineTotalAmount", 477, "BT-106"), ("ChargeTotalAmount", 478, "BT-108"), ("AllowanceTotalAmount", 479, "BT-107"),
            ("TaxBasisTotalAmount", 480, "BT-109"), ("RoundingAmount", 481, "BT-114"), ("GrandTotalAmount", 482, "BT-112"),
            ("TotalPrepaidAmount", 484, "BT-113"), ("DuePayableAmount", 487, "BT-115"),
        ]
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
            ] + lineElements(names, authority: authority) + totals.map { name, rule, term in
                amount(summation, name, syntax: names.syntax, rule: rule, term: term)
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
