/// A JSON object whose members keep their order. Keys are unique: the parser rejects duplicates (a
/// second `alg` or `issuer` is a classic way to make two verifiers disagree).
public struct JSONObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// One member: its key and value.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public let key: String
        /// The member's value.
        public var value: JSONValue
    }

    /// The members in order.
    public private(set) var members: [Member]

    /// An object with these members in this order; a repeated key keeps its first position and last value.
    public init(members: some Sequence<(String, JSONValue)>) {
        self.members = []
        for (key, value) in members {
            self[key] = value
        }
    }

    /// An empty object.
    public init() {
        members = []
    }

    /// An object with the literal's members in order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(members: elements)
    }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// How many members the object has.
    public var count: Int { members.count }

    /// The value for `key`. Setting a new key appends it; setting nil removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            // Objects in credentials have a dozen members at most, so a scan beats hashing.
            members.first { $0.key == key }?.value
        }
        set {
            let index = members.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil): members.remove(at: index)
            case (nil, let value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Appends a member the caller knows to be new, without the scan `subscript` does.
    mutating func appendNew(key: String, value: JSONValue) {
        members.append(Member(key: key, value: value))
    }
}
