import ArgumentParser
import Fluent
import Foundation
import Identity
import Vapor

/// `carepath tokens …`: API tokens for scripts and integrations.
struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens", abstract: "Create, list and revoke API tokens.",
        subcommands: [Create.self, List.self, Revoke.self])

    /// `carepath tokens create:`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token for a person; prints it once.")
        @ArgumentParser.Option(help: "Whose token it is.") var email: String
        @ArgumentParser.Option(help: "A name to tell it apart.") var name: String
        @ArgumentParser.Option(
            name: .customLong("scope"),
            help: "providers:read, staff:read, returns:write or audit:read; repeat for more.")
        var scopes: [String] = []
        @ArgumentParser.Option(help: "Days until it expires (1–365).") var days = 90
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let parsed = scopes.compactMap(TokenScope.init(rawValue:))
            guard !parsed.isEmpty, parsed.count == scopes.count else {
                throw AccountCommandError.invalid(
                    "--scope", "give one or more of \(TokenScope.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard (1...365).contains(days) else { throw AccountCommandError.invalid("--days", "must be 1 to 365") }
            try await CommandApp.runMigrated(try database.config()) { app in
                guard let user = try await AccountStore(database: app.db).user(email: email) else {
                    throw AccountCommandError.notFound("account has the email", email)
                }
                let token = try await APITokens.create(
                    for: try user.requireID(), name: name, scopes: parsed, days: days, now: app.now, on: app.db,
                    audit: { entry, database in
                        try await AuditLog.record(entry, actorID: nil, actor: "cli", ip: nil, at: app.now, on: database)
                    })
                print(token)
            }
        }
    }

    /// `carepath tokens list:`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a person's tokens (never their secrets).")
        @ArgumentParser.Option(help: "Whose tokens.") var email: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            try await CommandApp.runMigrated(try database.config()) { app in
                guard let user = try await AccountStore(database: app.db).user(email: email) else {
                    throw AccountCommandError.notFound("account has the email", email)
                }
                for token in try await APITokenEntity.query(on: app.db).filter(\.$userID == user.requireID()).all() {
                    let state = token.revokedAt != nil ? "revoked" : (token.expiresAt < app.now ? "expired" : "active")
                    print(["cp_\(token.prefix)_…", token.name, token.scopes, state].joined(separator: "\t"))
                }
            }
        }
    }

    /// `carepath tokens revoke`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its 8-character prefix.")
        @ArgumentParser.Option(help: "The characters after cp_.") var prefix: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            try await CommandApp.runMigrated(try database.config()) { app in
                guard let token = try await APITokenEntity.query(on: app.db).filter(\.$prefix == prefix).first() else {
                    throw AccountCommandError.notFound("token has the prefix", prefix)
                }
                try await APITokens.revoke(token, now: app.now, on: app.db) { entry, database in
                    try await AuditLog.record(entry, actorID: nil, actor: "cli", ip: nil, at: app.now, on: database)
                }
                print("Revoked cp_\(prefix)_….")
            }
        }
    }
}
