import InvoiceModel

/// The steps shared by the UBL and CII importers: parse, check the root, map, turn a failure into
/// one rejection and every ignored value into a warning.
enum XMLDocumentImport {
    /// Imports the single invoice in `bytes` with `map`, which receives the root element.
    ///
    /// A file that cannot be parsed or mapped gives no document and exactly one rejection. A value
    /// that cannot be read is imported as missing: it gives a warning, not a rejection. With
    /// `stream`, the lines are mapped during parsing and `map` takes them from the stream.
    static func importDocument(
        _ bytes: [UInt8], file: String, format: InputFormat, stream: XMLLineStream? = nil,
        map: (XMLNode) throws(XMLImportFailure) -> Document
    ) -> ImportResult {
        do {
            let root = try parseRoot(bytes, stream: stream)
            let notes = XMLImportNotes()
            var document = try map(XMLNode(root: root, notes: notes))
            if !notes.ignoredValues.isEmpty {
                var facts = document.sourceFacts ?? SourceFacts()
                facts.ignoredValues = notes.ignoredValues
                document.sourceFacts = facts
            }
            return ImportResult(
                file: file, format: format, documents: [document],
                warnings: notes.warnings.map { $0.rejection(file: file) })
        } catch {
            return ImportResult(file: file, format: format, rejections: [error.rejection(file: file)])
        }
    }

    private static func parseRoot(_ bytes: [UInt8], stream: XMLLineStream?) throws(XMLImportFailure) -> XMLElement {
        do {
            return try XMLTreeBuilder.parse(bytes, stream: stream)
        } catch {
            throw XMLParseMessages.failure(for: error)
        }
    }

    /// Builds the rejection for a root element that is not the one this syntax expects.
    /// `expected` lists the roots the syntax allows, each written quoted; they are joined with
    /// "ou" in French and "or" in English.
    static func unexpectedRoot(_ root: XMLNode, expected: String...) -> XMLImportFailure {
        let found = "{\(root.element.namespaceURI)}\(root.element.localName)"
        return XMLImportFailure(
            element: root.path, line: root.line,
            reason: LocalizedText(
                fr: "élément racine inattendu '\(found)' : attendu \(expected.joined(separator: " ou "))",
                en: "unexpected root element '\(found)': expected \(expected.joined(separator: " or "))"))
    }
}

/// Rejection texts for documents libxml2 could not parse or that we refuse to parse.
enum XMLParseMessages {
    static func failure(for error: XMLParseError) -> XMLImportFailure {
        switch error {
        case .tooDeep(let line):
            return XMLImportFailure(
                element: nil, line: line,
                reason: LocalizedText(
                    fr: "imbrication XML trop profonde (plus de \(XMLReader.maximumDepth) niveaux) : ce fichier n'est pas une facture, vérifiez sa provenance",
                    en: "XML nesting too deep (more than \(XMLReader.maximumDepth) levels): this file is not an invoice, check where it comes from"))
        case .malformed(let diagnostic):
            let line = diagnostic.line.map { String($0) } ?? "?"
            return XMLImportFailure(
                element: nil, line: diagnostic.line,
                reason: LocalizedText(
                    fr: "XML mal formé ligne \(line) (libxml2 : '\(diagnostic.message)') : corrigez le fichier ou demandez un nouvel export",
                    en: "malformed XML at line \(line) (libxml2: '\(diagnostic.message)'): fix the file or request a new export"))
        case .entityDeclaration(let line):
            return XMLImportFailure(
                element: "DOCTYPE", line: line,
                reason: LocalizedText(
                    fr: "déclaration d'entité dans le DOCTYPE refusée : les entités XML peuvent lire des fichiers locaux ou saturer la mémoire, supprimez le DOCTYPE",
                    en: "entity declaration in the DOCTYPE rejected: XML entities can read local files or exhaust memory, remove the DOCTYPE"))
        case .entityReference(let name, let line):
            return XMLImportFailure(
                element: nil, line: line,
                reason: LocalizedText(
                    fr: "référence d'entité '&\(name);' refusée : remplacez-la par le texte voulu",
                    en: "entity reference '&\(name);' rejected: replace it with the intended text"))
        case .unreadable:
            return XMLImportFailure(
                element: nil, line: nil,
                reason: LocalizedText(
                    fr: "XML illisible : le fichier est vide ou son encodage n'est pas reconnu",
                    en: "unreadable XML: the file is empty or its encoding is not recognised"))
        case .noRootElement:
            return XMLImportFailure(
                element: nil, line: nil,
                reason: LocalizedText(
                    fr: "XML sans élément racine : le fichier ne contient pas de facture",
                    en: "XML without a root element: the file holds no invoice"))
        }
    }
}
