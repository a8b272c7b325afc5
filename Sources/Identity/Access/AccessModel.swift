import Foundation

/// The kinds of organisation a Carepath account can belong to.
public enum OrganisationKind: String, Sendable, CaseIterable, Codable {
    /// A care provider: it owns workplaces and submits returns.
    case provider
    /// A council with adult social services responsibilities (a CASSR).
    case council
    /// A region or an integrated care system.
    case region
    /// A training provider, which issues course completions.
    case trainingProvider = "training_provider"
    /// Carepath's own operators.
    case platform

    /// Words for people.
    public var displayName: String {
        switch self {
        case .provider: "Care provider"
        case .council: "Council"
        case .region: "Region or ICS"
        case .trainingProvider: "Training provider"
        case .platform: "Carepath platform"
        }
    }
}

/// What a person may do within one organisation.
public enum MemberRole: String, Sendable, CaseIterable, Codable, Comparable {
    case viewer
    case editor
    case admin

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .editor: 1
        case .admin: 2
        }
    }

    public static func < (lhs: MemberRole, rhs: MemberRole) -> Bool { lhs.rank < rhs.rank }

    public var displayName: String { rawValue.capitalized }
}

/// Who owns a subsidiary's data: the subsidiary itself or its parent (ASC-WDS `dataOwner`).
public enum DataOwner: String, Sendable, CaseIterable, Codable {
    case subsidiary
    case parent
}

/// What the side that does not own a subsidiary's data may see (ASC-WDS `dataPermissions`).
public enum SharingLevel: String, Sendable, CaseIterable, Codable, Comparable {
    /// Linked only.
    case none
    /// The workplace and its figures.
    case workplace
    /// The workplace and its staff records.
    case workplaceAndStaff = "workplace_and_staff"

    private var rank: Int {
        switch self {
        case .none: 0
        case .workplace: 1
        case .workplaceAndStaff: 2
        }
    }

    public static func < (lhs: SharingLevel, rhs: SharingLevel) -> Bool { lhs.rank < rhs.rank }
}

/// Why a provider lets a council or region see its workplaces' own figures.
public enum ConsentPurpose: String, Sendable, CaseIterable, Codable {
    case commissioning
    case regionalPlanning = "regional_planning"
    case cqc

    public var displayName: String {
        switch self {
        case .commissioning: "Commissioning"
        case .regionalPlanning: "Regional workforce planning"
        case .cqc: "Care Quality Commission"
        }
    }
}
