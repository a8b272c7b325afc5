import Foundation

/// Where Carepath keeps its data.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite file, created on first use. The embedded default.
    case sqliteFile(String)
    /// A private, throwaway SQLite database in memory (tests).
    case sqliteInMemory
    /// A PostgreSQL server, given as a `postgres://` URL.
    case postgres(url: String)

    /// A form safe to log: the password is masked.
    public var description: String {
        switch self {
        case .sqliteFile(let path): return "sqlite:\(path)"
        case .sqliteInMemory: return "sqlite::memory:"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres://…" }
            if components.password != nil { components.password = "****" }
            return components.string ?? "postgres://…"
        }
    }

    /// The engine's name, as shown on `/healthz`.
    public var engine: String {
        switch self {
        case .sqliteFile, .sqliteInMemory: return "sqlite"
        case .postgres: return "postgresql"
        }
    }

    /// Parses `postgres://user:password@host:port/database`, `sqlite:PATH` or `sqlite::memory:`.
    /// - Parameter source: the variable or flag the value came from, named in any error.
    static func parse(_ raw: String, source: String) throws(ConfigurationError.Problem) -> DatabaseLocation {
        let expected = "expected postgres://user:password@host:5432/database or sqlite:PATH"
        if raw == "sqlite::memory:" { return .sqliteInMemory }
        if raw.hasPrefix("sqlite:") {
            var path = String(raw.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else {
                throw .init(source: source, message: "\"\(raw)\" names no SQLite file; \(expected)")
            }
            return .sqliteFile(path)
        }
        guard let components = URLComponents(string: raw), let scheme = components.scheme?.lowercased() else {
            throw .init(source: source, message: "\"\(masked(raw))\" is not a URL; \(expected)")
        }
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw .init(source: source, message: "the scheme \"\(scheme)\" is not supported; \(expected)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw .init(source: source, message: "\"\(masked(raw))\" names no host; \(expected)")
        }
        guard components.path.count > 1, !components.path.dropFirst().contains("/") else {
            throw .init(source: source, message: "\"\(masked(raw))\" names no database; \(expected)")
        }
        guard components.user?.isEmpty == false else {
            throw .init(source: source, message: "\"\(masked(raw))\" names no user; \(expected)")
        }
        return .postgres(url: raw)
    }

    /// Hides a password in a URL that failed to parse, so error messages never leak it.
    private static func masked(_ raw: String) -> String {
        guard let at = raw.lastIndex(of: "@"), let schemeEnd = raw.range(of: "://")?.upperBound,
            let colon = raw[schemeEnd..<at].firstIndex(of: ":")
        else { return raw }
        return raw[..<raw.index(after: colon)] + "****" + raw[at...]
    }
}
