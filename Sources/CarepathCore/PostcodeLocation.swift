/// Where a postcode, postcode sector or outcode lies, and which areas it belongs to.
public struct PostcodeLocation: Hashable, Sendable, Codable {
    /// How exactly the place is known.
    public enum Precision: String, Hashable, Sendable, Codable {
        /// A full postcode: its own grid reference and district.
        case postcode
        /// A postcode sector: the mean position of its postcodes and its majority district.
        case sector
        /// An outcode: the mean position of its postcodes and its majority district.
        case outcode
    }

    /// The normalised key that matched: `NR1 3JU`, `NR1 3` or `NR1`.
    public var key: String
    public var precision: Precision
    public var district: AreaReference
    public var cassr: AreaReference
    public var region: AreaReference
    /// The grid reference of the postcode, or the mean of a sector's or outcode's postcodes.
    public var location: GridReference
    /// For a sector or outcode, the radius in metres that holds all of its postcodes.
    public var radiusMetres: Int?
    /// For a sector or outcode, how many England postcodes it holds.
    public var postcodeCount: Int?

    public init(
        key: String,
        precision: Precision,
        district: AreaReference,
        cassr: AreaReference,
        region: AreaReference,
        location: GridReference,
        radiusMetres: Int? = nil,
        postcodeCount: Int? = nil
    ) {
        self.key = key
        self.precision = precision
        self.district = district
        self.cassr = cassr
        self.region = region
        self.location = location
        self.radiusMetres = radiusMetres
        self.postcodeCount = postcodeCount
    }
}

/// The answer to a postcode lookup: a place, or "not found" with the nearest coarser match.
public enum PostcodeLookupOutcome: Hashable, Sendable {
    case found(PostcodeLocation)
    /// Nothing matched `query`; `suggestion` is its sector, or failing that its outcode, when known.
    case notFound(query: PostcodeQuery, suggestion: PostcodeLocation?)
}

/// The order in which a lookup falls back to coarser keys, so every caller suggests the same thing.
public enum PostcodeLookupPlan {
    /// The coarser queries worth suggesting when `query` is not found, finest first.
    public static func fallbacks(for query: PostcodeQuery) -> [PostcodeQuery] {
        switch query {
        case .postcode(let postcode): return [.sector(postcode.sector), .outcode(postcode.outcode)]
        case .sector(let sector): return [.outcode(sector.outcode)]
        case .outcode: return []
        }
    }
}
