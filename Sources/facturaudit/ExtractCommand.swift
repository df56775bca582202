import FoundationEssentials
import InvoiceImport
import InvoiceModel

/// `facturaudit extract FILE.pdf [-o FILE]`: writes the invoice XML embedded in a Factur-X or
/// ZUGFeRD PDF, byte for byte, to standard output or atomically to a file.
enum ExtractCommand {
    /// Every option spelling ``run(_:language:)`` accepts; `facturaudit help extract` documents each.
    static let optionNames = ["--output", "-o", "--lang", "--max-file-size"]

    static func run(_ arguments: [String], language: Language) throws -> ExitStatus {
        var scanner = ArgumentScanner(arguments)
        var output: String?
        var options = ImportOptions()
        while let option = try scanner.nextOption(accepting: optionNames, command: "extract") {
            switch option.name {
            case "--output", "-o": output = try scanner.outputPath(for: option)
            case "--lang": _ = try scanner.choice(Language.self, for: option)
            case "--max-file-size": options.maximumFileSize = try scanner.positiveInteger(.bytes, for: option)
            default: throw ArgumentScanner.unknownOption(option.name, command: "extract")
            }
        }
        try OutputWriter.check(output)
        guard let path = scanner.operands.first else {
            throw UsageError(message: LocalizedText(fr: "aucun PDF à lire", en: "no PDF to read"))
        }
        if let extra = scanner.operands.dropFirst().first {
            throw UsageError(
                message: LocalizedText(
                    fr: "argument inattendu '\(extra)' : extract lit un seul PDF",
                    en: "unexpected argument '\(extra)': extract reads one PDF"))
        }
        if let output, case .file(let target) = FileStatus(path: output), case .file(let source) = FileStatus(path: path),
            source == target
        {
            throw UsageError(
                message: LocalizedText(
                    fr: "--output '\(output)' est aussi le PDF lu par extract : choisissez un autre fichier pour le XML, sinon la facture PDF serait remplacée",
                    en: "--output '\(output)' is also the PDF read by extract: choose another file for the XML, or the PDF invoice would be replaced"))
        }
        let bytes = try read(path, options: options)
        guard FormatDetector.detect(bytes) == .pdf else {
            throw failure(path, LocalizedText(
                fr: "ce fichier n'est pas un PDF (il ne commence pas par %PDF-) : extract lit les factures Factur-X et ZUGFeRD en PDF",
                en: "this file is not a PDF (it does not start with %PDF-): extract reads Factur-X and ZUGFeRD PDF invoices"))
        }
        let invoice: EmbeddedInvoice
        do {
            invoice = try PDFInvoiceExtractor.extract(bytes, file: path, options: options)
        } catch {
            throw failure(path, error.reason)
        }
        // The person extracting is the one who must choose between two invoices or fix the PDF.
        for warning in invoice.warnings {
            let text = warning.text(language)
            Console.writeError(
                language == .fr
                    ? "facturaudit : '\(path)' : avertissement : \(text)\n"
                    : "facturaudit: '\(path)': warning: \(text)\n")
        }
        if let output {
            try OutputWriter.write(bytes: invoice.bytes, to: output)
        } else {
            Console.writeOutput(bytes: invoice.bytes)
        }
        return .success
    }

    private static func read(_ path: String, options: ImportOptions) throws(ToolFailure) -> [UInt8] {
        guard case .file = FileStatus(path: path) else {
            throw failure(path, LocalizedText(
                fr: "fichier introuvable : vérifiez l'orthographe et le dossier courant",
                en: "file not found: check the spelling and the current directory"))
        }
        switch DocumentImporter.readFile(pathBytes: PathBytes.bytes(of: path), options: options) {
        case .success(let bytes): return bytes
        case .failure(let read): throw failure(path, read.reason)
        }
    }

    private static func failure(_ path: String, _ reason: LocalizedText) -> ToolFailure {
        ToolFailure(message: LocalizedText(fr: "'\(path)' : " + reason.fr, en: "'\(path)': " + reason.en))
    }
}
