import InvoiceModel

/// The change behind each of the ten rules every VAT category family has, numbered as the rules.
extension VATCategoryExamples {
    /// -01: the category used without its breakdown entry, totals left as the tool wrote them.
    func withoutBreakdown() -> RuleExample {
        let code = family.code
        return example("sans ventilation de TVA (BG-23)", "without a VAT breakdown (BG-23)") { document in
            document.vatBreakdown.removeAll { $0.category == code }
        }
    }

    /// -02 to -04: the parties lack the tax identifier the category needs (or, for O, carry one),
    /// with a document allowance or charge in the category for -03 and -04. The lines are in the
    /// category too, so -03 and -04 also fire -02.
    func withParties(adjustment isCharge: Bool?) -> RuleExample {
        let change = partyChange
        let family = family
        let adjusted = isCharge.map { Self.adjustmentPhrase(isCharge: $0, rate: nil) }
        let fr = [change.fr, adjusted?.fr].compactMap { $0 }.joined(separator: ", ")
        let en = [change.en, adjusted?.en].compactMap { $0 }.joined(separator: ", ")
        return example(fr, en) { document in
            change.apply(&document)
            if let isCharge {
                document.allowanceCharges.append(Self.adjustment(isCharge: isCharge, code: family.code, rate: ExampleInvoice.standardRate(of: family)))
                ExampleInvoice.rebalanceCategories(&document)
            }
        }
    }

    /// -05: line 2 at a rate the category does not allow.
    func withLineRate() -> RuleExample {
        let rate = wrongRate
        return example(
            "dont la ligne 2 porte un taux de TVA \(Self.ratePhrase(rate).fr) (BT-152)",
            "whose line 2 has a VAT rate \(Self.ratePhrase(rate).en) (BT-152)"
        ) { document in
            document.lines[1].vatRate = rate
            ExampleInvoice.rebalanceCategories(&document)
        }
    }

    /// -06, -07: a document allowance or charge of the category at a rate it does not allow.
    func withAdjustmentRate(isCharge: Bool) -> RuleExample {
        let rate = wrongRate
        let family = family
        let phrase = Self.adjustmentPhrase(isCharge: isCharge, rate: rate)
        return example(phrase.fr, phrase.en) { document in
            document.allowanceCharges.append(Self.adjustment(isCharge: isCharge, code: family.code, rate: rate))
            ExampleInvoice.rebalanceCategories(&document)
        }
    }

    /// -08: a taxable amount 2.00 above the lines. The VAT at the rate then differs by less than
    /// 1.00, which the -09 rules tolerate.
    func withTaxableAmount() -> RuleExample {
        example(
            "dont la base imposable (BT-116) est déclarée 1233,60 au lieu de 1231,60",
            "whose taxable amount (BT-116) is declared 1233.60 instead of 1231.60"
        ) { document in
            document.vatBreakdown[0].taxableAmount = ExampleInvoice.amount("1233.60")
        }
    }

    /// -09: the VAT of the category computed at another rate, with totals that add up.
    func withTaxAmount() -> RuleExample {
        let wrong = family.code == "S" ? ExampleInvoice.amount("241.39") : ExampleInvoice.amount("246.32")
        let right = ExampleInvoice.compliant(in: family).vatBreakdown[0].taxAmount ?? .zero
        let fr =
            family.code == "S"
            ? "dont la TVA (BT-117) est calculée à l'ancien taux de 19,6 % : 241,39 au lieu de 246,32"
            : "dont la TVA (BT-117) est calculée à 20 % : 246,32 au lieu de \(right.frenchText)"
        let en =
            family.code == "S"
            ? "whose VAT (BT-117) is computed at the former rate of 19.6%: 241.39 instead of 246.32"
            : "whose VAT (BT-117) is computed at 20%: 246.32 instead of \(right)"
        return example(fr, en) { document in
            document.vatBreakdown[0].taxAmount = wrong
            let taxExclusive = document.totals.taxExclusive ?? .zero
            document.totals.vat = wrong
            document.totals.taxInclusive = taxExclusive + wrong
            document.totals.payable = taxExclusive + wrong
        }
    }

