import ArgumentParser
import CarepathCore
import Fluent
import Foundation
import SQLKit
import WorkforceMetrics

extension BenchCommand {
    /// `carepath bench metrics-data`: a national-size database of workplace KPI facts.
    struct MetricsDataBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "metrics-data",
            abstract:
                "Fill a migrated database with generated national workplace KPI facts, for the metrics benchmark.",
            discussion: """
                Splits --workplaces over the nine English regions by postcode count and generates each region's \
                files with the demo generator (seed --seed) at --quarters quarterly as-of dates ending 2025-07-31. \
                Rows are read back with the ASC-WDS readers and row validators and the facts are built with \
                WorkplaceMetricFacts.build, as a completing return does, but stored with plain SQL instead of \
                through the importer, which would take hours for 1.5 million staff. One organisation and one \
                return per region and date, each with its own metrics sequence.
                """)

        @ArgumentParser.Option(help: "Workplaces in England.") var workplaces = 20_000
        @ArgumentParser.Option(help: "The generator's seed.") var seed: UInt64 = 1
        @ArgumentParser.Option(name: .customLong("staff-per-workplace"), help: "Average staff the mix is scaled to.")
        var staffPerWorkplace = 75.0
        @ArgumentParser.Option(help: "Quarterly returns per workplace, the last dated 2025-07-31.") var quarters = 3
        @ArgumentParser.Option(help: "Regions generated at once.") var jobs = 2
        @OptionGroup var database: DatabaseOption

        func validate() throws {
            guard workplaces >= 9, (1...8).contains(quarters), jobs >= 1, staffPerWorkplace >= 1 else {
                throw ValidationError(
                    "--workplaces must be at least 9, --quarters 1 to 8, --jobs and --staff-per-workplace at least 1")
            }
        }

        /// The as-of dates, oldest first: month ends three months apart.
        var dates: [CalendarDate] {
            (0..<quarters).reversed().map { back in YearMonth(year: 2025, month: 7)!.adding(months: -3 * back).lastDay }
        }

        func run() async throws {
            var config = try database.config()
            config.logLevel = .warning
            let dates = dates
            try await CommandApp.run(config) { app in
                let start = ContinuousClock.now
                if try await !app.pendingMigrations().isEmpty { try await app.autoMigrate() }
                print(String(format: "migrated in %.1f s", (ContinuousClock.now - start).seconds))
                guard try await WorkplaceMetricFactsEntity.query(on: app.db).count() == 0 else {
                    throw ValidationError("the database already holds facts; give a new file")
                }
                let regions = try await BenchMetricsStore.regions(workplaces: workplaces, on: app.db)
                let builders = try await BenchMetricsStore.builders(
                    regions, seed: seed, services: BenchRegionFacts.scaledServices(to: staffPerWorkplace),
                    codes: app.ascwdsCodes, on: app.db)
                let organisations = regions.map { _ in UUID() }
                let generating = ContinuousClock.now
                let outputs = try await withThrowingTaskGroup(of: BenchRegionFacts.Output.self) { group in
                    var work = dates.flatMap { date in builders.map { (date, $0) } }.makeIterator()
                    func next() {
                        guard let (date, builder) = work.next() else { return }
                        group.addTask {
                            try builder.build(asOf: date, organisationID: organisations[builder.regionIndex])
                        }
                    }
                    for _ in 0..<jobs { next() }
                    var outputs: [BenchRegionFacts.Output] = []
                    while let output = try await group.next() {
                        print(
                            "built \(output.asOf) \(regions[output.regionIndex].code): \(output.rows.count) workplaces, \(output.staffRows) staff"
                        )
                        outputs.append(output)
                        next()
                    }
                    return outputs
                }
                let built = (ContinuousClock.now - generating).seconds
                let storing = ContinuousClock.now
                let sequence = try await BenchMetricsStore.store(
                    outputs, regions: regions, organisations: organisations, on: app.db)
                let stored = (ContinuousClock.now - storing).seconds
                let latest = outputs.filter { $0.asOf == dates.last! }
                let staff = latest.reduce(0) { $0 + $1.staffRows }
                let rows = outputs.reduce(0) { $0 + $1.rows.count }
                print(
                    String(
                        format:
                            "metrics-data workplaces=%d staff=%d (latest return) quarters=%d facts_rows=%d facts_bytes=%.0f MB refused_rows=%d sequence=%lld generate_build=%.1f s store=%.1f s",
                        latest.reduce(0) { $0 + $1.rows.count }, staff, dates.count, rows,
                        Double(outputs.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.bytes.count } }) / 1e6,
                        outputs.reduce(0) { $0 + $1.refusedRows }, sequence, built, stored))
            }
        }
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
