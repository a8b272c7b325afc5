extension JSONValue {
    /// The deepest nesting `parse` accepts; real credentials use five levels.
    public static let maximumDepth = 64

    /// Parses strict JSON: one value, RFC 8259 grammar, valid UTF-8, no duplicate keys, no lone surrogates.
    /// The caller limits the size of the input.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: Array(bytes))
        return try parser.parseDocument()
    }

    /// Parses strict JSON text.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// A recursive-descent parser over bytes. Recursion is bounded by `JSONValue.maximumDepth`, so hostile
/// input cannot exhaust the stack.
struct JSONParser {
    let bytes: [UInt8]
    var offset = 0
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        guard offset == bytes.count else { throw .trailingContent(offset: offset) }
        return value
    }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard offset < bytes.count else { throw .unexpectedEnd }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw .unexpectedByte(offset: offset)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw .unexpectedEnd }
        for index in 0..<count where bytes[offset + index] != literal.utf8Start[index] {
            throw .unexpectedByte(offset: offset + index)
        }
        offset += count
    }

    mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        guard depth <= JSONValue.maximumDepth else { throw .tooDeep(limit: JSONValue.maximumDepth) }
        offset += 1
    }

    mutating func parseObject() throws(JSONParseError) -> JSONObject {
        try enterContainer()
        defer { depth -= 1 }
        var object = JSONObject()
        var seen = Set<String>()
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return object
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count else { throw .unexpectedEnd }
            guard bytes[offset] == UInt8(ascii: "\"") else { throw .unexpectedByte(offset: offset) }
            let key = try parseString()
            guard seen.insert(key).inserted else { throw .duplicateKey(key) }
            skipWhitespace()
            try expectByte(UInt8(ascii: ":"))
            object.appendNew(key: key, value: try parseValue())
            skipWhitespace()
            guard offset < bytes.count else { throw .unexpectedEnd }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return object
            }
            try expectByte(UInt8(ascii: ","))
        }
    }

    mutating func parseArray() throws(JSONParseError) -> [JSONValue] {
        try enterContainer()
        defer { depth -= 1 }
        var elements: [JSONValue] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return elements
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else { throw .unexpectedEnd }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return elements
            }
            try expectByte(UInt8(ascii: ","))
        }
    }

    mutating func expectByte(_ byte: UInt8) throws(JSONParseError) {
        guard offset < bytes.count else { throw .unexpectedEnd }
        guard bytes[offset] == byte else { throw .unexpectedByte(offset: offset) }
        offset += 1
    }

    mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count else { throw .unexpectedEnd }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
        } else {
            guard try skipDigits() > 0 else { throw .invalidNumber(offset: start) }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard try skipDigits() > 0 else { throw .invalidNumber(offset: start) }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard try skipDigits() > 0 else { throw .invalidNumber(offset: start) }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw .invalidNumber(offset: start) }
        return value
    }

    mutating func skipDigits() throws(JSONParseError) -> Int {
        let start = offset
        while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
            offset += 1
        }
        return offset - start
    }
}
