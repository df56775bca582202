import CFALibXML2
import InvoiceModel

/// One message libxml2 reported while parsing.
struct XMLDiagnostic: Sendable, Hashable {
    /// The 1-based line libxml2 attached to the message, when it gave one.
    var line: Int?
    /// libxml2's English message, without its trailing line break.
    var message: String
    /// True for errors and fatal errors, false for warnings.
    var isError: Bool
}

/// The collector behind an ``XMLReader``'s structured error handler.
final class XMLDiagnosticSink {
    private(set) var entries: [XMLDiagnostic] = []

    /// Only the first messages are kept: a broken file can produce one per byte.
    private static let maximumEntries = 20

    var firstError: XMLDiagnostic? { entries.first { $0.isError } }

    func record(_ error: xmlError) {
        let isError = error.level.rawValue >= XML_ERR_ERROR.rawValue
        // Past the cap, only a first error is still kept, because it is the one reported.
        guard entries.count < XMLDiagnosticSink.maximumEntries || (isError && firstError == nil) else { return }
        let message = error.message.map { String(cString: $0) } ?? "unknown parse error"
        entries.append(
            XMLDiagnostic(line: error.line > 0 ? Int(error.line) : nil, message: message.trimmingSpaces, isError: isError))
    }
}
