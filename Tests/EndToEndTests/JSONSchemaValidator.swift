import Foundation

/// A JSON Schema (draft-07) validator for the keywords the SARIF 2.1.0 schema uses: `$ref` to
/// local definitions, `type`, `enum`, `properties`, `required`, `additionalProperties`, `items`,
/// `minItems`, `uniqueItems`, `minimum`, `maximum`, `pattern`, `anyOf` and `oneOf`. Other
/// keywords (`format`, `default`, `description`) are ignored, as draft-07 allows for `format`.
struct JSONSchemaValidator {
    let root: Any

    /// Returns every violation as `pointer: reason`, or nothing when the instance is valid.
    func validate(_ instance: Any) -> [String] {
        var problems: [String] = []
        check(instance, against: root, at: "", into: &problems)
        return problems
    }

    private func resolve(_ reference: String) -> Any? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any? = root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)]
        }
        return node
    }

    private func check(_ value: Any, against schema: Any, at pointer: String, into problems: inout [String]) {
        guard let schema = schema as? [String: Any] else { return }
        let here = pointer.isEmpty ? "/" : pointer
        if let reference = schema["$ref"] as? String {
            guard let target = resolve(reference) else {
                problems.append("\(here): unresolved $ref '\(reference)'")
                return
            }
            check(value, against: target, at: pointer, into: &problems)
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                problems.append("\(here): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(here): value not in enum")
        }
        if let object = value as? [String: Any] {
            checkObject(object, schema: schema, at: pointer, into: &problems)
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                problems.append("\(here): fewer than \(minimum) items")
            }
            if schema["uniqueItems"] as? Bool == true {
                for (index, item) in array.enumerated() where array[..<index].contains(where: { Self.equal($0, item) }) {
                    problems.append("\(pointer)/\(index): duplicate item")
                }
            }
            if let items = schema["items"] {
                for (index, item) in array.enumerated() { check(item, against: items, at: "\(pointer)/\(index)", into: &problems) }
            }
        }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"].flatMap(Self.number), number < minimum {
                problems.append("\(here): below minimum \(Self.text(minimum))")
            }
            if let maximum = schema["maximum"].flatMap(Self.number), number > maximum {
                problems.append("\(here): above maximum \(Self.text(maximum))")
            }
        }
        if let string = value as? String, let pattern = schema["pattern"] as? String,
            let expression = try? NSRegularExpression(pattern: pattern),
            expression.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil
        {
            problems.append("\(here): does not match pattern \(pattern)")
        }
        if let choices = schema["anyOf"] as? [Any] {
            let valid = choices.contains { choice in
                var scratch: [String] = []
                check(value, against: choice, at: pointer, into: &scratch)
                return scratch.isEmpty
            }
            if !valid { problems.append("\(here): matches no anyOf alternative") }
        }
        if let choices = schema["oneOf"] as? [Any] {
            let matching = choices.filter { choice in
                var scratch: [String] = []
                check(value, against: choice, at: pointer, into: &scratch)
                return scratch.isEmpty
            }.count
            if matching != 1 { problems.append("\(here): matches \(matching) oneOf alternatives instead of 1") }
        }
    }

    private func checkObject(_ object: [String: Any], schema: [String: Any], at pointer: String, into problems: inout [String]) {
        let here = pointer.isEmpty ? "/" : pointer
        for name in (schema["required"] as? [String]) ?? [] where object[name] == nil {
            problems.append("\(here): missing required property '\(name)'")
        }
        let properties = (schema["properties"] as? [String: Any]) ?? [:]
        for (name, member) in object.sorted(by: { $0.key < $1.key }) {
            if let propertySchema = properties[name] {
                check(member, against: propertySchema, at: "\(pointer)/\(name)", into: &problems)
            } else if let additional = schema["additionalProperties"] {
                if additional as? Bool == false {
                    problems.append("\(pointer)/\(name): property not allowed")
                } else if additional is [String: Any] {
                    check(member, against: additional, at: "\(pointer)/\(name)", into: &problems)
                }
            }
        }
    }

    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber, !(value is String) else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func number(_ value: Any) -> Double? {
        guard !isBoolean(value), !(value is String), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "boolean": isBoolean(value)
        case "null": value is NSNull
        case "number": number(value) != nil
        case "integer": number(value).map { $0.rounded() == $0 } ?? false
        default: false
        }
    }

    private static func typeName(_ value: Any) -> String {
        for type in ["object", "array", "string", "boolean", "null", "integer", "number"] where matches(value, type: type) {
            return type
        }
        return "unknown"
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        (try? JSONSerialization.data(withJSONObject: [lhs], options: .sortedKeys))
            == (try? JSONSerialization.data(withJSONObject: [rhs], options: .sortedKeys))
    }

    private static func text(_ number: Double) -> String {
        number.rounded() == number ? String(Int(number)) : String(number)
    }
}
