import ArgumentParser
import CarepathCore
import Foundation
import Vapor

/// `carepath areas …`: the reference geography from the command line.
struct AreasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "areas",
        abstract: "Look up areas and postcodes.",
        subcommands: [LookupCommand.self])

    /// `carepath areas lookup POSTCODE`
    struct LookupCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lookup",
            abstract: "Print the district, council (CASSR) and region of a postcode, postcode sector or outcode.")

        @ArgumentParser.Argument(help: "A postcode (NR1 3JU), postcode sector (NR1 3) or outcode (NR1).")
        var postcode: String

        @ArgumentParser.Flag(help: "Print JSON, as the API does.")
        var json = false

        @OptionGroup var database: DatabaseOption

        func validate() throws {
            do {
                _ = try PostcodeQuery(postcode)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() async throws {
            let config = try database.config()
            let query = try PostcodeQuery(postcode)
            let outcome = try await CommandApp.run(config) { app in
                try await app.ensureDatabaseReachable()
                try await app.requireMigrated()
                return try await GeographyRepository(database: app.db).lookUp(query)
            }
            switch outcome {
            case .found(let location):
                print(json ? try PostcodeLookupText.json(location) : PostcodeLookupText.table(location))
            case .notFound(let query, let suggestion):
                throw CarepathError.postcodeNotFound(query: query, suggestion: suggestion)
            }
        }
    }
}

/// The text `areas lookup` prints, kept apart from I/O so tests can check it.
enum PostcodeLookupText {
    static func table(_ location: PostcodeLocation) -> String {
        var rows: [(String, String)] = [
            (
                location.precision == .postcode ? "Postcode" : location.precision == .sector ? "Sector" : "Outcode",
                location.key
            ),
            ("District", "\(location.district.name) (\(location.district.code))"),
            ("CASSR", "\(location.cassr.name) (\(location.cassr.code))"),
            ("Region", "\(location.region.name) (\(location.region.code))"),
            ("Grid ref", Format.grid(location.location)),
            ("Lat, long", Format.latitudeLongitude(location.location)),
        ]
        if let radius = location.radiusMetres {
            rows.append(("Radius", Format.distance(metres: radius)))
        }
        return rows.map { $0.0.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
    }

    static func json(_ location: PostcodeLocation) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(APIv1.PostcodeResult(location)), as: UTF8.self)
    }
}
