import ArgumentParser
import Vapor

/// `carepath migrate`: apply (or revert) database migrations, loading the reference geography.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending database migrations, loading the reference geography.")

    @ArgumentParser.Flag(help: "Revert the last batch of migrations instead.")
    var revert = false

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let config = try database.config()
        try await CommandApp.run(config) { app in
            try await app.ensureDatabaseReachable()
            if revert {
                try await app.autoRevert()
                print("Reverted the last batch of migrations on \(config.database).")
                return
            }
            let pending = try await app.pendingMigrations()
            guard !pending.isEmpty else {
                print("\(config.database) is up to date.")
                return
            }
            print("Applying \(pending.count) migration(s) to \(config.database): \(pending.joined(separator: ", "))")
            try await app.autoMigrate()
            print("Done.")
        }
    }
}
