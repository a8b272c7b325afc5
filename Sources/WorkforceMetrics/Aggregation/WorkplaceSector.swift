/// The sector of a workplace, from its ASC-WDS employer type (`ESTTYPE`, `establishment-types.csv`),
/// as workforce-metrics.md 1 groups them.
public enum WorkplaceSector: String, Sendable, Hashable, Codable, CaseIterable {
    /// Council adult services: `ESTTYPE` 1 and 3.
    case localAuthority = "local-authority"
    /// Private and voluntary providers: `ESTTYPE` 6 and 7.
    case independent
    /// `ESTTYPE` 8 "Other", or no answer.
    case other

    /// The sector of an employer-type code; unknown codes are ``other``.
    public init(employerType: Int?) {
        switch employerType {
        case 1, 3: self = .localAuthority
        case 6, 7: self = .independent
        default: self = .other
        }
    }

    /// A label for tables and filters.
    public var displayName: String {
        switch self {
        case .localAuthority: "Local authority"
        case .independent: "Independent"
        case .other: "Other"
        }
    }
}
