import InvoiceModel

/// BR-CL-*: coded values must belong to their code list (EN16931CodeLists, generated from the
/// official artefacts). A value is compared as XPath `normalize-space` leaves it.
extension EN16931Check {
    mutating func checkCodeLists() {
        let document = self.document
        if let code = document.typeCode {
            let list =
                syntax == .cii
                ? EN16931CodeLists.invoiceTypeCodesCII
                : (isUBLCreditNote ? EN16931CodeLists.creditNoteTypeCodes : EN16931CodeLists.invoiceTypeCodesUBL)
            coded(code, in: list, "BR-CL-01")
        }
        if let currency = document.currency { coded(currency, in: EN16931CodeLists.currencies, "BR-CL-04") }
        if let currency = document.vatAccountingCurrency { coded(currency, in: EN16931CodeLists.currencies, "BR-CL-05") }
        if let code = document.taxPointDateCode {
            let list = syntax == .ubl ? EN16931CodeLists.vatPointDateCodesUBL : EN16931CodeLists.vatPointDateCodesCII
            coded(code, in: list, "BR-CL-06")
        }
        if let scheme = document.references.invoicedObject?.scheme {
            coded(scheme, in: EN16931CodeLists.objectIdentifierSchemes, "BR-CL-07")
        }
        if syntax == .cii {
            for note in document.notes {
                if let subject = note.subject { coded(subject, in: EN16931CodeLists.noteSubjectCodes, "BR-CL-08") }
            }
        }
        checkSyntaxValues()
        checkPartyCodes()
        checkLineCodes()
        checkTaxCodes()
        for means in document.paymentMeans {
            if let code = means.typeCode { coded(code, in: EN16931CodeLists.paymentMeansCodes, "BR-CL-16") }
        }
        for supporting in document.supportingDocuments {
            if let mime = supporting.attachment?.mimeCode {
                if !EN16931CodeLists.attachmentMimeCodes.contains(mime) { fire("BR-CL-24", codeListDetail("BR-CL-24", mime)) }
            }
        }
        if let scheme = document.delivery?.locationID?.scheme {
            coded(scheme, in: EN16931CodeLists.identifierSchemes, "BR-CL-26")
        }
    }

    /// True for a UBL CreditNote root, whose type codes come from the credit-note list.
    private var isUBLCreditNote: Bool {
        document.source.element?.hasPrefix("/CreditNote") ?? document.kind.isCredit
    }

    private mutating func checkPartyCodes() {
        let document = self.document
        let countries = syntax == .ubl ? EN16931CodeLists.countriesUBL : EN16931CodeLists.countriesCII
        let roles: [(party: Party?, sepaAllowed: Bool)] = [
            (document.seller, true), (document.buyer, false), (document.payee, true),
            (document.taxRepresentative, false), (document.delivery?.party, false),
        ]
        for (party, sepaAllowed) in roles {
            guard let party else { continue }
            if !scanned("BR-CL-14"), let country = party.address?.country { coded(country, in: countries, "BR-CL-14") }
            for identifier in party.identifiers where !scanned("BR-CL-10") {
                guard let scheme = identifier.scheme else { continue }
                if sepaAllowed && scheme.trimmingSpaces == "SEPA" { continue }
                coded(scheme, in: EN16931CodeLists.identifierSchemes, "BR-CL-10")
            }
            if !scanned("BR-CL-11"), let scheme = party.legalRegistration?.scheme {
                coded(scheme, in: EN16931CodeLists.identifierSchemes, "BR-CL-11")
            }
            if let scheme = party.electronicAddress?.scheme {
                coded(scheme, in: EN16931CodeLists.electronicAddressSchemes, "BR-CL-25")
            }
        }
    }

    private mutating func checkLineCodes() {
        let countries = syntax == .ubl ? EN16931CodeLists.countriesUBL : EN16931CodeLists.countriesCII
        for line in document.lines {
            let at = line.source
            if !scanned("BR-CL-23"), let unit = line.unit { coded(unit, in: EN16931CodeLists.unitCodes, "BR-CL-23", at: at) }
            if let scheme = line.objectIdentifier?.scheme {
                coded(scheme, in: EN16931CodeLists.objectIdentifierSchemes, "BR-CL-07", at: at)
            }
            if !scanned("BR-CL-23"), let unit = line.baseQuantityUnit { coded(unit, in: EN16931CodeLists.unitCodes, "BR-CL-23", at: at) }
            if !scanned("BR-CL-18"), let category = line.vatCategory { coded(category, in: EN16931CodeLists.vatCategories, "BR-CL-18", at: at) }
            if let item = line.item {
                for classification in item.classifications {
                    if let list = classification.listID {
                        coded(list, in: EN16931CodeLists.itemClassificationSchemes, "BR-CL-13", at: at)
                    }
                }
                if let country = item.originCountry { coded(country, in: countries, "BR-CL-15", at: at) }
                if !scanned("BR-CL-21"), let scheme = item.standardID?.scheme {
                    coded(scheme, in: EN16931CodeLists.identifierSchemes, "BR-CL-21", at: at)
                }
            }
            reasonCodes(line.allowanceCharges)
        }
    }

    private mutating func checkTaxCodes() {
        // UBL lists cac:TaxCategory (breakdown, allowances, charges) under BR-CL-17; CII lists the
        // breakdown's ram:ApplicableTradeTax with the lines' under BR-CL-18.
        let breakdownRule = syntax == .ubl ? "BR-CL-17" : "BR-CL-18"
        for entry in document.vatBreakdown {
            if !scanned(breakdownRule), let category = entry.category { coded(category, in: EN16931CodeLists.vatCategories, breakdownRule) }
            if let code = entry.exemptionReasonCode {
                coded(code.uppercased(), in: EN16931CodeLists.vatExemptionCodes, "BR-CL-22")
            }
        }
        for charge in document.allowanceCharges where !scanned("BR-CL-17") {
            if let category = charge.vatCategory {
                coded(category, in: EN16931CodeLists.vatCategories, "BR-CL-17", at: charge.source)
            }
        }
        reasonCodes(document.allowanceCharges)
    }

    private mutating func reasonCodes(_ adjustments: [AllowanceCharge]) {
        for adjustment in adjustments {
            guard let code = adjustment.reasonCode else { continue }
            let list = adjustment.isCharge ? EN16931CodeLists.chargeReasonCodes : EN16931CodeLists.allowanceReasonCodes
            coded(code, in: list, adjustment.isCharge ? "BR-CL-20" : "BR-CL-19", at: adjustment.source)
        }
    }

    /// Fires `id` when the value, with spaces normalised, is not in `list`.
    mutating func coded(_ value: String, in list: Set<String>, _ id: String, at location: SourceLocation? = nil) {
        let code = value.trimmingSpaces
        guard !list.contains(code) else { return }
        fire(id, codeListDetail(id, code), at: location)
    }

    /// Returns the message of a code-list rule: its title, the value, and what to do.
    func codeListDetail(_ id: String, _ code: String) -> LocalizedText {
        LocalizedText(
            fr: "\(EN16931Catalogue.byID[id]?.title.fr ?? id) : '\(code)', utilisez un code de la liste",
            en: "\(EN16931Catalogue.byID[id]?.title.en ?? id): '\(code)', use a code from the list")
    }
}
