import InvoiceModel

/// Imports a Factur-X or ZUGFeRD PDF: extracts the embedded invoice XML and hands it to the XML
/// importers through ``DocumentImporter/importBytes(_:file:options:)``.
///
/// The result's format is `.pdf`, while each document keeps the XML syntax as `sourceFormat`.
/// Every location names the PDF as its file and the attachment in its element
/// (`factur-x.xml`, or `factur-x.xml/CrossIndustryInvoice/…` when the XML importer gave a path).
struct PDFImporter {
    static let allowedRelationships: Set<String> = ["Data", "Source", "Alternative"]

    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let invoice: EmbeddedInvoice
        do {
            invoice = try PDFInvoiceExtractor.extract(bytes, file: file, options: options)
        } catch {
            return ImportResult(
                file: file, format: .pdf, rejections: [Rejection(location: SourceLocation(file: file), reason: error.reason)])
        }
        var result = DocumentImporter.importBytes(invoice.bytes, file: file, options: options)
        result.format = .pdf
        let place = { (location: SourceLocation) in Self.relocated(location, attachment: invoice.name) }
        for index in result.documents.indices {
            result.documents[index].source = place(result.documents[index].source)
            for line in result.documents[index].lines.indices {
                result.documents[index].lines[line].source = result.documents[index].lines[line].source.map(place)
            }
        }
        for index in result.rejections.indices { result.rejections[index].location = place(result.rejections[index].location) }
        for index in result.warnings.indices { result.warnings[index].location = place(result.warnings[index].location) }
        let attachmentLocation = SourceLocation(file: file, element: invoice.name)
        result.warnings += Self.warnings(for: invoice, guideline: result.documents.first?.specification)
            .map { Rejection(location: attachmentLocation, reason: $0) }
        return result
    }

    /// Lists the breaches of Factur-X, ZUGFeRD and PDF/A-3 that still leave the invoice readable.
    static func warnings(for invoice: EmbeddedInvoice, guideline: String?) -> [LocalizedText] {
        var warnings: [LocalizedText] = []
        if !invoice.pdfWarnings.isEmpty { warnings.append(PDFMessages.repaired(invoice.pdfWarnings)) }
        if let relationship = invoice.relationship {
            if !allowedRelationships.contains(relationship) {
                warnings.append(PDFMessages.unexpectedRelationship(invoice.name, relationship))
            }
        } else {
            warnings.append(PDFMessages.missingRelationship(invoice.name))
        }
        if !invoice.isAssociatedFile { warnings.append(PDFMessages.notAssociated(invoice.name)) }
        if !invoice.otherInvoices.isEmpty {
            let read = AttachmentReference(name: invoice.name, position: invoice.position)
            warnings.append(PDFMessages.otherInvoices(read: read, others: invoice.otherInvoices, count: invoice.attachmentCount))
        }
        if let naming = InvoiceAttachmentNaming.nameWarning(name: invoice.name, format: invoice.format, guideline: guideline) {
            warnings.append(naming)
        }
        return warnings
    }

    static func relocated(_ location: SourceLocation, attachment: String) -> SourceLocation {
        var location = location
        location.element = attachment + (location.element.map { $0.hasPrefix("/") ? $0 : "/" + $0 } ?? "")
        return location
    }
}

extension EmbeddedInvoice {
    /// The breaches of Factur-X, ZUGFeRD and PDF/A-3 that `check` reports for this attachment, for
    /// commands that write the XML out without importing it.
    public var warnings: [LocalizedText] {
        PDFImporter.warnings(for: self, guideline: nil)
    }
}
