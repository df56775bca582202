import InvoiceModel

/// FR-MENT-06: a company states its registration, "RCS" and the city of its registry court, on its
/// commercial papers (C. com. R123-237). An artisan's company may give its trade-register
/// reference instead ("RM", "RNE", "répertoire des métiers").
///
/// The company is recognised as in FR-MENT-07, from a legal form in its name, trading name or
/// legal information (BT-33). Without BT-33, only a form written as one in the name counts. The
/// mention is looked for in BT-33 and the notes.
extension LegalFormRules {
    public static let registry = RuleDescriptor(
        id: "FR-MENT-06", severity: .warning,
        title: LocalizedText(
            fr: "mention « RCS » et ville du greffe absentes pour une société",
            en: "\"RCS\" and registry city missing for a company"),
        reference: "C. com. R123-237")

    /// Words that name a trade or business register other than the RCS.
    static let otherRegisters: Set<String> = ["rm", "rne"]
    static let registerPhrases = ["repertoire des metiers", "registre national des entreprises", "registre des metiers"]

    /// Checks FR-MENT-06 on one structured document of a French company.
    public static func checkRegistry(_ document: Document) -> [Finding] {
        guard !document.isDraft, document.isStructured, document.sellerIsFrench, let seller = document.seller else { return [] }
        let statusText = statusText(of: seller)
        let statusWords = words(of: statusText)
        let hasLegalInfo = !(seller.additionalLegalInfo?.trimmingSpaces.isEmpty ?? true)
        guard !statusWords.contains("ei"), !statusText.contains("entrepreneur individuel"),
            hasLegalInfo ? isCompany(words: statusWords, text: statusText) : namesCompanyForm(seller)
        else { return [] }
        let texts = [seller.additionalLegalInfo].compactMap(\.self) + document.notes.map(\.text)
        var rcsWithoutCity = false
        for text in texts {
            switch registration(in: text) {
            case .complete: return []
            case .rcsWithoutCity: rcsWithoutCity = true
            case .none: continue
            }
        }
        let name = seller.name ?? ""
        if rcsWithoutCity {
            return [
                registry.finding(
                    on: document,
                    fr: "la société '\(name)' mentionne le RCS sans la ville de son greffe : écrivez « RCS » suivi de la ville, par exemple « RCS Paris »",
                    en: "company '\(name)' states the RCS without the city of its registry court: write \"RCS\" followed by the city, for example \"RCS Paris\"")
            ]
        }
        return [
            registry.finding(
                on: document,
                fr: "la société '\(name)' ne donne pas son immatriculation : ajoutez « RCS » et la ville du greffe (ou « RM » pour un artisan) à ses informations juridiques (BT-33)",
                en: "company '\(name)' does not state its registration: add \"RCS\" and the registry city (or \"RM\" for an artisan) to its legal information (BT-33)")
        ]
    }

    /// True when the seller's name or trading name shows a legal form written as one: an acronym
    /// in capitals (`SARL`, `S.A.S.`) or a phrase such as "société anonyme". A name is not legal
    /// information, so the lower-case words "sa" and "sel" ("Fleur de Sel") are not forms there.
    static func namesCompanyForm(_ seller: Party) -> Bool {
        let names = [seller.name, seller.tradingName].compactMap(\.self)
        for name in names {
            let acronyms = name.split { !$0.isLetter && $0 != "." }.map { $0.filter { $0 != "." } }
            if acronyms.contains(where: { $0.count > 1 && $0 == $0.uppercased() && companyForms.contains($0.lowercased()) }) {
                return true
            }
            let normalisedName = MentionText.normalise(name)
            if companyPhrases.contains(where: normalisedName.contains) { return true }
        }
        return false
    }

    enum Registration {
        case complete
        case rcsWithoutCity
        case none
    }

    /// Classifies the registration mention of `text`. "RCS" (dots ignored) next to a city, the
    /// word after it or a word before it that is not a legal form, counts as complete.
    static func registration(in text: String) -> Registration {
        let normalised = MentionText.normalise(text).filter { $0 != "." }
        if registerPhrases.contains(where: normalised.contains) || normalised.contains("registre du commerce") {
            return .complete
        }
        let tokens = normalised.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
        if tokens.contains(where: otherRegisters.contains) { return .complete }
        guard let index = tokens.firstIndex(of: "rcs") else { return .none }
        func isCity(_ token: String) -> Bool { token.allSatisfy(\.isLetter) && token.count > 1 && !companyForms.contains(token) }
        if index + 1 < tokens.count, isCity(tokens[index + 1]) { return .complete }
        if index > 0, isCity(tokens[index - 1]), !["au", "le", "du"].contains(tokens[index - 1]) { return .complete }
        return .rcsWithoutCity
    }
}
