import ArgumentParser
import Fluent
import Foundation
import Identity
import Vapor

/// `carepath users …`: bootstrap people from the command line.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Create Carepath's first administrator.",
        subcommands: [CreateAdmin.self])

    /// `carepath users create-admin --email E --name N`, with the password on standard input.
    struct CreateAdmin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-admin",
            abstract: "Create a platform administrator. The password is read from standard input.",
            discussion: """
                Example: printf '%s' "$PASSWORD" | carepath users create-admin --email ops@example.org --name "Ops"
                The administrator sets up two-factor sign-in at first sign-in.
                """)

        @ArgumentParser.Option(help: "The administrator's email address.") var email: String
        @ArgumentParser.Option(help: "The administrator's name.") var name: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let config = try database.config()
            let password = readLine(strippingNewline: true) ?? ""
            try await CommandApp.runMigrated(config) { app in
                if let problem = app.passwordProblem(password, email: email, name: name) {
                    throw AccountCommandError.invalid("password", problem)
                }
                guard try await AccountStore(database: app.db).user(email: email) == nil else {
                    throw AccountCommandError.invalid("--email", "an account with \(email) already exists")
                }
                let platform = try await CommandOrganisations.findOrCreatePlatform(app)
                let hash = try await PasswordHasher(cost: config.passwordHashCost, threadPool: app.threadPool)
                    .hash(password)
                try await UserAccounts(database: app.db, now: app.now).create(
                    email: email, displayName: name, passwordHash: hash, membership: (platform, .admin),
                    audit: CommandOrganisations.audit)
                print("Created platform administrator \(AccountStore.normalise(email)).")
            }
        }
    }
}

/// A command-line argument Carepath cannot use, naming it and the rule.
enum AccountCommandError: Error, CustomStringConvertible {
    case invalid(String, String)
    case notFound(String, String)

    var description: String {
        switch self {
        case .invalid(let argument, let rule): "\(argument): \(rule)"
        case .notFound(let kind, let name): "no \(kind) \(name)"
        }
    }
}

/// Shared by the account commands.
enum CommandOrganisations {
    /// Records a command-line action in the audit log, as done by `cli`.
    static let audit: UserAccounts.Audit = { entry, database, _ in
        try await AuditLog.record(entry, actorID: nil, actor: "cli", ip: nil, at: Date(), on: database)
    }

    static func findOrCreatePlatform(_ app: Application) async throws -> UUID {
        if let existing = try await OrganisationEntity.query(on: app.db)
            .filter(\.$kind == OrganisationKind.platform.rawValue).first()
        {
            return try existing.requireID()
        }
        let id = UUID()
        try await OrganisationEntity(
            id: id, reference: "CAREPATH", name: "Carepath operations", createdAt: app.now, kind: .platform
        ).create(on: app.db)
        return id
    }

    static func organisation(_ reference: String, on database: any Database) async throws -> OrganisationEntity {
        guard let found = try await OrganisationEntity.query(on: database).filter(\.$reference == reference).first()
        else { throw AccountCommandError.notFound("organisation has the reference", reference) }
        return found
    }
}

extension CommandApp {
    /// Runs `body` on a reachable, fully migrated database.
    static func runMigrated<T>(_ config: AppConfig, _ body: (Application) async throws -> T) async throws -> T {
        try await run(config) { app in
            try await app.ensureDatabaseReachable()
            try await app.requireMigrated()
            return try await body(app)
        }
    }
}
