import Foundation
import Logging
import WorkforceMetrics

/// Everything Carepath needs to know about where it runs.
///
/// This is the only type that reads environment variables and command-line flags
/// (see ``AppConfig/fromEnvironment(_:flags:)``). The composition root,
/// ``configure(_:config:)``, receives a finished value, so tests build their own.
public struct AppConfig: Sendable {
    /// Where the database lives.
    public var database: DatabaseLocation
    /// The interface `serve` listens on.
    public var hostname: String
    /// The TCP port `serve` listens on.
    public var port: Int
    /// The minimum level of log messages.
    public var logLevel: Logger.Level
    /// The reference geography files loaded at migrate time.
    public var referenceData: ReferenceDataFiles
    /// Demo mode: migrate by itself and mark every page as a demo.
    public var isDemo: Bool
    /// The platform secret that turns NI numbers into person keys (HMAC-SHA256).
    public var personKeySecret: PersonKeySecret
    /// Disclosure-control thresholds for published figures (workforce-metrics.md 6.2).
    public var disclosure: DisclosureControl
    /// The key that seals stored secrets, such as two-factor secrets.
    public var masterKey: MasterKey
    /// The address people use to reach Carepath, for links in emails. Cookies are marked `Secure`
    /// when it is `https`.
    public var publicURL: URL?
    /// The bcrypt cost (log2 rounds) for new password hashes.
    public var passwordHashCost: Int
    /// The mail server for invitations and unlock links; `nil` writes them to the log instead.
    public var smtp: SMTPSettings?

    /// Creates a configuration with safe local defaults for anything not given.
    public init(
        database: DatabaseLocation = .sqliteFile(AppConfig.defaultSQLiteFile),
        hostname: String = "127.0.0.1",
        port: Int = 8080,
        logLevel: Logger.Level = .info,
        referenceData: ReferenceDataFiles = .bundled,
        isDemo: Bool = false,
        personKeySecret: PersonKeySecret = .development,
        disclosure: DisclosureControl = DisclosureControl(),
        masterKey: MasterKey = .development,
        publicURL: URL? = nil,
        passwordHashCost: Int = AppConfig.defaultPasswordHashCost
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.logLevel = logLevel
        self.referenceData = referenceData
        self.isDemo = isDemo
        self.personKeySecret = personKeySecret
        self.disclosure = disclosure
        self.masterKey = masterKey
        self.publicURL = publicURL
        self.passwordHashCost = passwordHashCost
    }

    /// The bcrypt cost used unless `CAREPATH_BCRYPT_COST` says otherwise (OWASP: at least 10).
    public static let defaultPasswordHashCost = 12

    /// The address links in emails start with: ``publicURL``, else where `serve` listens.
    public var linkBase: String {
        publicURL.map { $0.absoluteString.hasSuffix("/") ? String($0.absoluteString.dropLast()) : $0.absoluteString }
            ?? "http://\(hostname == "0.0.0.0" ? "127.0.0.1" : hostname):\(port)"
    }

    /// Whether cookies must only travel over HTTPS.
    public var usesSecureCookies: Bool { publicURL?.scheme == "https" }

    /// The SQLite file used when no database is configured, in the working directory.
    public static let defaultSQLiteFile = "carepath.sqlite"
}

/// Values given on the command line, which take precedence over the environment.
public struct ConfigFlags: Sendable {
    public var database: String?
    public var hostname: String?
    public var port: Int?
    public var isDemo: Bool

    public init(database: String? = nil, hostname: String? = nil, port: Int? = nil, isDemo: Bool = false) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.isDemo = isDemo
    }
}

extension AppConfig {
    /// Environment variables Carepath reads. Listed here so the README and error messages agree.
    public enum Variable: String, CaseIterable, Sendable {
        case databaseURL = "DATABASE_URL"
        case hostname = "CAREPATH_HOSTNAME"
        case port = "CAREPATH_PORT"
        case logLevel = "LOG_LEVEL"
        case referenceDirectory = "CAREPATH_REFERENCE_DIR"
        case postcodesFile = "CAREPATH_POSTCODES_FILE"
        case personKey = "CAREPATH_PERSON_KEY"
        case smallCountMax = "CAREPATH_SDC_SMALL_COUNT_MAX"
        case countRoundingBase = "CAREPATH_SDC_COUNT_ROUNDING_BASE"
        case minimumWorkers = "CAREPATH_SDC_MIN_WORKERS"
        case minimumWorkplaces = "CAREPATH_SDC_MIN_WORKPLACES"
        case dominanceMaxShare = "CAREPATH_SDC_DOMINANCE_MAX_SHARE"
        case estimateRounding = "CAREPATH_SDC_ESTIMATE_ROUNDING"
        case minimumCoverage = "CAREPATH_KPI_MIN_COVERAGE"
        case masterKey = "CAREPATH_MASTER_KEY"
        case publicURL = "CAREPATH_PUBLIC_URL"
        case passwordHashCost = "CAREPATH_BCRYPT_COST"
        case smtpURL = "CAREPATH_SMTP_URL"
        case mailFrom = "CAREPATH_MAIL_FROM"
    }

    /// Reads the configuration from `environment` and `flags`.
    ///
    /// Every invalid value is collected, so one run reports them all.
    /// - Throws: ``ConfigurationError`` naming each offending variable or flag.
    public static func fromEnvironment(
        _ environment: [String: String],
        flags: ConfigFlags = ConfigFlags()
    ) throws(ConfigurationError) -> AppConfig {
        var problems: [ConfigurationError.Problem] = []
        var config = AppConfig(isDemo: flags.isDemo)

        func value(_ variable: Variable) -> String? {
            guard let raw = environment[variable.rawValue]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty
            else { return nil }
            return raw
        }

        if let (raw, source) = flags.database.map({ ($0, "--database") })
            ?? value(.databaseURL).map({ ($0, Variable.databaseURL.rawValue) })
        {
            do {
                config.database = try DatabaseLocation.parse(raw, source: source)
            } catch {
                problems.append(error)
            }
        }

        if let hostname = flags.hostname ?? value(.hostname) { config.hostname = hostname }

        if let port = flags.port {
            if (1...65535).contains(port) {
                config.port = port
            } else {
                problems.append(.init(source: "--port", message: "\(port) is not a TCP port (1–65535)"))
            }
        } else if let raw = value(.port) {
            if let port = Int(raw), (1...65535).contains(port) {
                config.port = port
            } else {
                problems.append(
                    .init(source: Variable.port.rawValue, message: "\"\(raw)\" is not a TCP port (1–65535)"))
            }
        }

        if let raw = value(.logLevel) {
            if let level = Logger.Level(rawValue: raw.lowercased()) {
                config.logLevel = level
            } else {
                let allowed = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(
                    .init(source: Variable.logLevel.rawValue, message: "\"\(raw)\" is not one of \(allowed)"))
            }
        }

        if let directory = value(.referenceDirectory) {
            config.referenceData = ReferenceDataFiles(directory: URL(fileURLWithPath: directory))
        }
        if let postcodes = value(.postcodesFile) {
            config.referenceData.postcodes = URL(fileURLWithPath: postcodes)
        }

        if let raw = value(.personKey) {
            if let secret = PersonKeySecret(hex: raw) {
                config.personKeySecret = secret
            } else {
                problems.append(
                    .init(
                        source: Variable.personKey.rawValue,
                        message: "must be 64 hexadecimal characters (32 random bytes)"))
            }
        }

        config.disclosure = readDisclosure(value, problems: &problems)
        readAccountSettings(value, into: &config, problems: &problems)

        guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
        return config
    }
}
