import Fluent
import PostgresNIO
import SQLKit
import Vapor

extension Application {
    /// Fails with a one-line ``CarepathError/databaseUnreachable(location:reason:)`` unless the
    /// database answers a query.
    func ensureDatabaseReachable() async throws {
        do {
            _ = try await db.sql.raw("SELECT 1 AS ok").first()
        } catch {
            throw CarepathError.databaseUnreachable(
                location: carepathConfig.database.description, reason: DatabaseErrorText.oneLine(error))
        }
    }

    /// The names of migrations not yet applied, without writing anything to the database.
    func pendingMigrations() async throws -> [String] {
        let all = CarepathMigrations.all(referenceData: carepathConfig.referenceData).map(\.name)
        guard try await Dialect.tableExists("_fluent_migrations", on: db.sql) else { return all }
        return try await migrator.previewPrepareBatch().get().map(\.0.name)
    }

    /// Refuses to go on while migrations are pending.
    func requireMigrated() async throws {
        let pending = try await pendingMigrations()
        guard pending.isEmpty else {
            throw CarepathError.databaseNotMigrated(location: carepathConfig.database.description, pending: pending)
        }
    }
}

/// Turns driver errors into one line a person can act on, without stack traces or secrets.
enum DatabaseErrorText {
    static func oneLine(_ error: any Error) -> String {
        let text: String
        if let postgres = error as? PSQLError {
            if let message = postgres.serverInfo?[.message] {
                text = message
            } else if let underlying = postgres.underlying {
                text = String(describing: underlying)
            } else {
                text = "\(postgres.code)"
            }
        } else {
            text = String(describing: error)
        }
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}
