/// The seven age bands of the supply model (workforce-planning.md 2.1).
public enum AgeBand: Int, Sendable, Codable, CaseIterable, Comparable {
    case from16To24, from25To34, from35To44, from45To54, from55To59, from60To64, from65

    /// The band of a worker aged `age`; under-16s (data errors) fall in the youngest band.
    public init(age: Int) {
        switch age {
        case ..<25: self = .from16To24
        case 25..<35: self = .from25To34
        case 35..<45: self = .from35To44
        case 45..<55: self = .from45To54
        case 55..<60: self = .from55To59
        case 60..<65: self = .from60To64
        default: self = .from65
        }
    }

    /// The band as people write it: "16–24", "65+".
    public var label: String {
        switch self {
        case .from16To24: "16–24"
        case .from25To34: "25–34"
        case .from35To44: "35–44"
        case .from45To54: "45–54"
        case .from55To59: "55–59"
        case .from60To64: "60–64"
        case .from65: "65+"
        }
    }

    /// The band's width in years; `nil` for the open top band.
    public var width: Int? {
        switch self {
        case .from16To24: 9
        case .from25To34, .from35To44, .from45To54: 10
        case .from55To59, .from60To64: 5
        case .from65: nil
        }
    }

    /// δ[b]: the share of the band that ages into the next one each year, 1 / width
    /// (a uniform spread of ages inside the band); 0 for the open top band.
    public var ageingRate: Double {
        width.map { 1 / Double($0) } ?? 0
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.rawValue < rhs.rawValue }
}
