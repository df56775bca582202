import InvoiceModel

/// The free texts of one document, normalised for ``MentionText`` once and shared by every
/// document rule, so that a note of many megabytes is read a fixed number of times whatever
/// the number of rules and fragments.
///
/// Built by ``Auditor`` for one document and used by one task, so its lazy properties need no lock.
final class DocumentTexts {
    // Only the parts with texts are kept, not a copy of the whole document, because a `Document`
    // is a few kilobytes and this object is made for every document.
    private let documentNotes: [Note]
    private let paymentTerms: String?
    private let vatBreakdown: [VATBreakdown]

    init(_ document: Document) {
        documentNotes = document.notes
        paymentTerms = document.paymentTerms
        vatBreakdown = document.vatBreakdown
    }

    /// The texts of `Document.mentionTexts`, in its order: the notes, the
    /// payment terms, then the exemption reasons of the VAT breakdown.
    private(set) lazy var mentions: [NormalisedText] =
        Document.joinedMentionTexts(notes: documentNotes, paymentTerms: paymentTerms, vatBreakdown: vatBreakdown)
        .map(NormalisedText.init)

    /// The notes, the first entries of ``mentions``.
    var notes: ArraySlice<NormalisedText> { mentions.prefix(documentNotes.count) }

    /// The exemption reasons of the VAT breakdown, the last entries of ``mentions``.
    var breakdownReasons: ArraySlice<NormalisedText> {
        mentions.suffix(vatBreakdown.count { $0.exemptionReason != nil })
    }

    /// The notes whose subject code is `subject` (such as PMD or PMT), compared in upper case.
    func notes(withSubject subject: String) -> [NormalisedText] {
        zip(documentNotes, notes).filter { $0.0.subject?.uppercased() == subject }.map(\.1)
    }
}
