import InvoiceModel

/// BR-01 to BR-65 and the presence rules of BR-CO: the terms an invoice, its parties, lines,
/// allowances, charges and payment instructions must carry.
extension EN16931Check {
    mutating func checkCore() {
        checkHeader()
        checkParties()
        checkLines()
        checkAllowanceCharges()
        checkBreakdownTerms()
        checkPayment()
        checkReferences()
    }

    private mutating func checkHeader() {
        let document = self.document
        require(document.specification.isPresent, "BR-01")
        // A draft gets its number when it is issued, so only an issued document needs one.
        require(document.number.isPresent || document.isDraft, "BR-02")
        // As in the artefacts, a written issue date that could not be read still counts as given.
        let ignored = document.sourceFacts?.ignoredValues ?? []
        if syntax == .cii, document.sourceFacts?.issueDateWithoutFormat102 == true {
            fire(
                "BR-03",
                LocalizedText(
                    fr: "date d'émission (BT-2) écrite sans format '102' : écrivez-la aaaammjj dans un DateTimeString de format 102",
                    en: "issue date (BT-2) written without format '102': write it as yyyymmdd in a DateTimeString with format 102"))
        } else {
            require(
                document.issueDate != nil || ignored.contains("IssueDate")
                    || ignored.contains("ExchangedDocument/IssueDateTime/DateTimeString"), "BR-03")
        }
        require(document.typeCode.isPresent, "BR-04")
        require(document.currency.isPresent, "BR-05")
        let totals = document.totals
        // Both artefacts check BT-106 … BT-115 inside the monetary totals group, so a document
        // without that group fires none of BR-12 … BR-15.
        if hasMonetaryTotals {
            require(totals.lineNet != nil, "BR-12")
            require(totals.taxExclusive != nil, "BR-13")
            require(totals.taxInclusive != nil, "BR-14")
            require(totals.payable != nil, "BR-15")
        }
        require(!document.lines.isEmpty, "BR-16")
        // The CII artefact checks the breakdown from each line, so an invoice without lines passes.
        if syntax == .ubl || !document.lines.isEmpty {
            require(!document.vatBreakdown.isEmpty, "BR-CO-18")
        }
        if let period = document.invoicePeriod {
            if let start = period.start, let end = period.end { require(end >= start, "BR-29") }
            require(period.start != nil || period.end != nil || (syntax == .ubl && document.taxPointDateCode != nil), "BR-CO-19")
        }
        require(!(document.taxPointDate != nil && document.taxPointDateCode.isPresent), "BR-CO-03")
        if let accounting = document.vatAccountingCurrency, accounting.isPresent {
            // The CII artefact also rejects an accounting currency equal to the invoice currency.
            let inAccountingCurrency = document.totals.vatInAccountingCurrency != nil
            let sameCurrency = accounting.trimmingSpaces == document.currency?.trimmingSpaces
            switch syntax {
            case .ubl: require(inAccountingCurrency || (sameCurrency && document.totals.vat != nil), "BR-53")
            case .cii: require(inAccountingCurrency && !sameCurrency, "BR-53")
            }
        }
    }

    private mutating func checkParties() {
        let document = self.document
        let seller = document.seller
        let buyer = document.buyer
        require(seller?.name.isPresent == true, "BR-06")
        require(buyer?.name.isPresent == true, "BR-07")
        require(seller?.address != nil, "BR-08")
        require(buyer?.address != nil, "BR-10")
        // UBL checks the country inside an address; CII checks it from the root, address or not.
        if syntax == .cii || seller?.address != nil { require(seller?.address?.country.isPresent == true, "BR-09") }
        if syntax == .cii || buyer?.address != nil { require(buyer?.address?.country.isPresent == true, "BR-11") }
        if let payee = document.payee { checkPayee(payee, seller: seller) }
        if let representative = document.taxRepresentative {
            require(representative.name.isPresent, "BR-18")
            require(representative.address != nil, "BR-19")
            if let address = representative.address { require(address.country.isPresent, "BR-20") }
            require(representative.vatID.isPresent, "BR-56")
        }
        if let address = document.deliveryAddress { require(address.country.isPresent, "BR-57") }
        if let address = seller?.electronicAddress { require(address.scheme.isPresent, "BR-62") }
        if let address = buyer?.electronicAddress { require(address.scheme.isPresent, "BR-63") }
        let prefixes = syntax == .ubl ? EN16931CodeLists.vatPrefixesUBL : EN16931CodeLists.vatPrefixesCII
        for (party, term) in [(seller, "BT-31"), (buyer, "BT-48"), (document.taxRepresentative, "BT-63")] {
            guard let vatID = party?.vatID, vatID.isPresent, !prefixes.contains(String(vatID.prefix(2))) else { continue }
            fire(
                "BR-CO-09",
                LocalizedText(
                    fr: "numéro de TVA (\(term)) '\(vatID)' sans préfixe pays ISO 3166 : écrivez-le avec son code pays, par exemple 'FR'",
                    en: "VAT identifier (\(term)) '\(vatID)' without an ISO 3166 country prefix: write it with its country code, such as 'FR'"))
        }
        if let seller {
            let hasIdentifier = seller.identifiers.contains { $0.scheme?.uppercased() != "SEPA" || syntax == .cii }
            require(
                hasIdentifier || seller.legalRegistration != nil || seller.vatID.isPresent, "BR-CO-26")
        }
    }

