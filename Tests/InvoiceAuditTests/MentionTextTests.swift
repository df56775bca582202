@testable import InvoiceAudit
import InvoiceModel
import Testing

/// Normalising and searching free texts for legal mentions: the same matches as comparing whole
/// `Character`s, and each document's texts normalised once for all rules.
@Suite struct MentionTextTests {
    @Test func normaliseFoldsCaseAccentsAndPunctuation() {
        #expect(MentionText.normalise("Régime particulier – Biens d’occasion") == "regime particulier - biens d'occasion")
        #expect(MentionText.normalise("ÉCHÉANCE À 30 JOURS") == "echeance a 30 jours")
        #expect(MentionText.normalise("TVA\u{A0}non  applicable,\t\tart.\u{202F}293 B") == "tva non applicable, art. 293 b")
        #expect(MentionText.normalise("a`b´c") == "a'b'c")
        #expect(MentionText.normalise("") == "")
    }

    @Test func normaliseTreatsLineBreaksAsSpaces() {
        #expect(MentionText.normalise("art.\r\n293 B") == "art. 293 b")
        #expect(MentionText.normalise("art.\r293\nB") == "art. 293 b")
        #expect(MentionText.normalise("a \r\n \n b") == "a b")
    }

    @Test func normaliseRemovesCombiningAccents() {
        // "e" + U+0301 is the same Character as "é", so it loses its accent like the precomposed one.
        #expect(MentionText.normalise("Re\u{301}gime") == "regime")
        #expect(MentionText.normalise("DE\u{301}BITS") == "debits")
        // A combining mark on a letter the table does not map stays on that letter.
        #expect(MentionText.normalise("n\u{303}") == "n\u{303}")
        #expect(MentionText.normalise("ñ") == "ñ")
    }

    @Test func scalarMappingAgreesWithCharacters() {
        // The code-point switch must map every one-scalar Character as comparing Characters does,
        // including scalars canonically equivalent to a listed one (U+1FEF is "`").
        let ranges: [ClosedRange<UInt32>] = [0x00...0x2FF, 0x1E00...0x1FFF, 0x2000...0x206F, 0x2100...0x214F]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(MentionText.map(character) == MentionText.mapComposed(character), "U+\(String(value, radix: 16))")
        }
        #expect(MentionText.normalise("a\u{1FEF}b\u{1FFD}c") == "a'b'c")
    }

    @Test func containsMatchesNormalisedFragments() {
        let text = NormalisedText("Option pour le paiement de la taxe d’après les DÉBITS.")
        #expect(text.original == "Option pour le paiement de la taxe d’après les DÉBITS.")
        #expect(text.contains(anyOf: LegalCitations.vatOnDebits))
        #expect(!text.contains(anyOf: LegalCitations.reverseCharge))
        #expect(NormalisedText("Indemnité de 40\u{A0}€").contains(anyOf: LegalCitations.recoveryIndemnity))
        #expect(MentionText.contains(["rien", "Autoliquidation"], anyOf: ["autoliquidation"]))
        #expect(!MentionText.contains([String](), anyOf: ["autoliquidation"]))
    }

    @Test func containsNeedsWholeCharacters() {
        // The final "l" carries a combining accent, so the text holds no whole Character "l" there.
        #expect(!NormalisedText("au capita\u{6C}\u{302}").contains(anyOf: ["capital"]))
        #expect(NormalisedText("au capita\u{6C}\u{302} et au capital").contains(anyOf: ["capital"]))
        #expect(NormalisedText("capital\u{302}").contains(anyOf: ["capita"]))
        #expect(!NormalisedText("capital\u{302}").contains(anyOf: ["capital"]))
    }

    @Test func containsFindsFragmentsAtEitherEnd() {
        #expect(NormalisedText("escompte").contains(anyOf: ["escompte"]))
        #expect(NormalisedText("pas d'escompte").contains(anyOf: ["escompte"]))
        #expect(NormalisedText("escompte : aucun").contains(anyOf: ["escompte"]))
        #expect(!NormalisedText("escompt").contains(anyOf: ["escompte"]))
        #expect(!NormalisedText("").contains(anyOf: ["escompte"]))
    }

    @Test func penaltyRateReadsBytes() {
        #expect(PenaltyRateText.percentage("Pénalités de retard : 12,5 % par an") == Amount(parsing: "12.5"))
        #expect(PenaltyRateText.percentage("taux de 10\u{A0}%") == Amount(parsing: "10"))
        #expect(PenaltyRateText.percentage("taux de 9\u{202F}%") == Amount(parsing: "9"))
        #expect(PenaltyRateText.percentage("100% et 3 %") == Amount(parsing: "100"))
        #expect(PenaltyRateText.percentage("% seul, puis 4.5%") == Amount(parsing: "4.5"))
        #expect(PenaltyRateText.percentage("aucun taux") == nil)
        #expect(PenaltyRateText.percentage("Escompte de 2 % pour paiement anticipé ; pénalités de retard : 10 % l'an") == Amount(parsing: "10"))
        #expect(PenaltyRateText.percentage("10 % de pénalités, 2 % d'escompte") == Amount(parsing: "10"))
        #expect(PenaltyRateText.percentage("2 % d'escompte, intérêts de retard de 9 %") == Amount(parsing: "9"))
        #expect(PenaltyRateText.percentage("Pénalités de retard : 1,5 % par mois de retard") == Amount(parsing: "18"))
        #expect(PenaltyRateText.percentage("late payment interest: 1 % per month") == Amount(parsing: "12"))
        #expect(PenaltyRateText.percentage("Escompte de 2 % pour paiement anticipé") == nil)
    }

    @Test func documentTextsShareNotesAndReasons() {
        let document = Document(
            vatBreakdown: [VATBreakdown(category: "E", exemptionReason: "Exonération, art. 261"), VATBreakdown(category: "S")],
            paymentTerms: "30 jours",
            notes: [Note(subject: "pmd", text: "Pénalités : 3 fois le taux légal"), Note(text: "Autre")],
            source: SourceLocation(file: "a.xml"), sourceFormat: .ubl)
        let texts = DocumentTexts(document)
        #expect(texts.mentions.map(\.normalised) == ["penalites : 3 fois le taux legal", "autre", "30 jours", "exoneration, art. 261"])
        #expect(texts.notes.map(\.original) == ["Pénalités : 3 fois le taux légal", "Autre"])
        #expect(texts.breakdownReasons.map(\.original) == ["Exonération, art. 261"])
        #expect(texts.notes(withSubject: "PMD").map(\.original) == ["Pénalités : 3 fois le taux légal"])
        #expect(texts.notes(withSubject: "PMT").isEmpty)
    }
}
