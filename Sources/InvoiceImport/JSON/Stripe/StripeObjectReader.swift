import InvoiceModel

/// A value of a Stripe object that cannot be read: its path, its content and what was expected.
struct StripeValueError: Error, Sendable, Hashable {
    enum Expected: Sendable, Hashable {
        case text
        case minorUnits
        case decimal
        case unixSeconds
        /// Whole Unix seconds outside 1970-01-01 to 9999-12-31.
        case unixSecondsInRange
        case currency
        case object
    }

    /// The JSON path of the value, such as `data[3].total`.
    var path: String
    /// The value as written, shortened (see ``JSONValue/excerpt``); `nil` when the member is missing.
    var value: String?
    var expected: Expected
}

/// Reads the members of one JSON object of a Stripe export, naming each member by its JSON path.
///
/// A member that is missing or `null` reads as `nil`; a member of the wrong kind throws a
/// ``StripeValueError`` naming its path and value.
struct StripeObjectReader {
    let value: JSONValue
    /// The JSON path of this object from the root of the file; empty for the root object.
    let path: String

    func path(of key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    private func member(_ key: String) -> JSONValue? {
        guard let member = value[key], !member.isNull else { return nil }
        return member
    }

    private func failure(_ key: String, _ expected: StripeValueError.Expected) -> StripeValueError {
        StripeValueError(path: path(of: key), value: value[key]?.excerpt, expected: expected)
    }

    /// Returns a string member, trimmed, or `nil` when missing, `null` or blank.
    func text(_ key: String) throws(StripeValueError) -> String? {
        guard let member = member(key) else { return nil }
        guard let text = member.string else { throw failure(key, .text) }
        let trimmed = text.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Returns an integer member counting minor units as an amount with `exponent` decimals.
    func minorUnits(_ key: String, exponent: Int) throws(StripeValueError) -> Amount? {
        guard let member = member(key) else { return nil }
        guard case .number(let text) = member, let units = Int128(text) else { throw failure(key, .minorUnits) }
        return Amount(units: units, scale: exponent)
    }

    /// Returns a decimal string of minor units (Stripe's `*_decimal` members, such as `"1250.5"`)
    /// as an amount in major units.
    func decimalMinorUnits(_ key: String, exponent: Int) throws(StripeValueError) -> Amount? {
        guard let member = member(key) else { return nil }
        let text: String
        switch member {
        case .string(let string): text = string
        case .number(let number): text = number
        default: throw failure(key, .decimal)
        }
        guard let parsed = Amount(parsing: text), parsed.scale + exponent <= Amount.maximumScale else {
            throw failure(key, .decimal)
        }
        return Amount(units: parsed.units, scale: parsed.scale + exponent)
    }

    /// Returns a plain decimal member, a number or a string such as `20` or `"5.5"` (a percentage).
    func decimal(_ key: String) throws(StripeValueError) -> Amount? {
        guard let member = member(key) else { return nil }
        switch member {
        case .number(let text), .string(let text):
            guard let amount = Amount(parsing: text) else { throw failure(key, .decimal) }
            return amount
        default:
            throw failure(key, .decimal)
        }
    }

    /// Returns a Unix timestamp member as the civil date it falls on in UTC.
    func date(_ key: String) throws(StripeValueError) -> CivilDate? {
        guard let member = member(key) else { return nil }
        guard case .number(let text) = member, let seconds = Int(text) else { throw failure(key, .unixSeconds) }
        guard (0...253_402_300_799).contains(seconds) else { throw failure(key, .unixSecondsInRange) }
        return CivilDate(dayNumber: seconds / 86_400)
    }

    /// Returns the currency in upper case, or throws when it is missing or not three letters.
    func currency() throws(StripeValueError) -> String {
        guard let code = try? text("currency"), code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw failure("currency", .currency)
        }
        return code.uppercased()
    }

    /// Returns an object member, or `nil` when it is missing, `null`, or an id string (not expanded).
    func object(_ key: String) throws(StripeValueError) -> StripeObjectReader? {
        guard let member = member(key) else { return nil }
        switch member {
        case .object: return StripeObjectReader(value: member, path: path(of: key))
        case .string: return nil
        default: throw failure(key, .object)
        }
    }

    /// Returns the objects of an array member; elements that are not objects (ids) are left out.
    func objects(_ key: String) -> [StripeObjectReader] {
        guard let elements = member(key)?.array else { return [] }
        return elements.enumerated().compactMap { index, element in
            guard case .object = element else { return nil }
            return StripeObjectReader(value: element, path: "\(path(of: key))[\(index)]")
        }
    }
}
