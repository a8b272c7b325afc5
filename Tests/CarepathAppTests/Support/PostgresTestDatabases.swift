import CarepathApp
import Foundation
import Logging
import PostgresNIO
import VaporTesting

/// Gives each PostgreSQL test its own database, cloned from a template migrated once per run.
///
/// Cloning (`CREATE DATABASE … TEMPLATE …`) keeps tests isolated and parallel without re-running the
/// reference-data migrations for every test.
actor PostgresTestDatabases {
    static let shared = PostgresTestDatabases()
    static let templateName = "carepath_test_template"

    // A stored task, not a flag: actor methods that await are re-entrant, and a flag would race.
    private var template: Task<String, any Error>?

    func create(serverURL: String, fromTemplate: Bool) async throws -> String {
        let name = "carepath_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        if fromTemplate {
            let template = try await templateDatabase(serverURL: serverURL)
            try await Self.administer(serverURL, "CREATE DATABASE \(name) TEMPLATE \(template)")
        } else {
            try await Self.administer(serverURL, "CREATE DATABASE \(name)")
        }
        return name
    }

    func drop(serverURL: String, database: String) async throws {
        // FORCE ends the test's own connections but not an autovacuum worker, which runs as the
        // superuser and can be working on a database the test just filled; it is gone within moments.
        for attempt in 1...10 {
            do {
                try await Self.administer(serverURL, "DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
                return
            } catch let error as PostgresTestSetupError where attempt < 10 && error.message.contains("42501") {
                try await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
    }

    private func templateDatabase(serverURL: String) async throws -> String {
        if let template { return try await template.value }
        let task = Task { try await Self.buildTemplate(serverURL: serverURL) }
        template = task
        return try await task.value
    }

    private static func buildTemplate(serverURL: String) async throws -> String {
        try await administer(serverURL, "DROP DATABASE IF EXISTS \(templateName) WITH (FORCE)")
        try await administer(serverURL, "CREATE DATABASE \(templateName)")
        var config = try TestEnvironment.baseConfig()
        config.database = .postgres(url: url(serverURL, database: templateName))
        let app = try await Application.make(.testing)
        do {
            try configure(app, config: config)
            try await app.autoMigrate()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        // Closing the pool matters: PostgreSQL refuses to clone a template that has connections.
        try await app.asyncShutdown()
        return templateName
    }

    /// `serverURL` with its database replaced by `database`.
    static func url(_ serverURL: String, database: String) -> String {
        var components = URLComponents(string: serverURL)!
        components.path = "/" + database
        return components.string!
    }

    /// Runs one administrative statement on the server named by `serverURL`.
    private static func administer(_ serverURL: String, _ sql: String) async throws {
        guard let components = URLComponents(string: serverURL), let host = components.host else {
            throw PostgresTestSetupError(message: "DATABASE_URL \(serverURL) has no host")
        }
        // Tests create and drop databases: never let them near anything but a local server.
        precondition(
            ["127.0.0.1", "localhost", "::1"].contains(host),
            "PostgreSQL tests only run against a local server, not \(host)")
        let configuration = PostgresConnection.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: String(components.path.dropFirst()), tls: .disable)
        let connection = try await PostgresConnection.connect(
            configuration: configuration, id: 1, logger: Logger(label: "carepath.tests.postgres"))
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "carepath.tests.postgres"))
        } catch {
            try? await connection.close()
            throw PostgresTestSetupError(message: "\(sql): \(String(reflecting: error))")
        }
        try await connection.close()
    }
}

struct PostgresTestSetupError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
