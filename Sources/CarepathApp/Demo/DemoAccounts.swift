import Crypto
import Fluent
import Foundation
import Identity
import Vapor

/// Demo mode's accounts: one for every kind of person, listed on the sign-in page.
///
/// Their passwords are published and their two-factor secrets derive from their emails, so in the
/// demo, and only there, the code page shows the current code.
enum DemoAccounts {
    static let domain = "demo.carepath.test"
    static let password = "carepath-demo"

    struct Account {
        var local: String
        var name: String
        /// `nil` for the care worker, who belongs to no organisation.
        var organisation: String?
        var role: MemberRole
        var canSee: String

        var email: String { "\(local)@\(DemoAccounts.domain)" }
    }

    /// Organisations the demo adds beside the imported provider (``DemoData/organisation``).
    static let organisations: [(reference: String, name: String, kind: OrganisationKind, area: String?)] = [
        ("CAREPATH", "Carepath operations", .platform, nil),
        ("DEMO-GROUP", "Demo Care Group (parent)", .provider, nil),
        ("DEMO-OTHER", "Other Demo Provider", .provider, nil),
        ("DEMO-NEXT", "Next Step Homecare", .provider, nil),
        ("DEMO-TRAINING", "Demo Care Training Academy", .trainingProvider, nil),
        ("COUNCIL-E10000020", "Norfolk County Council", .council, "E10000020"),
        ("REGION-E12000006", "East of England workforce partnership", .region, "E12000006"),
    ]

    static let accounts: [Account] = [
        Account(
            local: "platform.admin", name: "Priya Admin", organisation: "CAREPATH", role: .admin,
            canSee: "Every provider's name and people; no staff records or workplace figures"),
        Account(
            local: "provider.admin", name: "Alex Manager", organisation: DemoData.organisation, role: .admin,
            canSee: "Everything of the demo provider: staff records, figures, audit log, people, consents"),
        Account(
            local: "provider.editor", name: "Sam Editor", organisation: DemoData.organisation, role: .editor,
            canSee: "The demo provider's staff records and figures"),
        Account(
            local: "provider.viewer", name: "Jo Viewer", organisation: DemoData.organisation, role: .viewer,
            canSee: "The demo provider's staff records and figures, read only"),
        Account(
            local: "parent.admin", name: "Chris Group", organisation: "DEMO-GROUP", role: .admin,
            canSee: "The demo provider's figures, as it shares them with its parent; no staff records"),
        Account(
            local: "other.provider", name: "Morgan Other", organisation: "DEMO-OTHER", role: .admin,
            canSee: "Only its own organisation: not the demo provider"),
        Account(
            local: DemoPassport.nextEmployer, name: "Robin Recruiter", organisation: "DEMO-NEXT", role: .admin,
            canSee: "Next Step Homecare: checks the worker's shared passport and adds it to its training records"),
        Account(
            local: "council", name: "Kim Commissioner", organisation: "COUNCIL-E10000020", role: .editor,
            canSee: "The demo provider's figures, by its consent for commissioning; Norfolk's scenarios"),
        Account(
            local: "region", name: "Lee Planner", organisation: "REGION-E12000006", role: .editor,
            canSee: "Published figures; saves scenarios for the East of England"),
        Account(
            local: "trainer", name: "Pat Trainer", organisation: "DEMO-TRAINING", role: .editor,
            canSee: "Issues course completions to workers' passports, from the account page"),
        Account(
            local: DemoPassport.worker, name: "Taylor Carer", organisation: nil, role: .viewer,
            canSee: "Only their own training passport: credentials from two employers, to share"),
    ]

    static var summaries: [DemoAccountSummary] {
        accounts.map { account in
            DemoAccountSummary(
                email: account.email,
                organisation: account.organisation.map { reference in
                    organisations.first { $0.reference == reference }?.name
                        ?? "Demo East of England provider (\(DemoData.organisation))"
                } ?? "None: a care worker", role: account.organisation == nil ? "–" : account.role.displayName,
                canSee: account.canSee)
        }
    }

