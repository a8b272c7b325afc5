import FluentKit
import SQLKit

/// Every SQL statement that differs between SQLite and PostgreSQL lives here, and only here.
///
/// Everything else is written with Fluent's or SQLKit's builders, which both engines accept.
enum Dialect {
    /// The engines Carepath supports.
    enum Engine: String {
        case sqlite
        case postgresql
    }

    static func engine(of database: any SQLDatabase) -> Engine {
        switch database.dialect.name {
        case "sqlite": return .sqlite
        case "postgresql": return .postgresql
        default: preconditionFailure("Carepath supports SQLite and PostgreSQL, not \(database.dialect.name)")
        }
    }

    /// Whether a table exists, without creating anything (so `serve` can refuse an empty database
    /// untouched).
    static func tableExists(_ table: String, on database: any SQLDatabase) async throws -> Bool {
        let query: SQLQueryString
        switch engine(of: database) {
        case .sqlite:
            query = "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)"
        case .postgresql:
            query = """
                SELECT count(*) AS n FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name = \(bind: table)
                """
        }
        let row = try await database.raw(query).first()
        return try (row?.decode(column: "n", as: Int.self) ?? 0) > 0
    }

    /// Makes the database itself refuse to change or delete rows of `table`, so an append-only log
    /// stays append-only even against a mistaken query. Table names are Carepath's own constants.
    static func makeAppendOnly(_ table: String, on database: any SQLDatabase) async throws {
        let message = "\(table) is append-only"
        switch engine(of: database) {
        case .sqlite:
            for event in ["UPDATE", "DELETE"] {
                try await database.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) \
                    ON \(unsafeRaw: table) BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: message)'); END
                    """
                ).run()
            }
        case .postgresql:
            try await database.raw(
                """
                CREATE FUNCTION \(unsafeRaw: table)_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '\(unsafeRaw: message)'; END $$
                """
            ).run()
            try await database.raw(
                """
                CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE OR TRUNCATE \
                ON \(unsafeRaw: table) FOR EACH STATEMENT EXECUTE FUNCTION \(unsafeRaw: table)_append_only()
                """
            ).run()
        }
    }

    /// Undoes ``makeAppendOnly(_:on:)`` once `table` has been dropped (SQLite drops its triggers
    /// with the table; PostgreSQL keeps the function).
    static func dropAppendOnly(_ table: String, on database: any SQLDatabase) async throws {
        guard engine(of: database) == .postgresql else { return }
        try await database.raw("DROP FUNCTION IF EXISTS \(unsafeRaw: table)_append_only()").run()
    }

    /// How many bound values one statement may carry, with headroom below each engine's limit
    /// (SQLite 32,766; PostgreSQL 65,535).
    static func maxBindsPerStatement(on database: any SQLDatabase) -> Int {
        switch engine(of: database) {
        case .sqlite: return 30_000
        case .postgresql: return 60_000
        }
    }
}

extension Database {
    /// This database as SQLKit sees it. Both supported drivers provide it.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("Carepath's databases are SQL databases; \(type(of: self)) is not")
        }
        return sql
    }
}
