/// The four job-role groups Carepath reports and plans by, after Skills for Care's
/// "direct care / managerial / regulated professions / other" grouping.
///
/// Skills for Care does not publish its exact code-to-group table, so this mapping of the
/// ASC-WDS `MAINJOBROLE` codes (`ascwds-codes/job-roles.csv`) is Carepath's own.
public enum JobRoleGroup: String, Sendable, Codable, CaseIterable, Hashable {
    case directCare = "direct-care"
    case managerial = "managerial"
    case regulatedProfession = "regulated-profession"
    case other = "other"

    /// The group of an ASC-WDS job-role code; codes the group table does not list are "other".
    public init(jobRole: Int) {
        self = Self.groupOfJobRole[jobRole] ?? .other
    }

    /// A plural noun phrase for headings and labels.
    public var displayName: String {
        switch self {
        case .directCare: "Direct care roles"
        case .managerial: "Managerial and supervisory roles"
        case .regulatedProfession: "Regulated professions"
        case .other: "Other roles"
        }
    }

    private static let groupOfJobRole: [Int: JobRoleGroup] = {
        var groups: [Int: JobRoleGroup] = [:]
        for code in [7, 8, 9, 10, 11, 23, 34, 36, 38, 40, 52] { groups[code] = .directCare }
        for code in [1, 2, 3, 4, 5, 24, 43, 44, 45, 47, 49, 50] { groups[code] = .managerial }
        for code in [6, 15, 16, 17, 37] { groups[code] = .regulatedProfession }
        return groups
    }()
}
