/// The tiers of the England geography used by Carepath, from largest to smallest.
public enum AreaLevel: String, Sendable, Codable, CaseIterable {
    /// England as a whole.
    case country
    /// One of the nine ONS regions (E12).
    case region
    /// A council with adult social services responsibilities: a unitary,
    /// metropolitan district, London borough or county council.
    case cassr
    /// A local authority district (E06, E07, E08 or E09).
    case district

    /// The level's name for headings and labels, in sentence case.
    public var displayName: String {
        switch self {
        case .country: "Country"
        case .region: "Region"
        case .cassr: "Council (adult social services)"
        case .district: "Local authority district"
        }
    }

    /// The plural of ``displayName``, for lists.
    public var pluralName: String {
        switch self {
        case .country: "Countries"
        case .region: "Regions"
        case .cassr: "Councils (adult social services)"
        case .district: "Local authority districts"
        }
    }

    /// The level directly above this one, or nil for a country.
    public var parentLevel: AreaLevel? {
        switch self {
        case .country: nil
        case .region: .country
        case .cassr: .region
        case .district: .cassr
        }
    }
}
