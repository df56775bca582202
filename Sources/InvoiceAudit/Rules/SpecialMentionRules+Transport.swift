import InvoiceModel

/// FR-SPEC-09: an intra-EU supply of a new means of transport states the characteristics that
/// make it new (CGI art. 298 sexies III; CGI ann. II art. 242 nonies A, I-17°): the date of first
/// entry into service and the distance travelled or the hours of use.
///
/// The data shows a means of transport by a line in category K whose item classification (BT-158,
/// scheme HS or CV) falls under a heading of motor vehicles (8701 to 8705, 8711), vessels (8901 to
/// 8906) or aircraft (8802). Only the characteristics show whether the vehicle is new, so the rule
/// warns and requests them in the item attributes (BG-32) or the line note.
extension SpecialMentionRules {
    public static let newMeansOfTransport = RuleDescriptor(
        id: "FR-SPEC-09", severity: .warning,
        title: LocalizedText(
            fr: "livraison intracommunautaire d'un moyen de transport sans ses caractéristiques",
            en: "intra-EU supply of a means of transport without its characteristics"),
        reference: "CGI art. 298 sexies III; CGI ann. II art. 242 nonies A, I-17°; EN 16931-1 BT-158")

    /// Customs headings (first four digits) of motor vehicles, vessels and aircraft.
    static let transportHeadings: Set<String> = [
        "8701", "8702", "8703", "8704", "8705", "8711", "8901", "8902", "8903", "8904", "8905", "8906", "8802",
    ]
    static let firstServiceWords: MentionFragments = ["mise en service", "immatriculation", "first entry into service", "first registration"]
    static let usageWords: MentionFragments = ["km", "kilometr", "mileage", "heure", "hour"]

    static func newMeansOfTransportFindings(_ document: Document) -> [Finding] {
        let documentIsK = document.vatCategories == ["K"]
        var findings: [Finding] = []
        for line in document.lines {
            let category = line.vatCategory?.trimmingSpaces.uppercased()
            guard category == "K" || (category == nil && documentIsK), let heading = transportHeading(line.item) else { continue }
            var rawTexts = (line.item?.attributes ?? []).map { "\($0.name) \($0.value)" }
            rawTexts += [line.note, line.description, line.item?.description].compactMap(\.self)
            let texts = rawTexts.map(NormalisedText.init)
            var missing: [(fr: String, en: String)] = []
            if !MentionText.contains(texts, anyOf: firstServiceWords) {
                missing.append(("date de première mise en service", "the date of first entry into service"))
            }
            if !MentionText.contains(texts, anyOf: usageWords) {
                missing.append(("kilométrage ou heures d'utilisation", "the distance travelled or hours of use"))
            }
            guard !missing.isEmpty else { continue }
            let label = line.id.map { " \($0)" } ?? ""
            findings.append(
                newMeansOfTransport.finding(
                    on: document,
                    fr: "ligne\(label) : livraison intracommunautaire d'un moyen de transport (position \(heading)) sans \(missing.map(\.fr).joined(separator: " ni ")) : s'il est neuf, indiquez ses caractéristiques (art. 298 sexies du CGI) en attributs d'article",
                    en: "line\(label): intra-EU supply of a means of transport (heading \(heading)) without \(missing.map(\.en).joined(separator: " or ")): if it is new, state its characteristics (CGI art. 298 sexies) as item attributes",
                    location: line.source))
        }
        return findings
    }

    /// Returns the transport heading of an item's HS or CV classification, or `nil`.
    static func transportHeading(_ item: Item?) -> String? {
        for classification in item?.classifications ?? [] {
            let scheme = classification.listID?.trimmingSpaces.uppercased()
            guard scheme == "HS" || scheme == "CV" else { continue }
            let digits = String(classification.value.filter { $0.isASCII && $0.isNumber }.prefix(4))
            if transportHeadings.contains(digits) { return digits }
        }
        return nil
    }
}
