import ArgumentParser
import CarepathCore
import Foundation
import Vapor

/// `carepath population …`: population projections that drive workforce demand.
struct PopulationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "population",
        abstract: "Import and list population projections (ONS sub-national population projections).",
        subcommands: [ImportPopulation.self, ListPopulation.self])

    /// `carepath population import FILE`
    struct ImportPopulation: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import an ONS SNPP CSV file, in the wide (AREA_CODE, AGE_GROUP, 2018 …) or Nomis long layout.",
            discussion: """
                The whole file is checked first; any error names the file, line, column and rule, and nothing \
                is stored. Importing the same release and variant again replaces the earlier import in one \
                transaction.
                """)

        @ArgumentParser.Argument(help: "The CSV file, such as \"2022-based SNPP population persons.csv\".")
        var file: String
        @ArgumentParser.Option(help: "The release, such as 2022-based.") var release: String
        @ArgumentParser.Option(help: "The variant, such as principal or five-year-migration.") var variant = "principal"
        @ArgumentParser.Flag(
            help: "Mark the data as synthetic (made up for demos and tests), never to be shown as ONS figures.")
        var synthetic = false
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let config = try database.config()
            let url = URL(fileURLWithPath: file)
            let label = PopulationStore.Label(release: release, variant: variant, isSynthetic: synthetic)
            let summary = try await CommandApp.run(config) { app in
                try await app.ensureDatabaseReachable()
                try await app.requireMigrated()
                return try await PopulationStore(database: app.db).importFile(at: url, label: label)
            }
            print(PopulationText.imported(summary))
        }
    }

    /// `carepath population list`
    struct ListPopulation: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the imported population projections.")

        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let config = try database.config()
            let releases = try await CommandApp.run(config) { app in
                try await app.ensureDatabaseReachable()
                try await app.requireMigrated()
                return try await PopulationStore(database: app.db).releases()
            }
            print(
                releases.isEmpty
                    ? "No population projections imported." : releases.map(PopulationText.line).joined(separator: "\n"))
        }
    }
}

/// What the population commands print, apart from I/O so tests can check it.
enum PopulationText {
    static func line(_ release: PopulationRelease) -> String {
        "\(release.citation): \(release.years.lowerBound)–\(release.years.upperBound), \(release.areaCount) areas, from \(release.sourceFile)"
    }

    static func imported(_ summary: PopulationImportSummary) -> String {
        var text = "Imported \(line(summary.release))."
        if summary.replacedEarlierImport { text += "\nIt replaces the earlier import of the same release and variant." }
        if !summary.aggregatedCounties.isEmpty {
            text +=
                "\nCounty totals built from their districts: \(summary.aggregatedCounties.map(\.rawValue).joined(separator: ", "))."
        }
        if summary.ignoredRows > 0 {
            text +=
                "\n\(summary.ignoredRows) rows for geographies Carepath does not use (such as Wales or metropolitan counties) were skipped."
        }
        return text
    }
}
