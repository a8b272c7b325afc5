import CarepathCore

/// One parameter shown beside a projection: its value and where it came from
/// (workforce-planning.md 2.3: "every parameter records its value and origin").
public struct Assumption: Sendable, Hashable, Codable {
    /// Where a value came from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// Measured from the returns Carepath holds for the area.
        case localData = "local-data"
        /// A published default, for want of enough local data.
        case `default`
        /// Entered by the planner as a scenario lever.
        case userEntry = "user-entry"

        /// How the origin reads in a table.
        public var label: String {
            switch self {
            case .localData: "Carepath returns"
            case .default: "Default"
            case .userEntry: "Scenario lever"
            }
        }
    }

    /// How the value is shown.
    public enum Unit: String, Sendable, Hashable, Codable {
        case rate, count, pounds, multiplier, text
    }

    /// A stable key, as in the JSON API.
    public var key: String
    public var label: String
    public var value: Double?
    /// The value in words, for drivers and age profiles that are not one number.
    public var text: String?
    public var unit: Unit
    public var origin: Origin
    /// The evidence: a source or the local sample the value rests on.
    public var source: String

    public init(
        key: String, label: String, value: Double?, text: String? = nil, unit: Unit, origin: Origin, source: String
    ) {
        self.key = key
        self.label = label
        self.value = value
        self.text = text
        self.unit = unit
        self.origin = origin
        self.source = source
    }

    /// The value for display: "28.3%", "1,234", "£4,000", "× 0.77".
    public var formattedValue: String {
        if let text { return text }
        guard let value else { return "Not available" }
        switch unit {
        case .rate: return NumberText.percent(value)
        case .count: return NumberText.count(value)
        case .pounds: return NumberText.pounds(value)
        case .multiplier: return "× " + NumberText.decimal(value, places: 3)
        case .text: return NumberText.decimal(value, places: 2)
        }
    }
}
