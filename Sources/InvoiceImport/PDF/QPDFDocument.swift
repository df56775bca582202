import CFAQPDF

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One object handle of a ``QPDFDocument``; meaningful only with the document that returned it.
struct PDFObject: Hashable {
    fileprivate let handle: qpdf_oh
}

/// The error libqpdf gave when it could not open a PDF or read one of its objects.
struct QPDFFailure: Error {
    enum Kind {
        /// The file is encrypted and needs a password we do not have.
        case password
        /// Anything else: a damaged file, an unsupported feature, an object of the wrong type.
        case damaged
    }

    let kind: Kind
    /// libqpdf's own text, kept for the user to quote in a report to the producer.
    let message: String
}

/// A PDF opened read-only with libqpdf's C API; every raw `qpdf_*` call of the project is here.
///
/// The class owns the `qpdf_data` handle and a private copy of the bytes (libqpdf reads from
/// them for as long as the handle lives) and frees both in `deinit`. Warnings are kept by
/// libqpdf instead of going to standard error, and errors are checked after every call that can
/// raise one (`qpdf_silence_errors` stops libqpdf from printing them). Not Sendable: a handle is
/// used by one task only.
final class QPDFDocument {
    private var data: qpdf_data?
    private let buffer: UnsafeMutableBufferPointer<CChar>
    private let description: String

