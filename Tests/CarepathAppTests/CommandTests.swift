import ArgumentParser
import CarepathCore
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Command line")
struct CommandTests {
    @Test("each subcommand parses its documented arguments")
    func parses() throws {
        let serve = try #require(
            try CarepathCommand.parseAsRoot(["serve", "--hostname", "0.0.0.0", "--port", "9090", "--demo"])
                as? CarepathApp.ServeCommand)
        #expect(serve.hostname == "0.0.0.0")
        #expect(serve.port == 9090)
        #expect(serve.demo)
        #expect(!serve.autoMigrate)
        let migrate = try #require(
            try CarepathCommand.parseAsRoot(["migrate", "--database", "sqlite:x"]) as? MigrateCommand)
        #expect(migrate.database.url == "sqlite:x")
        let lookup = try #require(
            try CarepathCommand.parseAsRoot(["areas", "lookup", "NR1 3JU"]) as? AreasCommand.LookupCommand)
        #expect(lookup.postcode == "NR1 3JU")
        #expect(try CarepathCommand.parseAsRoot(["version"]) is VersionCommand)
        let importing = try #require(
            try CarepathCommand.parseAsRoot([
                "import", "--workplace", "w.csv", "--staff", "s.csv", "--organisation", "ORG", "--dry-run",
                "--as-of", "2025-07-16",
            ]) as? ImportCommand)
        #expect(importing.organisation == "ORG")
        #expect(importing.dryRun)
        #expect(importing.training == nil)
        #expect(try CarepathCommand.parseAsRoot(["demo", "--out", "x", "--workplaces", "5"]) is DemoCommand)
        let export = try #require(
            try CarepathCommand.parseAsRoot([
                "export", "--organisation", "ORG", "--out", "dir", "--status", "update", "--date", "2025-07-16",
            ]) as? ExportCommand)
        #expect(export.status == .update)
        #expect(export.workplace == nil)
        let population = try #require(
            try CarepathCommand.parseAsRoot([
                "population", "import", "snpp.csv", "--release", "2022-based", "--synthetic",
            ])
                as? PopulationCommand.ImportPopulation)
        #expect(population.file == "snpp.csv")
        #expect(population.variant == "principal")
        #expect(population.synthetic)
        let bench = try #require(
            try CarepathCommand.parseAsRoot(["bench", "projections", "--runs", "3"]) as? BenchCommand.ProjectionBench)
        #expect(bench.runs == 3)
        #expect(bench.horizon == 15)
    }

    @Test(
        "a wrong argument is a usage error with a clear message and a non-zero exit code",
        arguments: [
            (["serve", "--bogus"], "Unknown option '--bogus'"),
            (["serve", "--port", "eighty"], "The value 'eighty' is invalid for '--port <port>'"),
            (["areas", "lookup"], "Missing expected argument '<postcode>'"),
            (["areas", "lookup", "12345"], "\"12345\" is not a postcode"),
            (["frobnicate"], "Unexpected argument 'frobnicate'"),
            (["import", "--staff", "s.csv"], "Missing expected argument '--workplace <workplace>'"),
            (["import", "--workplace", "w", "--staff", "s", "--as-of", "16/07/2025"], "is not a date like 2025-07-16"),
            (["demo", "--out", "x", "--workplaces", "0"], "--workplaces must be at least 1"),
            (["export", "--organisation", "O", "--out", "x", "--status", "delete"], "The value 'delete' is invalid"),
            (["import", "--workplace", "w", "--staff", "s", "--max-file-mb", "2000"], "must be between 1 and 1999"),
            (["export", "--organisation", "O", "--out", "x", "--date", "today"], "is not a date like 2025-07-16"),
            (["population", "import", "snpp.csv"], "Missing expected argument '--release <release>'"),
            (["bench", "projections", "--horizon", "1"], "--horizon must be between 2 and 50"),
        ])
    func usageErrors(arguments: [String], message: String) {
        do {
            _ = try CarepathCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) should not parse")
        } catch {
            #expect(
                CarepathCommand.fullMessage(for: error).contains(message), "\(CarepathCommand.fullMessage(for: error))")
            #expect(CarepathCommand.exitCode(for: error) != .success)
        }
    }

    @Test("every command has help")
    func help() {
        for command in [["serve"], ["migrate"], ["areas", "lookup"], ["version"]] {
            let help = CarepathCommand.helpMessage(for: CarepathCommand.self, columns: 100)
            #expect(help.contains(command[0]))
        }
        #expect(CarepathApp.ServeCommand.helpMessage().contains("--auto-migrate"))
        #expect(AreasCommand.LookupCommand.helpMessage().contains("postcode sector"))
    }

    @Test("the lookup prints district, CASSR and region as the issue asks for NR1 3JU")
    func lookupText() async throws {
        try await withTestApp { app in
            let outcome = try await GeographyRepository(database: app.db).lookUp(PostcodeQuery("NR1 3JU"))
            guard case .found(let location) = outcome else {
                Issue.record("NR1 3JU not found")
                return
            }
            #expect(
                PostcodeLookupText.table(location) == """
                    Postcode  NR1 3JU
                    District  Norwich (E07000148)
                    CASSR     Norfolk (E10000020)
                    Region    East of England (E12000006)
                    Grid ref  623182, 308533
                    Lat, long 52.62864, 1.29632
                    """)
        }
    }

    @Test("an unreachable database is one clear line naming it, with the password hidden")
    func unreachableDatabase() async throws {
        let config = AppConfig(
            database: .postgres(url: "postgres://carepath:hunter2@127.0.0.1:1/carepath"), logLevel: .critical)
        let error = await #expect(throws: CarepathError.self) {
            try await CommandApp.run(config) { app in try await app.ensureDatabaseReachable() }
        }
        let message = error?.description ?? ""
        #expect(message.hasPrefix("cannot reach the database at postgres://carepath:****@127.0.0.1:1/carepath: "))
        #expect(message.contains("Connection refused"))
        #expect(!message.contains("hunter2"))
        #expect(!message.contains("\n"))
    }
}
