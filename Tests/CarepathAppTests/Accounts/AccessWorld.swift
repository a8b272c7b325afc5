import Fluent
import Foundation
import Identity
import Testing
import VaporTesting

@testable import CarepathApp

/// The people and organisations the access-control suite is built from: three providers (SUNRISE,
/// HARBOUR, and OWNED, whose data its parent owns), a parent (PARENT, which SUNRISE shares its
/// workplaces with and which owns OWNED's data, sharing workplaces back), two councils (one with a
/// consent), a region, a platform admin and a person with no organisation.
enum AccessWorld {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    static let password = "correct horse battery staple"
    /// A workplace of every provider (each imports the example files under its own reference).
    static let workplace = "SUNRISE-CH1"
    /// Each provider's staff get their own unique worker ids, so a leak shows whose records leaked.
    static let staffPrefix = ["SUNRISE": "EMP0", "HARBOUR": "HRB0", "OWNED": "OWN0"]

    enum Person: String, CaseIterable, Sendable {
        case sunriseAdmin = "sunrise.admin"
        case sunriseViewer = "sunrise.viewer"
        case harbourAdmin = "harbour.admin"
        case ownedAdmin = "owned.admin"
        case parentAdmin = "parent.admin"
        case parentViewer = "parent.viewer"
        case norfolk
        case suffolk
        case region
        case platformAdmin = "platform.admin"
        case worker

        var email: String { "\(rawValue)@example.test" }

        var membership: (organisation: String, role: MemberRole)? {
            switch self {
            case .sunriseAdmin: ("SUNRISE", .admin)
            case .sunriseViewer: ("SUNRISE", .viewer)
            case .harbourAdmin: ("HARBOUR", .admin)
            case .ownedAdmin: ("OWNED", .admin)
            case .parentAdmin: ("PARENT", .admin)
            case .parentViewer: ("PARENT", .viewer)
            case .norfolk: ("NORFOLK", .viewer)
            case .suffolk: ("SUFFOLK", .viewer)
            case .region: ("EAST", .viewer)
            case .platformAdmin: ("CAREPATH", .admin)
            case .worker: nil
            }
        }
    }

    /// Imports both providers' returns and creates everyone else, with the clock fixed.
    static func build(_ app: Application) async throws {
        app.fixClock { now }
        try await Examples.firstReturn(app)
        for reference in ["HARBOUR", "OWNED"] {
            try await Examples.run(
                app, workplace: Examples.text("workplace-valid.csv"),
                staff: Examples.text("staff-valid.csv").replacingOccurrences(
                    of: ",EMP0", with: ",\(staffPrefix[reference]!)"),
                training: nil, options: ImportOptions(organisationReference: reference, asOf: Examples.asOf))
        }
        var ids: [String: UUID] = [:]
        for organisation in try await OrganisationEntity.query(on: app.db).all() {
            ids[organisation.reference] = organisation.id
        }
        for (reference, kind, area) in [
            ("PARENT", OrganisationKind.provider, nil), ("NORFOLK", .council, "E10000020"),
            ("SUFFOLK", .council, "E10000029"), ("EAST", .region, "E12000006"), ("CAREPATH", .platform, nil),
        ] as [(String, OrganisationKind, String?)] {
            let id = UUID()
            try await OrganisationEntity(
                id: id, reference: reference, name: reference.capitalized, createdAt: now, kind: kind, areaCode: area
            ).create(on: app.db)
            ids[reference] = id
        }
        let hash = try await PasswordHasher(cost: 4, threadPool: app.threadPool).hash(password)
        let users = UserAccounts(database: app.db, now: now)
        var userIDs: [Person: UUID] = [:]
        for person in Person.allCases {
            let membership = person.membership.map { (ids[$0.organisation]!, $0.role) }
            userIDs[person] = try await users.create(
                email: person.email, displayName: person.rawValue, passwordHash: hash, membership: membership
            ).id
        }
        for (subsidiary, owner) in [("SUNRISE", DataOwner.subsidiary), ("OWNED", .parent)] {
            let link = OrganisationLinkEntity()
            link.parentID = ids["PARENT"]!
            link.subsidiaryID = ids[subsidiary]!
            link.dataOwner = owner.rawValue
            link.sharing = SharingLevel.workplace.rawValue
            link.createdAt = now
            try await link.create(on: app.db)
        }
        let consent = ConsentEntity()
        consent.organisationID = ids["SUNRISE"]!
        consent.granteeID = ids["NORFOLK"]!
        consent.purpose = ConsentPurpose.commissioning.rawValue
        consent.validFrom = now.addingTimeInterval(-86_400)
        consent.validUntil = now.addingTimeInterval(30 * 86_400)
        consent.grantedBy = userIDs[.sunriseAdmin]!
        consent.createdAt = now
        try await consent.create(on: app.db)
    }

    /// A fully signed-in browser session for `person`, made directly (sign-in itself is tested
    /// through its pages in ``SignInTests``).
    static func session(_ person: Person, _ app: Application) async throws -> TestSession {
        let user = try #require(try await AccountStore(database: app.db).user(email: person.email))
        return try await TestAccounts.session(for: user, app)
    }

    /// An API token for `person` with `scopes`.
    static func token(_ person: Person, scopes: [TokenScope], _ app: Application) async throws -> String {
        let user = try #require(try await AccountStore(database: app.db).user(email: person.email))
        return try await TestAccounts.token(for: user, scopes: scopes, app)
    }
}
