/// What a KPI's value is measured in.
public enum KPIUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// A ratio from 0 to 1 (turnover can exceed 1); shown as a percentage.
    case rate
    case days
    case years
    case poundsPerHour = "pounds-per-hour"
    case poundsPerYear = "pounds-per-year"
}
