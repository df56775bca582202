/// One step of a path into a JSON value: an object member or an array element.
enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)

    /// Writes `components` as the messages do: `invoices[3].customer.name`, `[0].number`.
    static func text(_ components: some Collection<JSONPathComponent>) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
