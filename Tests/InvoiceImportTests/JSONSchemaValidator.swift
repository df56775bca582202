import Foundation

/// A small JSON Schema checker for the keywords `schemas/canonical-document.schema.json` uses:
/// `$ref` into `$defs`, `type`, `properties`, `required`, `additionalProperties: false`, `items`,
/// `pattern`, `enum`, `const` and `minimum`. It lists every violation with its JSON path.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(schemaAt path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    func violations(of data: Data) throws -> [String] {
        var found: [String] = []
        check(try JSONSerialization.jsonObject(with: data), against: root, path: "$", into: &found)
        return found
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/") else { return schema }
        let definitions = root["$defs"] as? [String: Any] ?? [:]
        return definitions[String(reference.dropFirst("#/$defs/".count))] as? [String: Any] ?? [:]
    }

    private func check(_ value: Any, against unresolved: [String: Any], path: String, into found: inout [String]) {
        let schema = resolve(unresolved)
        if let allowed = schema["enum"] as? [String], !allowed.contains(value as? String ?? "\u{0}") {
            found.append("\(path): '\(value)' not in enum")
        }
        if let constant = schema["const"] as? Int, (value as? Int) != constant {
            found.append("\(path): expected \(constant)")
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else {
                found.append("\(path): expected an object")
                return
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing required '\(key)'")
            }
            for (key, member) in object {
                guard let propertySchema = properties[key] as? [String: Any] else {
                    if (schema["additionalProperties"] as? Bool) == false { found.append("\(path): undeclared key '\(key)'") }
                    continue
                }
                check(member, against: propertySchema, path: "\(path).\(key)", into: &found)
            }
        case "array":
            guard let array = value as? [Any] else {
                found.append("\(path): expected an array")
                return
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, element) in array.enumerated() { check(element, against: items, path: "\(path)[\(index)]", into: &found) }
            }
        case "string":
            guard let text = value as? String else {
                found.append("\(path): expected a string")
                return
            }
            if let pattern = schema["pattern"] as? String,
                text.range(of: pattern, options: .regularExpression) == nil
            {
                found.append("\(path): '\(text)' does not match \(pattern)")
            }
        case "integer", "boolean":
            guard let number = value as? NSNumber else {
                found.append("\(path): expected a number")
                return
            }
            if let minimum = schema["minimum"] as? Int, number.intValue < minimum {
                found.append("\(path): \(number) below \(minimum)")
            }
        default:
            break
        }
    }
}
