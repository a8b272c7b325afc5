/// Collects shape problems with JSON-Schema-like type checks. Member names are autoclosures so that a
/// credential with no problems builds no strings (verification is on the hot path).
struct ShapeProblems {
    private(set) var list: [String] = []

    mutating func add(_ problem: String) {
        list.append(problem)
    }

    mutating func requireString(_ value: JSONValue?, _ name: @autoclosure () -> String) {
        if value?.stringValue == nil { add("\(name()) must be a string") }
    }

    mutating func optionalString(_ value: JSONValue?, _ name: @autoclosure () -> String) {
        if let value, value.stringValue == nil { add("\(name()) must be a string") }
    }

    mutating func requireDateTime(_ value: JSONValue?, _ name: @autoclosure () -> String) {
        if value?.stringValue.flatMap(Timestamp.parse) == nil { add("\(name()) must be a date-time with a time zone") }
    }

    mutating func optionalDateTime(_ value: JSONValue?, _ name: @autoclosure () -> String) {
        if value != nil { requireDateTime(value, name()) }
    }

    /// The value must be an object; `body` checks its members.
    mutating func requireObject(
        _ value: JSONValue, _ name: @autoclosure () -> String, _ body: (JSONObject, inout ShapeProblems) -> Void
    ) {
        guard let object = value.objectValue else { return add("\(name()) must be an object") }
        body(object, &self)
    }

    /// If present, the value must be an array; `body` checks each element with its indexed name.
    mutating func optionalArray(
        _ value: JSONValue?, _ name: @autoclosure () -> String, _ body: (JSONValue, String, inout ShapeProblems) -> Void
    ) {
        guard let value else { return }
        guard let elements = value.arrayValue else { return add("\(name()) must be an array") }
        for (index, element) in elements.enumerated() { body(element, "\(name())[\(index)]", &self) }
    }

    /// OB `type`: a non-empty array of strings containing every name in `required`.
    mutating func requireTypes(_ value: JSONValue?, _ name: @autoclosure () -> String, containing required: [String]) {
        guard let strings = typeStrings(value, name()) else { return }
        for type in required where !strings.contains(type) { add("\(name()) must include \(type)") }
    }

    /// OB `type`: a non-empty array of strings containing at least one of `options`.
    mutating func requireTypes(
        _ value: JSONValue?, _ name: @autoclosure () -> String, containingOneOf options: [String]
    ) {
        guard let strings = typeStrings(value, name()) else { return }
        if !options.contains(where: strings.contains) {
            add("\(name()) must include \(options.joined(separator: " or "))")
        }
    }

    /// OB `Image`: `{id, type: "Image", caption?}` and nothing else.
    mutating func optionalImage(_ value: JSONValue?, _ name: @autoclosure () -> String) {
        guard let value else { return }
        requireObject(value, name()) { image, problems in
            problems.requireString(image["id"], "\(name()).id")
            if image["type"]?.stringValue != "Image" { problems.add("\(name()).type must be Image") }
            problems.optionalString(image["caption"], "\(name()).caption")
            if image.keys.contains(where: { !["id", "type", "caption"].contains($0) }) {
                problems.add("\(name()) has unknown members")
            }
        }
    }

    private mutating func typeStrings(_ value: JSONValue?, _ name: @autoclosure () -> String) -> [String]? {
        guard let elements = value?.arrayValue, !elements.isEmpty else {
            add("\(name()) must be a non-empty array")
            return nil
        }
        let strings = elements.compactMap(\.stringValue)
        guard strings.count == elements.count else {
            add("\(name()) must hold only strings")
            return nil
        }
        return strings
    }
}
