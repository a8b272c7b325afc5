/// Enough about an area to name it and link to it.
public struct AreaReference: Hashable, Sendable, Codable {
    /// The ONS code.
    public var code: AreaCode
    /// The ONS name, such as `Bristol, City of`.
    public var name: String
    /// Which tier the area is on.
    public var level: AreaLevel

    /// A reference from its parts.
    public init(code: AreaCode, name: String, level: AreaLevel) {
        self.code = code
        self.name = name
        self.level = level
    }
}