    /// -10: the exemption reason removed where the category needs one, added where it forbids one.
    func withExemptionReason() -> RuleExample {
        if family.needsExemptionReason {
            return example(
                "sans motif d'exonération (BT-120, BT-121)", "without an exemption reason (BT-120, BT-121)"
            ) { document in
                document.vatBreakdown[0].exemptionReason = nil
                document.vatBreakdown[0].exemptionReasonCode = nil
            }
        }
        return example(
            "avec le motif d'exonération « Exonération de TVA, article 261 du CGI » (BT-120)",
            "with the exemption reason 'Exonération de TVA, article 261 du CGI' (BT-120)"
        ) { document in
            document.vatBreakdown[0].exemptionReason = "Exonération de TVA, article 261 du CGI"
        }
    }

    // MARK: - What the rules vary by category

    /// A rate the category's lines, allowances and charges must not carry: zero for S, a negative
    /// rate for L and M, a rate at all for O, and 20 % for the zero-rate categories.
    var wrongRate: Amount {
        switch family.code {
        case "S", "O": ExampleInvoice.amount("0")
        case "L", "M": ExampleInvoice.amount("-7")
        default: ExampleInvoice.amount("20")
        }
    }

    /// Writes "de 20 %" and "of 20%", with a typographic minus sign for a negative rate.
    static func ratePhrase(_ rate: Amount) -> (fr: String, en: String) {
        let sign = rate.isNegative ? "−" : ""
        return ("de \(sign)\(rate.magnitude.frenchText) %", "of \(sign)\(rate.magnitude)%")
    }

    /// The party identifier change that breaks -02 to -04 in the category.
    var partyChange: (fr: String, en: String, apply: @Sendable (inout Document) -> Void) {
        switch family.code {
        case "AE", "K":
            ("sans numéro de TVA de l'acheteur (BT-48)", "without the buyer VAT identifier (BT-48)", { $0.buyer?.vatID = nil })
        case "O":
            (
                "avec le numéro de TVA du vendeur FR82812476356 (BT-31)",
                "with the seller VAT identifier FR82812476356 (BT-31)", { $0.seller?.vatID = "FR82812476356" }
            )
        default:
            // The legal registration (BT-30) keeps BR-CO-26, which wants one seller identifier, silent.
            (
                "dont le vendeur n'a qu'une immatriculation (BT-30), sans numéro de TVA (BT-31)",
                "whose seller has only a legal registration (BT-30), no VAT identifier (BT-31)",
                { document in
                    guard var seller = document.seller else { return }
                    if seller.legalRegistration == nil, let siren = seller.siren {
                        seller.legalRegistration = Identifier(value: siren, scheme: "0002")
                    }
                    seller.vatID = nil
                    document.seller = seller
                }
            )
        }
    }

    /// Makes a document allowance of 31.60 (BG-20) or a charge of 48.40 (BG-21) in category `code`.
    static func adjustment(isCharge: Bool, code: String, rate: Amount?) -> AllowanceCharge {
        AllowanceCharge(
            isCharge: isCharge, amount: ExampleInvoice.amount(isCharge ? "48.40" : "31.60"), vatCategory: code,
            vatRate: rate, reason: isCharge ? "Frais de port" : "Remise commerciale", reasonCode: isCharge ? "FC" : "95",
            source: SourceLocation(file: "FA-2025-0001.xml", line: isCharge ? 60 : 52))
    }

    /// Names the adjustment, with its rate when it is not the category's own.
    static func adjustmentPhrase(isCharge: Bool, rate: Amount?) -> (fr: String, en: String) {
        let fr = isCharge ? "avec une charge de document (BG-21) de 48,40 dans cette catégorie" : "avec une remise de document (BG-20) de 31,60 dans cette catégorie"
        let en = isCharge ? "with a document charge (BG-21) of 48.40 in that category" : "with a document allowance (BG-20) of 31.60 in that category"
        guard let rate else { return (fr, en) }
        let phrase = ratePhrase(rate)
        let term = isCharge ? "BT-103" : "BT-96"
        return (fr + ", au taux \(phrase.fr) (\(term))", en + ", at a rate \(phrase.en) (\(term))")
    }
}
