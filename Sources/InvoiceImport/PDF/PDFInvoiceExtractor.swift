import InvoiceModel

/// The invoice XML found inside a Factur-X or ZUGFeRD PDF, with the entries of its file specification.
public struct EmbeddedInvoice: Sendable, Hashable {
    /// The attachment's file name (`factur-x.xml`…).
    public var name: String
    /// The `/AFRelationship` value without its slash, nil when the file specification has none.
    public var relationship: String?
    /// Whether the catalog's `/AF` array lists the attachment.
    public var isAssociatedFile: Bool
    /// The decoded file content, byte for byte as embedded.
    public var bytes: [UInt8]
    /// The XML syntax detected in `bytes`.
    public var format: InputFormat
    /// The warnings libqpdf gave while reading the PDF (a repaired cross-reference table…).
    public var pdfWarnings: [String]
    /// The attachment's position in the PDF's list of attachments, from 1, and that list's length.
    public var position = 1
    public var attachmentCount = 1
    /// The other attachments that hold invoice XML with different bytes: the PDF carries more
    /// than one invoice and only this one was read.
    public var otherInvoices: [AttachmentReference] = []
}

/// An attachment named by its file name and its position in the PDF's list, from 1, which tells
/// apart two attachments with the same name.
public struct AttachmentReference: Sendable, Hashable {
    public var name: String
    public var position: Int
}

/// The reason a PDF gave no invoice XML, ready for a rejection or an error message.
public struct PDFExtractionFailure: Error, Sendable {
    public let reason: LocalizedText
}

/// Finds the invoice XML among a PDF's embedded files.
///
/// The attachment names of the hybrid-invoice specifications are looked for first, ignoring case
/// (``InvoiceAttachmentNaming/knownNames``). Otherwise the first attachment whose content is UBL,
/// CII or ZUGFeRD 1.0 XML is taken, XML-named ones first. Encrypted PDFs are rejected even when
/// they open without a password, because PDF/A-3 forbids encryption.
public enum PDFInvoiceExtractor {
    public static func extract(
        _ bytes: [UInt8], file: String, options: ImportOptions = ImportOptions()
    ) throws(PDFExtractionFailure) -> EmbeddedInvoice {
        if bytes.count > options.maximumFileSize {
            throw PDFExtractionFailure(reason: ImportMessages.fileTooLarge(bytes.count, options.maximumFileSize))
        }
        do {
            let document = try QPDFDocument(bytes: bytes, description: file)
            if document.isEncrypted { throw PDFExtractionFailure(reason: PDFMessages.encrypted) }
            var collector = PDFAttachmentCollector(document: document)
            let attachments = try collector.collect()
            guard var invoice = try findInvoice(in: attachments, document: document, options: options) else {
                let names = attachments.map(\.name)
                throw PDFExtractionFailure(reason: names.isEmpty ? PDFMessages.noAttachment : PDFMessages.noInvoiceXML(names))
            }
            invoice.attachmentCount = attachments.count
            invoice.otherInvoices = otherInvoices(in: attachments, besides: invoice, document: document, options: options)
            invoice.pdfWarnings = document.takeWarnings()
            return invoice
        } catch let failure as QPDFFailure {
            throw PDFExtractionFailure(
                reason: failure.kind == .password ? PDFMessages.encrypted : PDFMessages.damaged(failure.message))
        } catch let failure as PDFExtractionFailure {
            throw failure
        } catch {
            throw PDFExtractionFailure(reason: PDFMessages.damaged("\(error)"))
        }
    }

    private static func findInvoice(
        in attachments: [PDFAttachment], document: QPDFDocument, options: ImportOptions
    ) throws -> EmbeddedInvoice? {
        for knownName in InvoiceAttachmentNaming.knownNames {
            for (index, attachment) in attachments.enumerated() where attachment.name.lowercased() == knownName.lowercased() {
                guard let bytes = try content(of: attachment, document: document, options: options) else { continue }
                let format = FormatDetector.detect(bytes)
                // Only invoice XML counts: a CSV, a JSON file or a PDF saved under an invoice name is
                // not the structured invoice the PDF claims to carry.
                if InvoiceAttachmentNaming.invoiceFormats.contains(format) {
                    return invoice(attachment, position: index + 1, bytes: bytes, format: format)
                }
            }
        }
        let numbered = attachments.enumerated().map { (position: $0.offset + 1, attachment: $0.element) }
        let ordered = numbered.filter(\.attachment.looksLikeXML) + numbered.filter { !$0.attachment.looksLikeXML }
        for (position, attachment) in ordered {
            // Any other attachment (a picture, a spreadsheet) may be undecodable or large: skip it.
            guard let bytes = try? content(of: attachment, document: document, options: options) else { continue }
            let format = FormatDetector.detect(bytes)
            if InvoiceAttachmentNaming.invoiceFormats.contains(format) {
                return invoice(attachment, position: position, bytes: bytes, format: format)
            }
        }
        return nil
    }

    /// Returns the XML attachments, other than the one read, whose content is invoice XML
    /// different from `invoice`. Attachments that cannot be decoded are skipped.
    private static func otherInvoices(
        in attachments: [PDFAttachment], besides invoice: EmbeddedInvoice, document: QPDFDocument, options: ImportOptions
    ) -> [AttachmentReference] {
        var others: [AttachmentReference] = []
        for (index, attachment) in attachments.enumerated() where attachment.looksLikeXML && index + 1 != invoice.position {
            guard let bytes = try? content(of: attachment, document: document, options: options) else { continue }
            if bytes != invoice.bytes && InvoiceAttachmentNaming.invoiceFormats.contains(FormatDetector.detect(bytes)) {
                others.append(AttachmentReference(name: attachment.name, position: index + 1))
            }
        }
        return others
    }

    /// Decodes an attachment's bytes, or returns nil when it has no embedded stream.
    ///
    /// libqpdf decodes a stream whole, so the decoded size is measured first
    /// (``DecodedSizeLimit``): a Flate bomb is rejected without being decoded.
    private static func content(
        of attachment: PDFAttachment, document: QPDFDocument, options: ImportOptions
    ) throws -> [UInt8]? {
        guard let stream = attachment.stream else { return nil }
        let raw = try document.rawStreamData(stream)
        if DecodedSizeLimit.exceeds(options.maximumFileSize, raw: raw, filters: try document.filterNames(stream)) {
            throw PDFExtractionFailure(reason: PDFMessages.attachmentDecodesTooLarge(attachment.name, options.maximumFileSize))
        }
        guard let bytes = try document.decodedStreamData(stream) else {
            throw PDFExtractionFailure(reason: PDFMessages.undecodableAttachment(attachment.name))
        }
        if bytes.count > options.maximumFileSize {
            throw PDFExtractionFailure(
                reason: PDFMessages.attachmentTooLarge(attachment.name, bytes.count, options.maximumFileSize))
        }
        return bytes
    }

    private static func invoice(
        _ attachment: PDFAttachment, position: Int, bytes: [UInt8], format: InputFormat
    ) -> EmbeddedInvoice {
        EmbeddedInvoice(
            name: attachment.name, relationship: attachment.relationship, isAssociatedFile: attachment.inAssociatedFiles,
            bytes: bytes, format: format, pdfWarnings: [], position: position)
    }
}