    /// BR-17: a payee needs a name and must not be the seller under another name.
    private mutating func checkPayee(_ payee: Party, seller: Party?) {
        guard let name = payee.name, name.isPresent else { return fire("BR-17") }
        let sellerName = syntax == .ubl ? seller?.tradingName : seller?.name
        let sameName = name == sellerName
        let sellerIDs = Set((seller?.identifiers ?? []).map(\.value))
        let sameID = payee.identifiers.contains { sellerIDs.contains($0.value) }
        let sameRegistration =
            syntax == .cii && payee.legalRegistration != nil
            && payee.legalRegistration?.value == seller?.legalRegistration?.value
        require(!sameName && !sameID && !sameRegistration, "BR-17")
    }

    private mutating func checkLines() {
        for line in document.lines {
            let at = line.source
            require(line.id.isPresent, "BR-21", at: at)
            require(line.quantity != nil, "BR-22", at: at)
            require(line.unit.isPresent, "BR-23", at: at)
            require(line.netAmount != nil, "BR-24", at: at)
            require(line.description.isPresent, "BR-25", at: at)
            require(line.netPrice != nil, "BR-26", at: at)
            // `price >= 0` is false for a missing price too, so BR-27 fires with BR-26.
            require(line.netPrice.map { !$0.isNegative } ?? false, "BR-27", at: at)
            if let gross = line.grossPrice { require(!gross.isNegative, "BR-28", at: at) }
            if let period = line.period {
                if let start = period.start, let end = period.end { require(end >= start, "BR-30", at: at) }
                require(period.start != nil || period.end != nil, "BR-CO-20", at: at)
            }
            require(line.vatCategory.isPresent, "BR-CO-04", at: at)
            for charge in line.allowanceCharges {
                let at = charge.source ?? at
                let hasReason = charge.reason.isPresent || charge.reasonCode.isPresent
                require(charge.amount != nil, charge.isCharge ? "BR-43" : "BR-41", at: at)
                require(hasReason, charge.isCharge ? "BR-44" : "BR-42", at: at)
                require(hasReason, charge.isCharge ? "BR-CO-24" : "BR-CO-23", at: at)
            }
            if let item = line.item {
                if let standard = item.standardID { require(standard.scheme.isPresent, "BR-64", at: at) }
                for classification in item.classifications {
                    require(classification.listID.isPresent, "BR-65", at: at)
                }
                for attribute in item.attributes {
                    require(attribute.name.isPresent && attribute.value.isPresent, "BR-54", at: at)
                }
            }
        }
    }

    private mutating func checkAllowanceCharges() {
        for charge in document.allowanceCharges {
            let at = charge.source
            let hasReason = charge.reason.isPresent || charge.reasonCode.isPresent
            require(charge.amount != nil, charge.isCharge ? "BR-36" : "BR-31", at: at)
            require(charge.vatCategory.isPresent, charge.isCharge ? "BR-37" : "BR-32", at: at)
            require(hasReason, charge.isCharge ? "BR-38" : "BR-33", at: at)
            require(hasReason, charge.isCharge ? "BR-CO-22" : "BR-CO-21", at: at)
        }
    }

    private mutating func checkBreakdownTerms() {
        for entry in document.vatBreakdown {
            require(entry.taxableAmount != nil, "BR-45")
            require(entry.taxAmount != nil, "BR-46")
            // Both artefacts read the category and rate only under the VAT tax scheme.
            let isVAT = entry.isVATScheme
            require(isVAT && entry.category.isPresent, "BR-47")
            require(isVAT && (entry.rate != nil || entry.category?.trimmingSpaces == "O"), "BR-48")
        }
    }

    private mutating func checkPayment() {
        for means in document.paymentMeans {
            require(means.typeCode.isPresent, "BR-49")
            let code = means.typeCode?.trimmingSpaces
            if code == "30" || code == "58" {
                if let account = means.account { require(account.id.isPresent, "BR-50") }
                require(means.account?.id.isPresent == true || syntax == .cii && means.account == nil, "BR-61")
            }
            // The message gives the length only, so that the journal never repeats a card number.
            if let number = means.card?.primaryAccountNumber, number.trimmingSpaces.count > 10 {
                let length = number.trimmingSpaces.count
                fire(
                    "BR-51",
                    LocalizedText(
                        fr: "numéro de carte de paiement (BT-87) de \(length) caractères, plus de 10 : n'en écrivez que les derniers chiffres, par exemple les 4 derniers",
                        en: "payment card number (BT-87) of \(length) characters, more than 10: write only its last digits, such as the last 4"))
            }
        }
    }

    private mutating func checkReferences() {
        for document in self.document.supportingDocuments { require(document.id.isPresent, "BR-52") }
        for reference in self.document.precedingInvoices { require(reference.number.isPresent, "BR-55") }
    }
}

extension EN16931Check {
    /// True when the document has a monetary totals group (UBL `cac:LegalMonetaryTotal`, CII
    /// `ram:SpecifiedTradeSettlementHeaderMonetarySummation`), as the source showed it or, for
    /// sources without that fact, judged from the totals the document carries.
    var hasMonetaryTotals: Bool {
        if let facts = document.sourceFacts { return facts.hasMonetaryTotals }
        let totals = document.totals
        let amounts = [
            totals.lineNet, totals.allowances, totals.charges, totals.taxExclusive, totals.taxInclusive,
            totals.prepaid, totals.rounding, totals.payable,
        ]
        return amounts.contains { $0 != nil } || (syntax == .cii && totals.vat != nil)
    }
}

extension VATBreakdown {
    /// True when the entry's tax scheme is VAT, or unstated (sources outside XML).
    var isVATScheme: Bool { taxScheme.map { $0.trimmingSpaces.uppercased() == "VAT" } ?? true }
}

extension Optional where Wrapped == String {
    /// True when the text exists and is not blank, as XPath `normalize-space(x) != ''`.
    var isPresent: Bool { self?.isPresent ?? false }
}

extension String {
    var isPresent: Bool { !trimmingSpaces.isEmpty }
}
