import ArgumentParser
import Foundation
import Logging

/// `carepath`: the one executable, with a subcommand for each job.
public struct CarepathCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "carepath",
        abstract: "Carepath: the adult social care workforce platform for England.",
        discussion: """
            Configuration comes from flags and environment variables: DATABASE_URL (default: the SQLite \
            file carepath.sqlite in the working directory), CAREPATH_HOSTNAME, CAREPATH_PORT, LOG_LEVEL, \
            CAREPATH_REFERENCE_DIR, CAREPATH_POSTCODES_FILE, CAREPATH_PERSON_KEY, CAREPATH_MASTER_KEY, \
            CAREPATH_PUBLIC_URL, CAREPATH_BCRYPT_COST and the CAREPATH_SDC_* disclosure settings.
            """,
        version: CarepathVersion.current,
        subcommands: [
            ServeCommand.self, MigrateCommand.self, ImportCommand.self, DemoCommand.self, AreasCommand.self,
            PopulationCommand.self, BenchCommand.self, UsersCommand.self, OrgsCommand.self, TokensCommand.self,
            PassportCommand.self, ExportCommand.self,
            VersionCommand.self,
        ]
    )

    public init() {}
}

/// The `--database` option every command that touches the database accepts.
struct DatabaseOption: ParsableArguments {
    @ArgumentParser.Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "postgres://user:password@host:port/database or sqlite:PATH (default: $DATABASE_URL, else sqlite:carepath.sqlite).",
            valueName: "url"))
    var url: String?

    /// The configuration from the environment, with this flag and `flags` on top.
    func config(_ flags: ConfigFlags = ConfigFlags()) throws -> AppConfig {
        var flags = flags
        flags.database = url
        return try AppConfig.fromEnvironment(ProcessInfo.processInfo.environment, flags: flags)
    }
}

/// `carepath version`
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print Carepath's version.")

    func run() {
        print("carepath \(CarepathVersion.current)")
    }
}

extension CarepathCommand {
    /// Sets up logging to standard error, then parses the command line and runs the command.
    public static func runFromCommandLine() async {
        LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
        await main()
    }
}
