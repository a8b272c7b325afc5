/// An area of England: the country, a region, a council or a district.
public struct Area: Hashable, Sendable, Codable {
    /// The ONS code.
    public var code: AreaCode
    /// The ONS name, such as `Bristol, City of`.
    public var name: String
    /// Which tier the area is on.
    public var level: AreaLevel
    /// The area this one belongs to (a district's council, a council's region,
    /// a region's country), or nil for England.
    public var parent: AreaReference?
    /// The postcode-weighted centre from the reference data, where known. It is a
    /// mean of postcode locations, so for an irregular area it can fall outside it.
    public var centroid: GridReference?

    /// An area from its parts.
    public init(
        code: AreaCode, name: String, level: AreaLevel, parent: AreaReference? = nil,
        centroid: GridReference? = nil
    ) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
        self.centroid = centroid
    }

    /// The area's code, name and level.
    public var reference: AreaReference {
        AreaReference(code: code, name: name, level: level)
    }
}
