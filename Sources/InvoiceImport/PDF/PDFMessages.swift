import InvoiceModel

/// Rejection and warning texts for Factur-X and ZUGFeRD PDFs.
enum PDFMessages {
    static let encrypted = LocalizedText(
        fr: "PDF chiffré : une facture Factur-X ou ZUGFeRD doit être un PDF/A-3 non chiffré, demandez à l'émetteur de l'exporter sans chiffrement ni mot de passe",
        en: "encrypted PDF: a Factur-X or ZUGFeRD invoice must be an unencrypted PDF/A-3, ask the issuer to export it without encryption or password")

    static func damaged(_ detail: String) -> LocalizedText {
        LocalizedText(
            fr: "PDF illisible (qpdf : '\(detail)') : le fichier est tronqué ou endommagé, demandez un nouvel exemplaire à l'émetteur",
            en: "unreadable PDF (qpdf: '\(detail)'): the file is truncated or damaged, ask the issuer for a new copy")
    }

    static let noAttachment = LocalizedText(
        fr: "PDF sans pièce jointe : ce n'est pas une facture Factur-X ou ZUGFeRD, demandez à l'émetteur le PDF hybride ou le XML de la facture",
        en: "PDF without attachments: it is not a Factur-X or ZUGFeRD invoice, ask the issuer for the hybrid PDF or the invoice XML")

    static func noInvoiceXML(_ names: [String]) -> LocalizedText {
        let list = names.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            fr: "aucune facture XML parmi les pièces jointes du PDF (\(list)) : attendu 'factur-x.xml', 'zugferd-invoice.xml', 'ZUGFeRD-invoice.xml', 'xrechnung.xml' ou un XML UBL ou CII",
            en: "no invoice XML among the PDF's attachments (\(list)): expected 'factur-x.xml', 'zugferd-invoice.xml', 'ZUGFeRD-invoice.xml', 'xrechnung.xml' or a UBL or CII XML")
    }

    static func undecodableAttachment(_ name: String) -> LocalizedText {
        LocalizedText(
            fr: "la pièce jointe '\(name)' utilise un filtre de compression que qpdf ne sait pas décoder : demandez à l'émetteur un PDF compressé en Flate",
            en: "the attachment '\(name)' uses a compression filter qpdf cannot decode: ask the issuer for a PDF compressed with Flate")
    }

    static func attachmentTooLarge(_ name: String, _ size: Int, _ limit: Int) -> LocalizedText {
        LocalizedText(
            fr: "pièce jointe '\(name)' trop volumineuse (\(size) octets, limite \(limit)) : augmentez --max-file-size si le fichier est sûr",
            en: "attachment '\(name)' too large (\(size) bytes, limit \(limit)): raise --max-file-size if the file is trusted")
    }

    /// Explains that an attachment would decode past the size limit and was left compressed.
    static func attachmentDecodesTooLarge(_ name: String, _ limit: Int) -> LocalizedText {
        LocalizedText(
            fr: "pièce jointe '\(name)' : décompressée, elle dépasserait la limite de '\(limit)' octets (--max-file-size) ; elle n'a pas été décompressée, augmentez --max-file-size si le fichier est sûr",
            en: "attachment '\(name)' would decompress to more than the limit of '\(limit)' bytes (--max-file-size): it was not decompressed, raise --max-file-size if the file is trusted")
    }

    /// Explains that the PDF carries several different invoice XML files and names the one read.
    ///
    /// Two attachments may share a name: then each is also named by its position in the PDF's
    /// list of `count` attachments.
    static func otherInvoices(read: AttachmentReference, others: [AttachmentReference], count: Int) -> LocalizedText {
        let repeated = Set(others.map(\.name)).contains(read.name) || Set(others.map(\.name)).count < others.count
        func named(_ attachment: AttachmentReference, fr: Bool) -> String {
            guard repeated else { return "'\(attachment.name)'" }
            if attachment == read {
                return fr ? "'\(read.name)' (pièce jointe \(read.position) sur \(count) du PDF)"
                    : "'\(read.name)' (attachment \(read.position) of \(count) in the PDF)"
            }
            return fr ? "'\(attachment.name)' (pièce jointe \(attachment.position))" : "'\(attachment.name)' (attachment \(attachment.position))"
        }
        let othersFR = others.map { named($0, fr: true) }.joined(separator: ", ")
        let othersEN = others.map { named($0, fr: false) }.joined(separator: ", ")
        return LocalizedText(
            fr: "le PDF contient \(others.count + 1) XML de facture différents : \(named(read, fr: true)) a été lu, pas \(othersFR) ; vérifiez lequel est la facture et demandez un PDF qui n'en contienne qu'un",
            en: "the PDF holds \(others.count + 1) different invoice XML files: \(named(read, fr: false)) was read, not \(othersEN); check which one is the invoice and request a PDF that carries only one")
    }

    static func missingRelationship(_ name: String) -> LocalizedText {
        LocalizedText(
            fr: "la pièce jointe '\(name)' n'a pas de /AFRelationship : Factur-X exige Data, Source ou Alternative, signalez-le à l'éditeur du logiciel de facturation",
            en: "the attachment '\(name)' has no /AFRelationship: Factur-X requires Data, Source or Alternative, report it to the invoicing software's vendor")
    }

    static func unexpectedRelationship(_ name: String, _ value: String) -> LocalizedText {
        LocalizedText(
            fr: "la pièce jointe '\(name)' a la /AFRelationship '\(value)' : Factur-X exige Data, Source ou Alternative, signalez-le à l'éditeur du logiciel de facturation",
            en: "the attachment '\(name)' has /AFRelationship '\(value)': Factur-X requires Data, Source or Alternative, report it to the invoicing software's vendor")
    }

    static func notAssociated(_ name: String) -> LocalizedText {
        LocalizedText(
            fr: "la pièce jointe '\(name)' n'est pas listée dans le tableau /AF du catalogue comme PDF/A-3 l'exige : signalez-le à l'éditeur du logiciel de facturation",
            en: "the attachment '\(name)' is not listed in the catalog's /AF array as PDF/A-3 requires: report it to the invoicing software's vendor")
    }

    /// Quotes at most three of libqpdf's warnings and counts the rest.
    static func repaired(_ warnings: [String]) -> LocalizedText {
        let quoted = warnings.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        let more = warnings.count - min(warnings.count, 3)
        return LocalizedText(
            fr: "PDF endommagé, réparé par qpdf (\(quoted)\(more > 0 ? " et \(LocalizedText.countFR(more, "autre", "autres"))" : "")) : comparez la facture à l'exemplaire de l'émetteur",
            en: "damaged PDF repaired by qpdf (\(quoted)\(more > 0 ? " and \(more) more" : "")): compare the invoice with the issuer's copy")
    }
}
