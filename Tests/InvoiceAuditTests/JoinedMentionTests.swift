@testable import InvoiceAudit
import InvoiceModel
import Testing

/// Mentions whose words are split or joined by a hyphen or a space: "Auto-liquidation" is the
/// "Autoliquidation" mention (FR-SPEC-05), "franchise-en-base" the franchise one (FR-SPEC-01).
@Suite struct JoinedMentionTests {
    typealias F = FrenchInvoice

    @Test(arguments: [
        "Auto-liquidation", "auto-liquidation", "Auto liquidation", "AUTO - LIQUIDATION", "Auto\u{2011}liquidation",
        "Auto\u{AD}liquidation", "Auto–liquidation (article 283-2 du CGI)", "l'auto-liquidation", "Reverse-charge",
    ])
    func reverseChargeSpellingsAreAccepted(note: String) {
        var document = F.zeroRated("AE", code: "VATEX-EU-AE")
        #expect(F.frenchRules(document) == ["FR-SPEC-05"])
        document.notes.append(Note(text: note))
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test(arguments: ["Auto", "liquidation judiciaire", "autoliquidatio", "auto-entrepreneur"])
    func otherWordsStillFireFRSPEC05(note: String) {
        var document = F.zeroRated("AE", code: "VATEX-EU-AE")
        document.notes.append(Note(text: note))
        #expect(F.frenchRules(document) == ["FR-SPEC-05"])
    }

    @Test func joinedSearchStartsAtAWord() {
        #expect(NormalisedText("auto-liquidation").contains(anyOf: LegalCitations.reverseCharge))
        #expect(NormalisedText("TVA : Franchise-en-base").contains(anyOf: LegalCitations.franchise))
        #expect(NormalisedText("art. 293-B du CGI").contains(anyOf: LegalCitations.franchise))
        #expect(NormalisedText("45 jours fin-de-mois").contains(anyOf: PaymentMentionRules.endOfMonthAgreement))
        // "xautoliquidation" starts inside a word; fragments under four letters are never joined.
        #expect(!NormalisedText("xauto-liquidation").contains(anyOf: LegalCitations.reverseCharge))
        #expect(!NormalisedText("payable avec bon de commande").contains(anyOf: PaymentMentionRules.centralBankRate))
        #expect(!NormalisedText("e cb").contains(anyOf: PaymentMentionRules.centralBankRate))
        #expect(NormalisedText("taux BCE + 10 points").contains(anyOf: PaymentMentionRules.centralBankRate))
    }

    @Test func joinedSearchEndsOnACharacter() {
        #expect(!NormalisedText("auto-liquidatio\u{6E}\u{302}").contains(anyOf: ["autoliquidation"]))
        #expect(NormalisedText("auto-liquidations").contains(anyOf: ["autoliquidation"]))
    }

    @Test func franchiseMentionWithHyphensSatisfiesFRSPEC01() {
        let configuration = AuditConfiguration(issuer: IssuerConfiguration(franchise: true))
        var document = F.zeroRated("E", code: "VATEX-FR-FRANCHISE")
        document.notes.append(Note(text: "TVA non applicable (franchise-en-base)"))
        #expect(!F.frenchRules(document, configuration: configuration).contains("FR-SPEC-01"))
        document.notes.removeLast()
        #expect(F.frenchRules(document, configuration: configuration).contains("FR-SPEC-01"))
    }
}
