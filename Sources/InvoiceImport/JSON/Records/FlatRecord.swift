/// One JSON object with its nested objects flattened into dotted keys (`amounts.total_incl_tax`,
/// `CustomerRef.name`), so its keys can be matched like the headers of a CSV export.
///
/// Arrays of objects are kept apart by key, for lines and VAT amounts. An Odoo relation written
/// as `[id, "display name"]` becomes its display name. Arrays of texts and numbers are kept as
/// lists, read only where a field takes several values (the invoices a credit note cites).
/// Other arrays are left out.
struct FlatRecord: Sendable {
    /// How many objects deep keys are flattened; deeper members are left out.
    static let maximumDepth = 4

    /// Scalar members by dotted key.
    private(set) var values: [String: JSONValue] = [:]
    /// Arrays of objects by dotted key.
    private(set) var arrays: [String: [JSONValue]] = [:]
    /// Arrays of texts and numbers by dotted key, each element as written (`null` left out).
    private(set) var lists: [String: [String]] = [:]
    /// Objects and arrays by dotted key, so that a key read as a value elsewhere in the file can
    /// be reported when one record gives it a structure instead.
    private(set) var structures: [String: JSONValue] = [:]

    init(_ object: JSONValue) {
        add(object, prefix: "", depth: 0)
    }

    private mutating func add(_ value: JSONValue, prefix: String, depth: Int) {
        guard case .object(let members) = value else { return }
        for (key, member) in members {
            let name = prefix + key
            switch member {
            case .object:
                structures[name] = member
                if depth + 1 < Self.maximumDepth { add(member, prefix: name + ".", depth: depth + 1) }
            case .array(let elements):
                if let display = Self.relationName(elements) {
                    values[name] = .string(display)
                } else {
                    structures[name] = member
                    if !elements.isEmpty, elements.allSatisfy({ if case .object = $0 { true } else { false } }) {
                        arrays[name] = elements
                    } else if let list = Self.scalarList(elements) {
                        lists[name] = list
                    }
                }
            default:
                values[name] = member
            }
        }
    }

    /// Returns the texts and numbers of `elements`, `null` left out, or `nil` when one element is
    /// something else (an object, an array, a boolean).
    private static func scalarList(_ elements: [JSONValue]) -> [String]? {
        var list: [String] = []
        for element in elements {
            switch element {
            case .string(let text): list.append(text)
            case .number(let text): list.append(text)
            case .null: continue
            default: return nil
            }
        }
        return list
    }

    /// Returns the display name of an Odoo many-to-one value `[id, "name"]`.
    private static func relationName(_ elements: [JSONValue]) -> String? {
        guard elements.count == 2, case .number = elements[0], case .string(let name) = elements[1] else { return nil }
        return name
    }

    /// Returns the member `key`, or `nil` when it is missing, `null` or `false` (Odoo writes
    /// `false` for an empty field).
    func value(_ key: String) -> JSONValue? {
        guard let value = values[key] else { return nil }
        switch value {
        case .null, .bool(false): return nil
        default: return value
        }
    }

    /// The keys of scalar members, sorted.
    var keys: [String] { values.keys.sorted() }
}
