import ArgumentParser
import Vapor

/// `carepath serve`: start the web server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the web server.",
        discussion: "Refuses to start on a database with pending migrations unless --auto-migrate or --demo is given."
    )

    @ArgumentParser.Option(help: "The address to listen on (default: $CAREPATH_HOSTNAME, else 127.0.0.1).")
    var hostname: String?

    @ArgumentParser.Option(help: "The port to listen on (default: $CAREPATH_PORT, else 8080).")
    var port: Int?

    @ArgumentParser.Flag(
        help: "Demo mode: migrate and load the reference data by itself, and mark every page as a demo.")
    var demo = false

    @ArgumentParser.Flag(name: .customLong("auto-migrate"), help: "Apply pending migrations before starting.")
    var autoMigrate = false

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let config = try database.config(ConfigFlags(hostname: hostname, port: port, isDemo: demo))
        let arguments = ["serve", "--hostname", config.hostname, "--port", String(config.port)]
        try await CommandApp.run(config, vaporArguments: arguments) { app in
            try await app.ensureDatabaseReachable()
            if demo || autoMigrate {
                let pending = try await app.pendingMigrations()
                if !pending.isEmpty {
                    app.logger.notice(
                        "Applying \(pending.count) migration(s); loading the postcodes takes a minute or two.")
                    try await app.autoMigrate()
                }
                if demo { try await DemoData.loadIfEmpty(app) }
            } else {
                try await app.requireMigrated()
            }
            try await app.backfillWorkforceFacts()
            app.logger.notice(
                "Carepath \(CarepathVersion.current) on \(config.database), at http://\(config.hostname):\(config.port)"
            )
            try await app.execute()
        }
    }
}
