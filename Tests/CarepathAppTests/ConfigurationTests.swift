import Foundation
import Testing

@testable import CarepathApp

@Suite("Configuration")
struct ConfigurationTests {
    @Test("with nothing set: SQLite file in the working directory, 127.0.0.1:8080, bundled reference data")
    func defaults() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.database == .sqliteFile("carepath.sqlite"))
        #expect(config.hostname == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.logLevel == .info)
        #expect(config.referenceData == .bundled)
        #expect(FileManager.default.fileExists(atPath: config.referenceData.postcodes.path))
    }

    @Test("DATABASE_URL selects PostgreSQL; --database wins over it")
    func database() throws {
        let environment = ["DATABASE_URL": "postgres://carepath:secret@db.internal:5432/carepath"]
        #expect(try AppConfig.fromEnvironment(environment).database == .postgres(url: environment["DATABASE_URL"]!))
        let flagged = try AppConfig.fromEnvironment(environment, flags: ConfigFlags(database: "sqlite:/tmp/x.sqlite"))
        #expect(flagged.database == .sqliteFile("/tmp/x.sqlite"))
        #expect(try AppConfig.fromEnvironment(["DATABASE_URL": "sqlite::memory:"]).database == .sqliteInMemory)
        #expect(
            try AppConfig.fromEnvironment(["DATABASE_URL": "postgresql://u@h/d"]).database
                == .postgres(url: "postgresql://u@h/d"))
    }

    @Test(
        "a malformed DATABASE_URL is an error that names the variable and hides the password",
        arguments: [
            ("mysql://u:p@h/d", "the scheme \"mysql\" is not supported"),
            ("postgres://carepath:hunter2@/carepath", "names no host"),
            ("postgres://carepath:hunter2@localhost:5432", "names no database"),
            ("postgres://localhost/carepath", "names no user"),
            ("not a url", "is not a URL"),
            ("sqlite:", "names no SQLite file"),
        ])
    func malformedDatabaseURL(value: String, reason: String) {
        #expect {
            try AppConfig.fromEnvironment(["DATABASE_URL": value])
        } throws: { error in
            let description = (error as? ConfigurationError)?.description ?? ""
            return description.hasPrefix("invalid configuration: DATABASE_URL: ") && description.contains(reason)
                && !description.contains("hunter2")
        }
    }

    @Test("every invalid value is reported at once, each naming its source")
    func manyProblems() {
        let environment = ["DATABASE_URL": "oracle://x", "CAREPATH_PORT": "eighty", "LOG_LEVEL": "loud"]
        #expect {
            try AppConfig.fromEnvironment(environment)
        } throws: { error in
            let problems = (error as? ConfigurationError)?.problems.map(\.source) ?? []
            return problems == ["DATABASE_URL", "CAREPATH_PORT", "LOG_LEVEL"]
        }
        #expect(throws: ConfigurationError.self) {
            try AppConfig.fromEnvironment([:], flags: ConfigFlags(port: 70_000))
        }
    }

    @Test("the password never appears in the database's description")
    func maskedDescription() {
        let location = DatabaseLocation.postgres(url: "postgres://carepath:hunter2@127.0.0.1:5432/carepath")
        #expect(location.description == "postgres://carepath:****@127.0.0.1:5432/carepath")
    }

    @Test("reference data and postcode files can be pointed elsewhere")
    func referenceData() throws {
        let config = try AppConfig.fromEnvironment([
            "CAREPATH_REFERENCE_DIR": "/srv/reference", "CAREPATH_POSTCODES_FILE": "/srv/sample.csv",
            "CAREPATH_PORT": "9000", "CAREPATH_HOSTNAME": "0.0.0.0", "LOG_LEVEL": "DEBUG",
        ])
        #expect(config.referenceData.directory.path == "/srv/reference")
        #expect(config.referenceData.postcodes.path == "/srv/sample.csv")
        #expect(config.port == 9000)
        #expect(config.hostname == "0.0.0.0")
        #expect(config.logLevel == .debug)
    }
}