    /// Opens `bytes` with an empty password; `description` names the file in libqpdf's messages.
    init(bytes: [UInt8], description: String) throws(QPDFFailure) {
        self.description = description
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes.lazy.map { CChar(bitPattern: $0) })
        data = qpdf_init()
        qpdf_silence_errors(data)
        qpdf_set_suppress_warnings(data, QPDF_TRUE)
        let code = qpdf_read_memory(data, description, buffer.baseAddress, UInt64(bytes.count), "")
        if code & QPDF_ERRORS != 0 || qpdf_has_error(data) != QPDF_FALSE {
            throw takeError() ?? QPDFFailure(kind: .damaged, message: "qpdf_read_memory failed")
        }
    }

    deinit {
        qpdf_cleanup(&data)
        buffer.deallocate()
    }

    /// Whether the file carries an `/Encrypt` dictionary, even one that opens with no password.
    var isEncrypted: Bool { qpdf_is_encrypted(data) != QPDF_FALSE }

    /// Returns the document catalog (`/Root` of the trailer).
    func root() throws(QPDFFailure) -> PDFObject {
        let handle = qpdf_get_root(data)
        try check()
        return PDFObject(handle: handle)
    }

    /// Returns the value under `key` (written without the slash) of a dictionary or of a stream's
    /// dictionary, with references resolved. Returns nil for other objects and absent or null keys.
    func value(_ object: PDFObject, _ key: String) throws(QPDFFailure) -> PDFObject? {
        var dictionary = object.handle
        if qpdf_oh_is_stream(data, object.handle) != QPDF_FALSE {
            dictionary = qpdf_oh_get_dict(data, object.handle)
        } else if qpdf_oh_is_dictionary(data, object.handle) == QPDF_FALSE {
            return nil
        }
        let slashed = "/" + key
        guard qpdf_oh_has_key(data, dictionary, slashed) != QPDF_FALSE else { return nil }
        let handle = qpdf_oh_get_key(data, dictionary, slashed)
        try check()
        return qpdf_oh_is_null(data, handle) != QPDF_FALSE ? nil : PDFObject(handle: handle)
    }

    /// Returns the items of an array, or nil when the object is not an array.
    func arrayItems(_ object: PDFObject) throws(QPDFFailure) -> [PDFObject]? {
        guard qpdf_oh_is_array(data, object.handle) != QPDF_FALSE else { return nil }
        let count = qpdf_oh_get_array_n_items(data, object.handle)
        var items: [PDFObject] = []
        items.reserveCapacity(Int(max(count, 0)))
        for index in 0..<max(count, 0) {
            items.append(PDFObject(handle: qpdf_oh_get_array_item(data, object.handle, index)))
            try check()
        }
        return items
    }

    func isDictionary(_ object: PDFObject) -> Bool { qpdf_oh_is_dictionary(data, object.handle) != QPDF_FALSE }

    func isStream(_ object: PDFObject) -> Bool { qpdf_oh_is_stream(data, object.handle) != QPDF_FALSE }

    /// Returns a name's value without its slash, or nil when the object is not a name.
    func name(_ object: PDFObject) -> String? {
        guard qpdf_oh_is_name(data, object.handle) != QPDF_FALSE, let raw = qpdf_oh_get_name(data, object.handle)
        else { return nil }
        let text = String(cString: raw)
        return text.hasPrefix("/") ? String(text.dropFirst()) : text
    }

    /// Returns a string's text decoded to UTF-8 (from PDFDocEncoding or UTF-16 with a byte-order
    /// mark), or nil when the object is not a string.
    func text(_ object: PDFObject) -> String? {
        guard qpdf_oh_is_string(data, object.handle) != QPDF_FALSE else { return nil }
        var length = 0
        guard let raw = qpdf_oh_get_binary_utf8_value(data, object.handle, &length) else { return nil }
        return raw.withMemoryRebound(to: UInt8.self, capacity: length) { pointer in
            String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
    }

    /// Returns the object number and generation of an indirect object, or nil for a direct one.
    /// Tree walks use it to visit each node once even when the file links nodes in a cycle.
    func identity(_ object: PDFObject) -> PDFObjectIdentity? {
        guard qpdf_oh_is_indirect(data, object.handle) != QPDF_FALSE else { return nil }
        return PDFObjectIdentity(
            number: qpdf_oh_get_object_id(data, object.handle), generation: qpdf_oh_get_generation(data, object.handle))
    }

    /// Returns a stream's data with its general-purpose filters (Flate, LZW, ASCII85, ASCIIHex,
    /// RunLength) undone, or nil when libqpdf cannot undo one of its filters.
    func decodedStreamData(_ stream: PDFObject) throws(QPDFFailure) -> [UInt8]? {
        var filtered: QPDF_BOOL = QPDF_FALSE
        var pointer: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = qpdf_oh_get_stream_data(data, stream.handle, qpdf_dl_generalized, &filtered, &pointer, &length)
        defer { free(pointer) }
        if code & QPDF_ERRORS != 0 || qpdf_has_error(data) != QPDF_FALSE {
            throw takeError() ?? QPDFFailure(kind: .damaged, message: "qpdf_oh_get_stream_data failed")
        }
        guard filtered != QPDF_FALSE else { return nil }
        guard let pointer else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: length))
    }

    /// Returns a stream's bytes as stored in the file, with no filter undone, so that their
    /// decoded size can be measured before libqpdf decodes them whole.
    func rawStreamData(_ stream: PDFObject) throws(QPDFFailure) -> [UInt8] {
        var pointer: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = qpdf_oh_get_stream_data(data, stream.handle, qpdf_dl_none, nil, &pointer, &length)
        defer { free(pointer) }
        if code & QPDF_ERRORS != 0 || qpdf_has_error(data) != QPDF_FALSE {
            throw takeError() ?? QPDFFailure(kind: .damaged, message: "qpdf_oh_get_stream_data failed")
        }
        guard let pointer else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: length))
    }

    /// Returns the names of a stream's `/Filter` entry without their slash, in decoding order:
    /// empty when it has none, one name for a single filter, several for an array.
    func filterNames(_ stream: PDFObject) throws(QPDFFailure) -> [String] {
        guard let filter = try value(stream, "Filter") else { return [] }
        if let items = try arrayItems(filter) { return items.map { name($0) ?? "?" } }
        return [name(filter) ?? "?"]
    }

    /// Returns the warnings libqpdf collected since the last call, for example about a repaired
    /// cross-reference table.
    func takeWarnings() -> [String] {
        var warnings: [String] = []
        while qpdf_more_warnings(data) != QPDF_FALSE {
            guard let warning = qpdf_next_warning(data), let text = qpdf_get_error_full_text(data, warning) else { break }
            warnings.append(withoutFileName(String(cString: text)))
        }
        return warnings
    }

    private func check() throws(QPDFFailure) {
        if qpdf_has_error(data) != QPDF_FALSE, let failure = takeError() { throw failure }
    }

    /// libqpdf starts its texts with the file's description, which our locations already give.
    private func withoutFileName(_ text: String) -> String {
        guard text.hasPrefix(description) else { return text }
        let rest = text.dropFirst(description.count)
        if rest.hasPrefix(": ") { return String(rest.dropFirst(2)) }
        if rest.hasPrefix(" (") { return String(rest.dropFirst()) }
        return text
    }

    private func takeError() -> QPDFFailure? {
        guard let error = qpdf_get_error(data) else { return nil }
        let message = withoutFileName(qpdf_get_error_full_text(data, error).map { String(cString: $0) } ?? "")
        let kind: QPDFFailure.Kind = qpdf_get_error_code(data, error) == qpdf_e_password ? .password : .damaged
        return QPDFFailure(kind: kind, message: message)
    }
}

@available(*, unavailable)
extension QPDFDocument: Sendable {}

/// An indirect object's number and generation.
struct PDFObjectIdentity: Hashable {
    let number: Int32
    let generation: Int32
}
