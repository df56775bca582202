import FoundationEssentials

/// Finds a key written twice in one JSON object, or a trailing comma. `JSONDecoder` accepts a
/// repeated key silently and keeps the first value, so a person reading the file cannot tell
/// which value applies.
///
/// The scan runs on JSON that already decoded, so it only follows strings, objects and arrays.
/// Keys are compared as written: `"a"` and `"\u0061"` count as two keys.
enum JSONDuplicateKeys {
    /// Returns the key path of the object and the repeated key, or `nil` when every key is unique.
    static func first(in data: Data) -> (path: String, key: String)? {
        struct Container {
            let isObject: Bool
            let path: String
            var keys: Set<String> = []
            var expectsKey: Bool
            var lastKey = ""
            /// The position of the current element in an array.
            var element = 0
        }
        let bytes = [UInt8](data)
        var stack: [Container] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                    end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                if let top = stack.last, top.isObject, top.expectsKey {
                    let key = String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self)
                    if top.keys.contains(key) { return (top.path, key) }
                    stack[stack.count - 1].keys.insert(key)
                    stack[stack.count - 1].expectsKey = false
                    stack[stack.count - 1].lastKey = key
                }
                index = end
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var path = ""
                if let top = stack.last {
                    if !top.isObject {
                        path = "\(top.path)[\(top.element)]"
                    } else {
                        path = top.path.isEmpty ? top.lastKey : "\(top.path).\(top.lastKey)"
                    }
                }
                stack.append(Container(isObject: byte == UInt8(ascii: "{"), path: path, expectsKey: byte == UInt8(ascii: "{")))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                stack.removeLast()
            case UInt8(ascii: ","):
                if stack.last?.isObject == true {
                    stack[stack.count - 1].expectsKey = true
                } else if !stack.isEmpty {
                    stack[stack.count - 1].element += 1
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// Returns the line of the first comma followed only by spaces before `}` or `]`, which
    /// `JSONDecoder` accepts but JSON and the configuration schema do not, or `nil` without one.
    static func trailingCommaLine(in data: Data) -> Int? {
        let bytes = [UInt8](data)
        var line = 1
        var commaLine: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                commaLine = nil
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: ","):
                commaLine = line
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let commaLine { return commaLine }
            case 0x0A:
                line += 1
            case 0x20, 0x09, 0x0D:
                break
            default:
                commaLine = nil
            }
            index += 1
        }
        return nil
    }
}
