import ArgumentParser
import CarepathCore
import Foundation
import Vapor

/// `carepath demo`: write a realistic, valid synthetic ASC-WDS upload for a region.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write synthetic ASC-WDS Workplace, Staff and Training files for a region.",
        discussion: "Workplaces sit at the region's real postcodes; the data is invented. Needs a migrated database.")

    @ArgumentParser.Option(help: "The region's ONS code.") var region = DemoRegion.defaultRegion
    @ArgumentParser.Option(help: "How many workplaces.") var workplaces = 400
    @ArgumentParser.Option(help: "The random seed: the same seed gives the same files.") var seed: UInt64 = 1
    @ArgumentParser.Option(help: "The folder to write the files to.") var out: String
    @ArgumentParser.Option(help: "The date the data describes, YYYY-MM-DD (default: today).") var asOf: String?
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        guard workplaces > 0 else { throw ValidationError("--workplaces must be at least 1") }
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of \"\(asOf)\" is not a date like 2025-07-16")
        }
    }

    func run() async throws {
        let config = try database.config()
        let date = asOf.flatMap { CalendarDate(iso: $0) } ?? ImportClock.today()
        let result = try await CommandApp.run(config) { app in
            try await app.ensureDatabaseReachable()
            try await app.requireMigrated()
            return try await DemoRegion.write(
                region: region, workplaces: workplaces, seed: seed, asOf: date, codes: app.ascwdsCodes,
                to: URL(fileURLWithPath: out), on: app.db)
        }
        for file in [result.files.workplace, result.files.staff, result.files.training!] { print(file.path) }
        print(
            "\(result.summary.workplaces) workplaces, \(result.summary.staff) staff, \(result.summary.training) training records"
        )
    }
}
