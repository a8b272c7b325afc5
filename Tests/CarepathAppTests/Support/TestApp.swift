import CarepathApp
import Foundation
import Testing
import VaporTesting

/// Builds the real app through the unchanged composition root, on a private database, runs `body`,
/// and tears everything down.
///
/// On SQLite each test gets its own in-memory database. When `DATABASE_URL` names PostgreSQL, each
/// test gets its own database, cloned from a migrated template (see ``PostgresTestDatabases``).
func withTestApp(
    migrated: Bool = true,
    isDemo: Bool = false,
    _ body: (Application) async throws -> Void
) async throws {
    var config = try TestEnvironment.baseConfig()
    config.isDemo = isDemo
    let database = try await TestDatabase.make(for: config.database, migrated: migrated)
    config.database = database.location
    let app = try await Application.make(.testing)
    do {
        try configure(app, config: config)
        if migrated && !database.isMigrated { try await app.autoMigrate() }
        try await body(app)
        try await app.asyncShutdown()
    } catch {
        try? await app.asyncShutdown()
        try? await database.dispose()
        throw error
    }
    try await database.dispose()
}

/// A database that belongs to one test.
struct TestDatabase {
    var location: DatabaseLocation
    /// Whether it arrives migrated (cloned from the template).
    var isMigrated: Bool
    var dispose: @Sendable () async throws -> Void

    static func make(for base: DatabaseLocation, migrated: Bool) async throws -> TestDatabase {
        guard case .postgres(let serverURL) = base else {
            return TestDatabase(location: .sqliteInMemory, isMigrated: false, dispose: {})
        }
        let name = try await PostgresTestDatabases.shared.create(serverURL: serverURL, fromTemplate: migrated)
        return TestDatabase(
            location: .postgres(url: PostgresTestDatabases.url(serverURL, database: name)),
            isMigrated: migrated,
            dispose: { try await PostgresTestDatabases.shared.drop(serverURL: serverURL, database: name) })
    }
}

enum TestEnvironment {
    /// The configuration tests start from: the environment's database choice, the bundled reference
    /// files, and a small postcode sample (one postcode per district, the reference README's test
    /// cases and the ASC-WDS example workplaces' postcodes) instead of all 2.3 million.
    static func baseConfig() throws -> AppConfig {
        var config = try AppConfig.fromEnvironment(ProcessInfo.processInfo.environment)
        config.referenceData.postcodes = fixture("postcodes-sample.csv")
        config.logLevel = .warning
        // The lowest bcrypt cost: tests check passwords, not the cost of guessing them.
        config.passwordHashCost = 4
        return config
    }

    static var isPostgres: Bool {
        if case .postgres = try? baseConfig().database { return true }
        return false
    }

    static func fixture(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
}
