import InvoiceModel

/// The free texts of one document, normalised for ``MentionText`` once and shared by every
/// document rule, so that a note of many megabytes is read a fixed number of times whatever
/// the number of rules and fragments.
///
/// Built by ``Auditor`` for one document and used by one task, so its lazy properties need no lock.
final class DocumentTexts {
    let document: Document

    init(_ document: Document) {
        self.document = document
    }

    /// The texts of `Document.mentionTexts`, in its order: the notes, the
    /// payment terms, then the exemption reasons of the VAT breakdown.
    private(set) lazy var mentions: [NormalisedText] = document.mentionTexts.map(NormalisedText.init)

    /// The notes, the first entries of ``mentions``.
    var notes: ArraySlice<NormalisedText> { mentions.prefix(document.notes.count) }

    /// The exemption reasons of the VAT breakdown, the last entries of ``mentions``.
    var breakdownReasons: ArraySlice<NormalisedText> {
        mentions.suffix(document.vatBreakdown.count { $0.exemptionReason != nil })
    }

    /// The notes whose subject code is `subject` (such as PMD or PMT), compared in upper case.
    func notes(withSubject subject: String) -> [NormalisedText] {
        zip(document.notes, notes).filter { $0.0.subject?.uppercased() == subject }.map(\.1)
    }
}
