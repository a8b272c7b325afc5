import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// The composition root: wires configuration, database, migrations, middleware and routes.
///
/// It reads nothing but `config`, and tests call it unchanged.
public func configure(_ app: Application, config: AppConfig) throws {
    app.carepathConfig = config
    app.carepathMetrics = AppMetrics()
    app.ascwdsCodes = try ASCWDSCodeLists.load()
    app.metricsStore = MetricsStore()
    app.areaCache = AreaCache()
    app.passwordPolicy = try PasswordPolicyFile.load()
    app.trainingCatalogue = try TrainingCatalogueFile.load()
    app.requiredTraining = try RequiredTrainingFile.load(catalogue: app.trainingCatalogue)
    app.mailer =
        config.smtp.map { SMTPMailer(settings: $0, eventLoopGroup: app.eventLoopGroup) }
        ?? LogMailer(logger: app.logger, includesBodies: config.isDemo || config.publicURL == nil)
    app.logger.logLevel = config.logLevel
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.logger.debug("\(config.disclosureSummary)")
    if config.masterKey.isDevelopment && !config.isDemo {
        app.logger.warning("CAREPATH_MASTER_KEY is not set: stored secrets use the published development key")
    }
    for variable in config.looserDisclosureSettings {
        app.logger.warning("\(variable) is looser than the published default: published figures may identify people")
    }

    try app.useDatabase(config.database)
    for migration in CarepathMigrations.all(referenceData: config.referenceData) {
        app.migrations.add(migration)
    }

    // Order matters: the first is outermost. Metrics see the status the error middleware chose.
    app.middleware = Middlewares()
    app.middleware.use(RequestMetricsMiddleware(metrics: app.carepathMetrics))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorResponseMiddleware(isDemo: config.isDemo))
    app.middleware.use(FileMiddleware(publicDirectory: PublicFiles.directory.path))
    app.middleware.use(AuthenticationMiddleware(secureCookies: config.usesSecureCookies))

    try routes(app)
}

extension Application {
    private struct ConfigKey: StorageKey {
        typealias Value = AppConfig
    }

    /// The configuration this application was built with.
    public var carepathConfig: AppConfig {
        get {
            guard let config = storage[ConfigKey.self] else {
                fatalError("configure(_:config:) sets the configuration")
            }
            return config
        }
        set { storage[ConfigKey.self] = newValue }
    }

    func useDatabase(_ location: DatabaseLocation) throws {
        switch location {
        case .sqliteFile(let path):
            databases.use(.sqlite(.file(path)), as: .sqlite)
        case .sqliteInMemory:
            databases.use(.sqlite(.memory), as: .sqlite)
        case .postgres(let url):
            databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
        }
    }
}

/// Static files (the stylesheet) bundled with the app.
enum PublicFiles {
    static var directory: URL { Bundle.module.resourceURL!.appendingPathComponent("Public", isDirectory: true) }
}