    /// The TOTP secret of a demo account.
    static func totpSecret(email: String) -> [UInt8] {
        Array(SHA256.hash(data: Data("carepath-demo-totp:\(email)".utf8)).prefix(20))
    }

    /// The current code of a demo account, shown on the code page in demo mode only.
    static func currentCode(for user: SignedInUser, request: Request) async throws -> String? {
        guard request.isDemo, user.email.hasSuffix("@\(domain)") else { return nil }
        return TOTP(secret: totpSecret(email: user.email)).code(at: request.application.now)
    }

    /// Creates the organisations, links, consent and accounts, on a database that holds the demo
    /// provider and no accounts yet, so published demo passwords never reach real data.
    static func createIfMissing(_ app: Application) async throws {
        guard try await UserEntity.query(on: app.db).count() == 0,
            try await OrganisationEntity.query(on: app.db).filter(\.$reference == DemoData.organisation).count() == 1
        else { return }
        let now = app.now
        var existing: [String: UUID] = [:]
        for organisation in try await OrganisationEntity.query(on: app.db).all() {
            existing[organisation.reference] = organisation.id
        }
        let hasher = PasswordHasher(cost: app.carepathConfig.passwordHashCost, threadPool: app.threadPool)
        let hash = try await hasher.hash(password)
        let box = SecretBox(masterKey: app.carepathConfig.masterKey, purpose: "totp")
        try await app.db.transaction { [existing] database in
            var ids = existing
            for organisation in organisations where ids[organisation.reference] == nil {
                let id = UUID()
                try await OrganisationEntity(
                    id: id, reference: organisation.reference, name: organisation.name, createdAt: now,
                    kind: organisation.kind, areaCode: organisation.area
                ).create(on: database)
                ids[organisation.reference] = id
            }
            let users = UserAccounts(database: database, now: now)
            var userIDs: [String: UUID] = [:]
            for account in accounts {
                let organisationID = account.organisation.flatMap { ids[$0] }
                guard account.organisation == nil || organisationID != nil else { continue }
                let needsSecondFactor = account.role == .admin || account.organisation?.hasPrefix("DEMO") == true
                userIDs[account.local] = try await users.create(
                    email: account.email, displayName: account.name, passwordHash: hash,
                    membership: organisationID.map { ($0, account.role) },
                    sealedTOTPSecret: needsSecondFactor ? try box.seal(totpSecret(email: account.email)) : nil
                ).id
            }
            if let provider = ids[DemoData.organisation], let parent = ids["DEMO-GROUP"],
                let council = ids["COUNCIL-E10000020"], let grantor = userIDs["provider.admin"]
            {
                try await DemoAccounts.link(parent: parent, subsidiary: provider, now: now, on: database)
                try await DemoAccounts.consent(
                    provider: provider, grantee: council, grantedBy: grantor, now: now, on: database)
            }
        }
        app.logger.notice(
            "Demo accounts created: \(accounts.map(\.email).joined(separator: ", ")); password \(password)")
    }

    private static func link(parent: UUID, subsidiary: UUID, now: Date, on database: any Database) async throws {
        let link = OrganisationLinkEntity()
        link.parentID = parent
        link.subsidiaryID = subsidiary
        link.dataOwner = DataOwner.subsidiary.rawValue
        link.sharing = SharingLevel.workplace.rawValue
        link.createdAt = now
        try await link.create(on: database)
    }

    private static func consent(
        provider: UUID, grantee: UUID, grantedBy grantor: UUID, now: Date, on database: any Database
    ) async throws {
        let consent = ConsentEntity()
        consent.organisationID = provider
        consent.granteeID = grantee
        consent.purpose = ConsentPurpose.commissioning.rawValue
        consent.validFrom = now
        consent.validUntil = now.addingTimeInterval(365 * 86_400)
        consent.grantedBy = grantor
        consent.createdAt = now
        try await consent.create(on: database)
    }
}
